package cn.anjian.publicity.decisions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.identity.internal.IdentityPrincipal;
import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.internal.OverdueScan;
import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseDecision.DecisionKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.DecisionIssued;
import cn.anjian.enforcement.cases.CaseDecisions;
import cn.anjian.enforcement.cases.DecisionStageCases;
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
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Issue 14 item 5: results after enforcement drafted from the decision, reviewed, approved, published, revised, withdrawn. */
@IntegrationTest
class DecisionDisclosureTests {

    @Autowired DecisionStageCases caseFx;
    @Autowired CaseDecisions decisions;
    @Autowired Cases cases;
    @Autowired DecisionEntryRepository entries;
    @Autowired DecisionDisclosure disclosure;
    @Autowired DecisionDrafting drafting;
    @Autowired Workflows workflows;
    @Autowired Deadlines deadlines;
    @Autowired OverdueScan overdue;
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

    RequestPostProcessor as(String name) {
        IdentityPrincipal p = (IdentityPrincipal) user(name);
        return authentication(UsernamePasswordAuthenticationToken.authenticated(p, null,
                p.permissions().stream().map(SimpleGrantedAuthority::new).toList()));
    }

    static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    /** A Zezhou penalty case with its decision (a small fine, no legal review needed) issued now: the drafted entry. */
    DecisionEntry issued(String title) {
        CaseRef c = caseFx.penaltyCase(title);
        decisions.issueDecision(caseFx.zz(), c.id(), new CaseDecision(0, DecisionKind.PENALTY, List.of("警告"), new BigDecimal("3000"),
                null, null, "未按规定如实记录安全生产教育和培训情况", "《中华人民共和国安全生产法》第九十七条", null));
        return entry(c.id());
    }

    DecisionEntry entry(long caseId) {
        return jdbc.sql("SELECT id FROM pub_decision_entry WHERE case_id = :c").param("c", caseId).query(Long.class).optional()
                .flatMap(entries::findById).orElseThrow(() -> new AssertionError("no entry drafted for case " + caseId));
    }

    DeadlineView deadline(DecisionEntry e) {
        return deadlines.find(new DeadlineId(e.deadlineId())).orElseThrow();
    }

    void approveAll(long id) {
        DecisionEntry e = entries.findById(id).orElseThrow();
        workflows.decide(new FlowId(e.flowId()), user("zz_office"), Decision.APPROVE, "内容准确，不涉及个人隐私");
        workflows.decide(new FlowId(e.flowId()), user("zz_director"), Decision.APPROVE, "同意公开");
    }

    @Test
    @DisplayName("PUB-04 PUB-06 PUB-11 a penalty decision is drafted automatically with the fields of PUB-04, and appears on the portal only after the office's review and the director's approval (the submitter cannot decide)")
    void draftedReviewedPublished() throws Exception {
        DecisionEntry e = issued("公示-处罚结果");
        assertThat(e.status()).isEqualTo(Status.DRAFT);
        assertThat(e.kind()).isEqualTo(EntryEnums.Kind.PENALTY);
        assertThat(EntryText.content(e)).contains("实施机关：", "当事人：", "违法事实和证据：未按规定如实记录安全生产教育和培训情况",
                "处罚依据：《中华人民共和国安全生产法》第九十七条", "处罚决定：行政处罚决定；警告；罚款人民币 3000 元", "决定日期：");
        assertThat(deadline(e).ruleId()).isEqualTo("PUB-06");
        assertThat(deadline(e).state()).isIn(DeadlineState.OPEN, DeadlineState.PENDING); // PENDING: due in a year without holiday data yet

        disclosure.submit(user("zz_officer"), e.id());
        long flow = entries.findById(e.id()).orElseThrow().flowId();
        assertThatThrownBy(() -> workflows.decide(new FlowId(flow), user("zz_officer"), Decision.APPROVE, "自己审核"))
                .isInstanceOf(BusinessException.class);
        workflows.decide(new FlowId(flow), user("zz_office"), Decision.APPROVE, "内容准确");
        assertThat(entries.findById(e.id()).orElseThrow().publicationId()).isNull(); // not before the director approved
        mvc.perform(get("/public/notices").param("kind", "PENALTY_RESULT")).andExpect(content().string(not(containsString(e.title()))));
        workflows.decide(new FlowId(flow), user("zz_director"), Decision.APPROVE, "同意公开");

        DecisionEntry done = entries.findById(e.id()).orElseThrow();
        assertThat(done.status()).isEqualTo(Status.PUBLISHED);
        assertThat(deadline(done).state()).isEqualTo(DeadlineState.MET);
        mvc.perform(get("/public/notices").param("kind", "PENALTY_RESULT")).andExpect(status().isOk())
                .andExpect(content().string(containsString(e.title())));
        mvc.perform(get("/public/notices/" + done.publicationId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("罚款人民币 3000 元")));
    }

    @Test
    @DisplayName("PUB-04 an inspection case closed without a decision is drafted as an inspection result (target, items, date) with its deadline")
    void inspectionClosedWithoutDecision() {
        CaseRef c = cases.findByTitle("川底乡石料厂双随机抽查（未发现问题）").orElseThrow();
        DecisionEntry e = entry(c.id());
        assertThat(e.kind()).isEqualTo(EntryEnums.Kind.INSPECTION);
        assertThat(EntryText.content(e)).contains("检查对象：泽州县川底乡石料厂", "检查事项及采取的措施：", "检查日期：");
        assertThat(deadline(e).ruleId()).isEqualTo("PUB-06");
    }

    @Test
    @DisplayName("PUB-04 back office: the list filters, sorts and exports to Excel (a bad sort is a 400 before anything is written); the entry page shows the fields in Chinese, never a code")
    void backOfficePages() throws Exception {
        DecisionEntry e = issued("公示-后台页面");
        mvc.perform(get("/publicity/entries").param("kind", "PENALTY").param("sort", "decided,desc").with(as("zz_office")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(e.title())))
                .andExpect(content().string(containsString("导出")));
        mvc.perform(get("/publicity/entries").param("status", "NOPE").with(as("zz_office"))).andExpect(status().isBadRequest());
        mvc.perform(get("/publicity/entries/export").param("sort", "nope,asc").with(as("zz_office"))).andExpect(status().isBadRequest());
        mvc.perform(get("/publicity/entries/export").param("q", "公示-后台页面").with(as("zz_office"))).andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
                        .string("Content-Disposition", containsString("attachment")));
        String html = mvc.perform(get("/publicity/entries/" + e.id()).with(as("zz_officer"))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(html).contains("处罚依据", "待报送", "报送审核", "免予公开").doesNotContain("PENALTY", "DRAFT", "PUB-0");
        mvc.perform(get("/publicity/entries/" + e.id()).with(as("sc_officer"))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("PUB-12 a citizen party's name, ID-card and phone numbers are masked in the drafted entry; nothing unmasked is stored")
    void citizenMasked() {
        CaseRef c = cases.findByTitle("张某非法储存烟花爆竹举报案").orElseThrow();
        assertThat(c.enterpriseId()).isNull();
        String name = c.partyName();
        drafting.on(new DecisionIssued(c.id(), new CaseDecision(c.id(), DecisionKind.PENALTY, List.of(), new BigDecimal("500"), null, null,
                name + "（身份证号140525199001011234，电话13812345678）在住宅内非法储存烟花爆竹", "《烟花爆竹安全管理条例》第三十六条", null),
                "泽应急罚〔2026〕99号", Instant.now(), "zz_unithead"));
        // the demo case has its own issued decision and entry too: this test's is the one of its number
        DecisionEntry e = entries.findBySourceRef("decision:" + c.id() + ":泽应急罚〔2026〕99号").orElseThrow();
        assertThat(e.party()).isEqualTo(cn.anjian.kernel.Masking.name(name)).isNotEqualTo(name);
        String stored = jdbc.sql("SELECT concat_ws('|', title, party, facts, basis, decision) FROM pub_decision_entry WHERE id = :id")
                .param("id", e.id()).query(String.class).single();
        assertThat(stored).doesNotContain(name).doesNotContain("140525199001011234").doesNotContain("13812345678")
                .contains("1405**********1234", "138****5678");
    }

    @Test
    @DisplayName("PUB-06 formed on 2026-09-28, the deadline runs 20 working days across the National Day holiday: due 2026-10-30; published that day it is met in time, the 21st working day (2026-11-02) is late")
    void twentyWorkingDaysAcrossHoliday() {
        clock.set(LocalDateTime.of(2026, 9, 28, 10, 0));
        DecisionEntry inTime = issued("公示-期限-按期");
        DecisionEntry late = issued("公示-期限-逾期");
        assertThat(deadline(inTime).dueDate()).isEqualTo(LocalDate.of(2026, 10, 30));
        disclosure.submit(user("zz_officer"), inTime.id());
        disclosure.submit(user("zz_officer"), late.id());

        clock.set(LocalDateTime.of(2026, 10, 30, 16, 0)); // the 20th working day
        overdue.scan();
        approveAll(inTime.id());
        DeadlineView met = deadline(entries.findById(inTime.id()).orElseThrow());
        assertThat(met.state()).isEqualTo(DeadlineState.MET);
        assertThat(met.wasOverdue()).isFalse();

        clock.set(LocalDateTime.of(2026, 11, 2, 9, 0)); // the 21st working day
        overdue.scan();
        assertThat(deadline(entries.findById(late.id()).orElseThrow()).state()).isEqualTo(DeadlineState.OVERDUE);
        approveAll(late.id());
        DeadlineView lateMet = deadline(entries.findById(late.id()).orElseThrow());
        assertThat(lateMet.state()).isEqualTo(DeadlineState.MET);
        assertThat(lateMet.wasOverdue()).isTrue();
    }

    @Test
    @DisplayName("PUB-05 an exemption without its legal ground is refused on the page (inline, nothing changed); with it the entry is exempted and its deadline waived")
    void exemption() throws Exception {
        DecisionEntry e = issued("公示-免予公开");
        mvc.perform(post("/publicity/entries/" + e.id() + "/exempt").param("ground", "涉及个人隐私").with(csrf())
                        .with(as("zz_officer")))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("法律依据")));
        assertThat(entries.findById(e.id()).orElseThrow().status()).isEqualTo(Status.DRAFT);
        disclosure.exempt(user("zz_officer"), e.id(), "《中华人民共和国政府信息公开条例》第十五条");
        DecisionEntry x = entries.findById(e.id()).orElseThrow();
        assertThat(x.status()).isEqualTo(Status.EXEMPTED);
        assertThat(deadline(x).state()).isEqualTo(DeadlineState.WAIVED);
    }

    @Test
    @DisplayName("PUB-08 a revoked decision updates its published entry with the explanation once the revision is approved; a new PUB-06 deadline opens")
    void revision() throws Exception {
        DecisionEntry e = issued("公示-更正");
        disclosure.submit(user("zz_officer"), e.id());
        approveAll(e.id());
        long firstDeadline = entries.findById(e.id()).orElseThrow().deadlineId();
        disclosure.revise(user("zz_officer"), e.id(), "REVOKED", "经行政复议，原行政处罚决定被撤销");
        DecisionEntry r = entries.findById(e.id()).orElseThrow();
        assertThat(r.status()).isEqualTo(Status.REVISION_REVIEW);
        assertThat(r.deadlineId()).isNotEqualTo(firstDeadline);
        mvc.perform(get("/public/notices/" + r.publicationId())).andExpect(content().string(not(containsString("更正说明"))));
        approveAll(e.id());
        mvc.perform(get("/public/notices/" + r.publicationId())).andExpect(status().isOk())
                .andExpect(content().string(containsString("更正说明】该决定已撤销：经行政复议，原行政处罚决定被撤销")));
        assertThat(deadline(entries.findById(e.id()).orElseThrow()).state()).isEqualTo(DeadlineState.MET);
    }

    @Test
    @DisplayName("PUB-07 withdrawal is refused the day before three years on the portal, asked exactly three years after, and done only with the unit head's approval: off the portal, still in the archive")
    void withdrawal() throws Exception {
        clock.set(LocalDateTime.of(2026, 3, 5, 10, 0));
        DecisionEntry e = issued("公示-撤下");
        disclosure.submit(user("zz_officer"), e.id());
        approveAll(e.id());
        long publication = entries.findById(e.id()).orElseThrow().publicationId();

        clock.set(LocalDateTime.of(2029, 3, 4, 10, 0));
        assertThatThrownBy(() -> disclosure.requestWithdrawal(user("zz_officer"), e.id(), "公示期满"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("PUB-07"));
        assertThat(entries.findById(e.id()).orElseThrow().status()).isEqualTo(Status.PUBLISHED);

        clock.set(LocalDateTime.of(2029, 3, 5, 9, 0));
        disclosure.requestWithdrawal(user("zz_officer"), e.id(), "公示期满三年");
        mvc.perform(get("/public/notices/" + publication)).andExpect(status().isOk()); // still on the portal until approved
        long flow = entries.findById(e.id()).orElseThrow().withdrawalFlowId();
        assertThatThrownBy(() -> workflows.decide(new FlowId(flow), user("zz_office"), Decision.APPROVE, "同意"))
                .isInstanceOf(BusinessException.class); // not the unit head
        workflows.decide(new FlowId(flow), user("zz_unithead"), Decision.APPROVE, "同意撤下");

        assertThat(entries.findById(e.id()).orElseThrow().status()).isEqualTo(Status.WITHDRAWN);
        mvc.perform(get("/public/notices/" + publication)).andExpect(status().isNotFound());
        mvc.perform(get("/publicity/entries").param("status", "WITHDRAWN").with(as("zz_office")))
                .andExpect(status().isOk()).andExpect(content().string(containsString(e.title())));
    }
}
