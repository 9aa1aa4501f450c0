package cn.anjian.publicity.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseDecision.DecisionKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.cases.CaseDecisions;
import cn.anjian.enforcement.cases.DecisionStageCases;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.publicity.decisions.EntryEnums.RevisionKind;
import cn.anjian.publicity.decisions.EntryEnums.Status;
import cn.anjian.supervision.checks.CheckExtent;
import cn.anjian.supervision.checks.CheckMethod;
import cn.anjian.supervision.checks.CheckTiming;
import cn.anjian.supervision.checks.CorrectionKind;
import cn.anjian.supervision.checks.CorrectionOrders;
import cn.anjian.supervision.checks.NewCheck;
import cn.anjian.supervision.checks.SupervisionArea;
import cn.anjian.supervision.checks.SupervisionChecks;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** COR-02 ↔ PUB-08: a penalty corrected on a supervision correction order corrects its published entry, with the reason. */
@IntegrationTest
class SupervisionCorrectionTests {

    @Autowired DecisionStageCases caseFx;
    @Autowired CaseDecisions decisions;
    @Autowired DecisionEntryRepository entries;
    @Autowired DecisionDisclosure disclosure;
    @Autowired SupervisionChecks checks;
    @Autowired CorrectionOrders orders;
    @Autowired Workflows workflows;
    @Autowired ActingUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    Actor user(String name) {
        return users.actor(name).orElseThrow();
    }

    CaseRef issuedCase(String title) {
        CaseRef c = caseFx.penaltyCase(title);
        decisions.issueDecision(caseFx.zz(), c.id(), new CaseDecision(0, DecisionKind.PENALTY, List.of("警告"), new BigDecimal("5000"),
                null, null, "未按规定对有限空间作业进行安全管理", "《中华人民共和国安全生产法》第一百零一条", null));
        return c;
    }

    DecisionEntry entry(long caseId) {
        return jdbc.sql("SELECT id FROM pub_decision_entry WHERE case_id = :c").param("c", caseId).query(Long.class).optional()
                .flatMap(entries::findById).orElseThrow(() -> new AssertionError("no entry drafted for case " + caseId));
    }

    void approve(long flowId) {
        workflows.decide(new FlowId(flowId), user("zz_office"), Decision.APPROVE, "内容准确");
        workflows.decide(new FlowId(flowId), user("zz_director"), Decision.APPROVE, "同意公开");
    }

    /** 晋城市 checks 泽州县's penalty; the order names the case; the county reports; returns the order id. */
    long orderOn(CaseRef c, CorrectionKind kind) {
        Actor jc = user("jc_office");
        Actor zz = user("zz_office");
        long check = checks.record(jc, new NewCheck(checks.emergencyAgency(zz), "法制股", "处罚决定专项评查", CheckTiming.AD_HOC,
                CheckExtent.SPECIAL, List.of(CheckMethod.FILE_REVIEW), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), "李明、张华"));
        long finding = checks.addFinding(jc, check, SupervisionArea.SPECIFIC_ACTS, "该案适用法律条款不当", true);
        long order = orders.issue(jc, finding, kind, "依法纠正处罚决定", kind == CorrectionKind.PENALTY ? c.caseNumber() : null);
        orders.submit(zz, order, "已撤销原决定并重新作出决定");
        return order;
    }

    @Test
    @DisplayName("COR-02 PUB-08 a penalty corrected for wrong basis on a correction order: once the city accepts the rectification, the published entry goes back to review with the reason, and after approval the portal shows it; a rejected report corrects nothing")
    void correctedPenaltyCorrectsPublication() throws Exception {
        CaseRef c = issuedCase("纠错-处罚依据不当");
        DecisionEntry e = entry(c.id());
        disclosure.submit(user("zz_officer"), e.id());
        approve(entries.findById(e.id()).orElseThrow().flowId());
        DecisionEntry published = entries.findById(e.id()).orElseThrow();
        assertThat(published.status()).isEqualTo(Status.PUBLISHED);

        long order = orderOn(c, CorrectionKind.PENALTY);
        orders.verify(user("jc_office"), order, false, "纠正依据不充分，请补充");
        assertThat(entries.findById(e.id()).orElseThrow().status()).isEqualTo(Status.PUBLISHED); // not accepted: nothing corrected
        orders.submit(user("zz_office"), order, "已补充纠正依据");
        orders.verify(user("jc_office"), order, true, "整改到位");

        DecisionEntry revised = entries.findById(e.id()).orElseThrow();
        assertThat(revised.status()).isEqualTo(Status.REVISION_REVIEW);
        assertThat(revised.revisionKind()).isEqualTo(RevisionKind.CHANGED);
        assertThat(revised.revisionNote()).contains("晋城市应急管理局经执法监督检查").contains("处罚依据不当或程序有误");
        assertThat(revised.revisionSource()).isEqualTo("correction:sup-order:" + order);
        approve(revised.flowId());
        assertThat(entries.findById(e.id()).orElseThrow().status()).isEqualTo(Status.PUBLISHED);
        mvc.perform(get("/public/notices/" + published.publicationId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("【更正说明】该决定已变更：")))
                .andExpect(content().string(containsString("经执法监督检查")));
    }

    @Test
    @DisplayName("COR-02 PUB-08 an order of another kind (an unlawful act, no case) never touches a publication")
    void otherKindsLeavePublicationsAlone() {
        CaseRef c = issuedCase("纠错-其他情形");
        DecisionEntry e = entry(c.id());
        int version = jdbc.sql("SELECT version FROM pub_decision_entry WHERE id = :id").param("id", e.id()).query(Integer.class).single();
        long order = orderOn(c, CorrectionKind.UNLAWFUL_ACT);
        orders.verify(user("jc_office"), order, true, "整改到位");
        assertThat(jdbc.sql("SELECT version FROM pub_decision_entry WHERE id = :id").param("id", e.id()).query(Integer.class).single())
                .isEqualTo(version);
    }
}
