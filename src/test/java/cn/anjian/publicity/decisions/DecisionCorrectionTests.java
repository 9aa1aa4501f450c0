package cn.anjian.publicity.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.Deadlines;
import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseDecision.DecisionKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.DecisionIssued;
import cn.anjian.enforcement.DecisionRemedied;
import cn.anjian.enforcement.RemedyKind;
import cn.anjian.enforcement.RemedyOutcome;
import cn.anjian.enforcement.cases.CaseDecisions;
import cn.anjian.enforcement.cases.DecisionStageCases;
import cn.anjian.enforcement.cases.Remedies;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.publicity.decisions.EntryEnums.Status;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 14 item 5, the remainder: PUB-08 driven by the remedies recorded on the case, REC-12 keeping classified decisions off the portal. */
@IntegrationTest
class DecisionCorrectionTests {

    @Autowired DecisionStageCases caseFx;
    @Autowired CaseDecisions decisions;
    @Autowired Remedies remedies;
    @Autowired DecisionEntryRepository entries;
    @Autowired DecisionDisclosure disclosure;
    @Autowired DecisionDrafting drafting;
    @Autowired DecisionRemedies remedyListener;
    @Autowired Workflows workflows;
    @Autowired Deadlines deadlines;
    @Autowired ActingUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    Actor user(String name) {
        return users.actor(name).orElseThrow();
    }

    CaseRef issuedCase(String title) {
        CaseRef c = caseFx.penaltyCase(title);
        decisions.issueDecision(caseFx.zz(), c.id(), new CaseDecision(0, DecisionKind.PENALTY, List.of("警告"), new BigDecimal("3000"),
                null, null, "未按规定如实记录安全生产教育和培训情况", "《中华人民共和国安全生产法》第九十七条", null));
        return c;
    }

    DecisionEntry entry(long caseId) {
        return jdbc.sql("SELECT id FROM pub_decision_entry WHERE case_id = :c").param("c", caseId).query(Long.class).optional()
                .flatMap(entries::findById).orElseThrow(() -> new AssertionError("no entry drafted for case " + caseId));
    }

    DecisionEntry reload(DecisionEntry e) {
        return entries.findById(e.id()).orElseThrow();
    }

    void approveAll(DecisionEntry e) {
        long flow = reload(e).flowId();
        workflows.decide(new FlowId(flow), user("zz_office"), Decision.APPROVE, "内容准确");
        workflows.decide(new FlowId(flow), user("zz_director"), Decision.APPROVE, "同意公开");
    }

    DecisionEntry published(CaseRef c) {
        DecisionEntry e = entry(c.id());
        disclosure.submit(user("zz_officer"), e.id());
        approveAll(e);
        return reload(e);
    }

    /** Marks the case's decision record classified, as an officer cleared for it would file it (REC-12). */
    void classify(long caseId, String classification) {
        assertThat(jdbc.sql("UPDATE rec_record SET classification = :c WHERE case_id = :id AND kind = 'DECISION'")
                .param("c", classification).param("id", caseId).update()).isPositive();
    }

    @Test
    @DisplayName("PUB-08 end to end: a published penalty whose decision a reconsideration revokes is corrected automatically — reviewed and approved again, a new PUB-06 deadline, then the portal shows the explanation")
    void revokedByReconsideration() throws Exception {
        CaseRef c = issuedCase("公示-复议撤销");
        DecisionEntry e = published(c);
        long publication = e.publicationId();
        long firstDeadline = e.deadlineId();
        LocalDate today = LocalDate.now(clock);

        var r = remedies.file(caseFx.zz(), c.id(), RemedyKind.RECONSIDERATION, today, "泽州县人民政府");
        remedies.decide(caseFx.zz(), c.id(), r.id(), RemedyOutcome.REVOKED, today, "事实不清，证据不足");

        DecisionEntry revised = reload(e);
        assertThat(revised.status()).isEqualTo(Status.REVISION_REVIEW);
        assertThat(revised.revisionKind()).isEqualTo(EntryEnums.RevisionKind.REVOKED);
        assertThat(revised.revisionNote()).contains("泽州县人民政府作出行政复议决定，撤销本决定").doesNotContain("事实不清");
        assertThat(revised.deadlineId()).isNotEqualTo(firstDeadline);
        var deadline = deadlines.find(new DeadlineId(revised.deadlineId())).orElseThrow();
        assertThat(deadline.ruleId()).isEqualTo("PUB-06");
        assertThat(deadline.state()).isIn(DeadlineState.OPEN, DeadlineState.PENDING);
        mvc.perform(get("/public/notices/" + publication)).andExpect(content().string(not(containsString("更正说明"))));

        // the revision's initiator (the original submitter: the recording actor is no user) cannot approve it (four eyes)
        assertThatThrownBy(() -> workflows.decide(new FlowId(revised.flowId()), user("zz_officer"), Decision.APPROVE, "自审"))
                .isInstanceOf(BusinessException.class);
        approveAll(revised);
        mvc.perform(get("/public/notices/" + publication)).andExpect(status().isOk())
                .andExpect(content().string(containsString("【更正说明】该决定已撤销：")))
                .andExpect(content().string(containsString("泽州县人民政府作出行政复议决定，撤销本决定。")));
        assertThat(reload(e).status()).isEqualTo(Status.PUBLISHED);
        assertThat(deadlines.find(new DeadlineId(revised.deadlineId())).orElseThrow().state()).isEqualTo(DeadlineState.MET);

        // a redelivered event changes nothing; an upheld decision needs no correction
        int version = jdbc.sql("SELECT version FROM pub_decision_entry WHERE id = :id").param("id", e.id()).query(Integer.class).single();
        remedyListener.on(new DecisionRemedied(c.id(), r.id(), RemedyKind.RECONSIDERATION, RemedyOutcome.REVOKED, today,
                "泽州县人民政府", Instant.now(), "case_zz"));
        remedyListener.on(new DecisionRemedied(c.id(), r.id() + 100_000, RemedyKind.LITIGATION, RemedyOutcome.UPHELD, today,
                "泽州县人民法院", Instant.now(), "case_zz"));
        assertThat(jdbc.sql("SELECT version FROM pub_decision_entry WHERE id = :id").param("id", e.id()).query(Integer.class).single())
                .isEqualTo(version);
    }

    @Test
    @DisplayName("PUB-08 a decision varied by a court before its entry was published: the draft carries the explanation, its PUB-06 deadline restarts")
    void variedBeforePublication() {
        CaseRef c = issuedCase("公示-诉讼变更");
        DecisionEntry e = entry(c.id());
        long firstDeadline = e.deadlineId();
        LocalDate today = LocalDate.now(clock);
        var r = remedies.file(caseFx.zz(), c.id(), RemedyKind.LITIGATION, today, "泽州县人民法院");
        remedies.decide(caseFx.zz(), c.id(), r.id(), RemedyOutcome.VARIED, today, null);
        DecisionEntry d = reload(e);
        assertThat(d.status()).isEqualTo(Status.DRAFT);
        assertThat(EntryText.content(d)).startsWith("【更正说明】该决定已变更：").contains("泽州县人民法院作出行政判决，变更本决定。");
        assertThat(deadlines.find(new DeadlineId(firstDeadline)).orElseThrow().state()).isEqualTo(DeadlineState.WAIVED);
        assertThat(d.deadlineId()).isNotEqualTo(firstDeadline);
    }

    @Test
    @DisplayName("REC-12 PUB-05 a decision whose record is classified is never published: submission refused; classified while in review, the director's approval is refused and nothing reaches the portal")
    void classifiedRefusedAtSubmitAndApproval() throws Exception {
        CaseRef c = issuedCase("公示-商业秘密");
        DecisionEntry e = entry(c.id());
        classify(c.id(), "COMMERCIAL_SECRET");
        assertThatThrownBy(() -> disclosure.submit(user("zz_officer"), e.id()))
                .satisfies(t -> assertThat(((BusinessException) t).code()).isEqualTo("REC-12")).hasMessageContaining("第十五条");
        assertThat(reload(e).status()).isEqualTo(Status.DRAFT);
        assertThat(workflows.forSubject("decision-entry", e.id().toString())).isEmpty();

        CaseRef c2 = issuedCase("公示-审核中定密");
        DecisionEntry e2 = entry(c2.id());
        disclosure.submit(user("zz_officer"), e2.id());
        long flow = reload(e2).flowId();
        workflows.decide(new FlowId(flow), user("zz_office"), Decision.APPROVE, "内容准确");
        classify(c2.id(), "STATE_SECRET");
        assertThatThrownBy(() -> workflows.decide(new FlowId(flow), user("zz_director"), Decision.APPROVE, "同意公开"))
                .satisfies(t -> assertThat(((BusinessException) t).code()).isEqualTo("REC-12"));
        assertThat(reload(e2).status()).isEqualTo(Status.IN_REVIEW);
        assertThat(reload(e2).publicationId()).isNull();
        assertThat(jdbc.sql("SELECT count(*) FROM pub_publication WHERE source_type = 'decision-entry' AND source_id = :id")
                .param("id", e2.id().toString()).query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("REC-12 PUB-05 a decision classified when it is issued is held as exempted with its legal ground, none of its content copied, its deadline waived")
    void classifiedAtDrafting() {
        CaseRef c = caseFx.penaltyCase("公示-涉及个人隐私");
        jdbc.sql("""
                INSERT INTO rec_record (case_id, scope_path, stage, category, kind, title, classification, document_number, created_at, created_by)
                VALUES (:c, :scope, 'DECISION', 'TEXT', 'DECISION', '行政处罚决定书', 'PRIVACY', '泽应急罚〔2026〕隐1号', now(), 'zz_officer')""")
                .param("c", c.id()).param("scope", c.scopePath()).update();
        drafting.on(new DecisionIssued(c.id(), new CaseDecision(c.id(), DecisionKind.PENALTY, List.of(), new BigDecimal("800"), null, null,
                "涉及个人隐私的违法事实", "《中华人民共和国安全生产法》第九十七条", null), "泽应急罚〔2026〕隐1号", Instant.now(), "zz_unithead"));
        DecisionEntry e = entry(c.id());
        assertThat(e.status()).isEqualTo(Status.EXEMPTED);
        assertThat(e.exemptionGround()).contains("《中华人民共和国政府信息公开条例》第十五条");
        assertThat(e.facts()).isNull();
        assertThat(e.decision()).isNull();
        assertThat(e.title()).contains("依法不予公开");
        assertThat(deadlines.find(new DeadlineId(e.deadlineId())).orElseThrow().state()).isEqualTo(DeadlineState.WAIVED);
        assertThatThrownBy(() -> disclosure.submit(user("zz_officer"), e.id())).isInstanceOf(BusinessException.class);
    }
}
