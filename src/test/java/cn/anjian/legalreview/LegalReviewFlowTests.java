package cn.anjian.legalreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseDecision.DecisionKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.cases.CaseDecisions;
import cn.anjian.enforcement.cases.DecisionStageCases;
import cn.anjian.files.Files;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;
import cn.anjian.legalreview.review.ApplicationForm;
import cn.anjian.legalreview.review.EmergencyMeasures;
import cn.anjian.legalreview.review.NewMaterial;
import cn.anjian.legalreview.review.ReviewActions;
import cn.anjian.legalreview.review.ReviewActions.FindingInput;
import cn.anjian.legalreview.review.ReviewEnums.Checkpoint;
import cn.anjian.legalreview.review.ReviewQueries;
import cn.anjian.legalreview.review.ReviewSubmissions;
import cn.anjian.legalreview.review.ReviewView;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class LegalReviewFlowTests {

    @Autowired DecisionStageCases caseFx;
    @Autowired CaseDecisions decisions;
    @Autowired ReviewSubmissions submissions;
    @Autowired ReviewActions actions;
    @Autowired ReviewQueries queries;
    @Autowired Workflows workflows;
    @Autowired ActingUsers users;
    @Autowired Files files;
    @Autowired JdbcClient jdbc;
    @Autowired EmergencyMeasures emergencies;
    @Autowired cn.anjian.legalreview.review.ApprovalForms approvalForms;
    @Autowired cn.anjian.MutableClock clock;
    @Autowired cn.anjian.settings.internal.SettingsAdministration settingsAdmin;
    @Autowired cn.anjian.settings.internal.SettingStore settingStore;
    @Autowired cn.anjian.calendar.WorkingCalendar calendar;

    static String docxText(byte[] docx) {
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(new ByteArrayInputStream(docx));
             var ex = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc)) {
            return ex.getText();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A real user with extra permissions (the workflow checks the real roles). */
    record Plus(Actor a, Set<String> extra) implements Actor {
        public long userId() { return a.userId(); }
        public String username() { return a.username(); }
        public String displayName() { return a.displayName(); }
        public long agencyId() { return a.agencyId(); }
        public String agencyName() { return a.agencyName(); }
        public Long unitId() { return a.unitId(); }
        public long jurisdictionId() { return a.jurisdictionId(); }
        public Scope scope() { return a.scope(); }
        public boolean hasPermission(String p) { return extra.contains(p) || a.hasPermission(p); }
    }

    Actor user(String name) {
        return users.actor(name).orElseThrow();
    }

    static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    static final ClassifyInput FINE_80K = new ClassifyInput(Measure.Kind.PENALTY, PartyKind.ORGANIZATION,
            new BigDecimal("80000"), null, Set.of());

    static ApplicationForm form(boolean signed) {
        return new ApplicationForm("未按规定对从业人员进行安全培训", "《安全生产法》第二十八条；第九十七条", "执法人员均持有效执法证",
                "罚款人民币 8 万元", null, signed ? "王科长" : null, signed ? "李副局长" : null, false);
    }

    List<NewMaterial> materials(Actor by, String... kinds) {
        List<NewMaterial> out = new ArrayList<>();
        for (String k : kinds) {
            long id = files.store(new ByteArrayInputStream(("材料 " + k).getBytes(StandardCharsets.UTF_8)), k + ".txt",
                    "text/plain", null, by).id();
            out.add(new NewMaterial(k, id, k));
        }
        return out;
    }

    CaseDecision fine80k() {
        return new CaseDecision(0, DecisionKind.PENALTY, List.of("警告"), new BigDecimal("80000"), null, null,
                "未按规定对从业人员进行安全培训", "《中华人民共和国安全生产法》第九十七条", null);
    }

    List<FindingInput> allOk() {
        return Arrays.stream(Checkpoint.values()).map(c -> new FindingInput(c.name(), true, null)).toList();
    }

    @Test
    @DisplayName("LR-01 LR-05 LR-06 LR-08 LR-09 LR-10 LR-13 a major penalty: refused without review, supplement, review, deputy's approval, discussion, then issued as reviewed (a heavier one refused)")
    void wholeWay() {
        Actor officer = user("zz_officer");
        Actor legal = user("zz_legal");
        Actor deputy = user("zz_deputy");
        Actor director = user("zz_director");
        CaseRef c = caseFx.penaltyCase("法审测试-全流程");
        assertThatThrownBy(() -> decisions.issueDecision(caseFx.zz(), c.id(), fine80k()))
                .satisfies(t -> assertThat(code(t)).isEqualTo("LR-01")).hasMessageContaining("尚未提交法制审核");
        // LR-05 incomplete: returned for supplement with a due date, clock not started
        long id = submissions.submit(officer, c.id(), FINE_80K, form(false), materials(officer, "STATEMENT", "CASE_FILE"));
        ReviewView v = queries.view(officer, id);
        assertThat(v.status()).isEqualTo("SUPPLEMENT_REQUESTED");
        assertThat(v.review().get("received_at")).isNull();
        assertThat(v.review().get("flow_id")).isNull();
        assertThat((String) v.review().get("supplement_note")).contains("调查报告").contains("决定书代拟稿").contains("签字");
        assertThat(v.review().get("major")).isEqualTo(true);
        submissions.supplement(officer, id, materials(officer, "INVESTIGATION_REPORT", "DRAFT_DECISION"), "王科长", "李副局长");
        v = queries.view(officer, id);
        assertThat(v.status()).isEqualTo("UNDER_REVIEW");
        assertThat(v.review().get("received_at")).isNotNull();
        long flow = ((Number) v.review().get("flow_id")).longValue();
        // the legal unit: findings on all ten checkpoints first (LR-06), then the opinion
        assertThatThrownBy(() -> actions.submitOpinion(legal, id, "APPROVE", "同意"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("LR-06"));
        assertThatThrownBy(() -> workflows.decide(new FlowId(flow), legal, Decision.APPROVE, "同意"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("LR-08"));
        actions.recordFindings(legal, id, allOk());
        actions.submitOpinion(legal, id, "APPROVE", "主体适格，事实清楚，证据确凿，同意作出决定");
        assertThat(queries.view(officer, id).status()).isEqualTo("AWAITING_APPROVAL");
        assertThatThrownBy(() -> decisions.issueDecision(caseFx.zz(), c.id(), fine80k()))
                .satisfies(t -> assertThat(code(t)).isEqualTo("LR-01"));
        workflows.decide(new FlowId(flow), deputy, Decision.APPROVE, "同意法制审核意见");
        v = queries.view(officer, id);
        assertThat(v.status()).isEqualTo("DECIDED");
        assertThat((String) v.review().get("opinion_number")).matches("\\(泽应急\\)安监法审〔\\d{4}〕\\d+号");
        assertThat(v.review().get("opinion_file_id")).isNotNull();
        // LR-13 passed but not yet discussed by the heads
        long before = jdbc.sql("SELECT count(*) FROM enf_case_decision WHERE case_id = " + c.id()).query(Long.class).single();
        assertThatThrownBy(() -> decisions.issueDecision(caseFx.zz(), c.id(), fine80k()))
                .satisfies(t -> assertThat(code(t)).isEqualTo("LR-13"));
        assertThat(jdbc.sql("SELECT count(*) FROM enf_case_decision WHERE case_id = " + c.id()).query(Long.class).single()).isEqualTo(before);
        actions.recordDiscussion(director, id, java.time.LocalDate.now().toString(), "局长、分管副局长、各股室负责人",
                "同意法制审核意见，作出罚款 8 万元的决定", true);
        // LR-01: only the reviewed decision (or a lighter one) is covered: 1 fen more, or an unseen measure, is refused
        CaseDecision more = new CaseDecision(0, DecisionKind.PENALTY, List.of("警告"), new BigDecimal("80000.01"), null, null,
                "未按规定对从业人员进行安全培训", "《中华人民共和国安全生产法》第九十七条", null);
        assertThatThrownBy(() -> decisions.issueDecision(caseFx.zz(), c.id(), more))
                .satisfies(t -> assertThat(code(t)).isEqualTo("LR-01-CHANGED")).hasMessageContaining("重新提交法制审核");
        CaseDecision suspend = new CaseDecision(0, DecisionKind.PENALTY, List.of("警告", "责令停产停业整顿"), new BigDecimal("80000"),
                null, null, "未按规定对从业人员进行安全培训", "《中华人民共和国安全生产法》第九十七条", null);
        assertThatThrownBy(() -> decisions.issueDecision(caseFx.zz(), c.id(), suspend))
                .satisfies(t -> assertThat(code(t)).isEqualTo("LR-01-CHANGED")).hasMessageContaining("停产");
        assertThat(jdbc.sql("SELECT count(*) FROM enf_case_decision WHERE case_id = " + c.id()).query(Long.class).single()).isEqualTo(before);
        assertThat(decisions.issueDecision(caseFx.zz(), c.id(), fine80k()).fineYuan()).isEqualByComparingTo("80000");
        assertThat(queries.view(officer, id).timeline()).extracting(ReviewView.EventView::what)
                .anySatisfy(w -> assertThat(w).contains("退回补充")).anySatisfy(w -> assertThat(w).contains("集体讨论"));
    }

    @Test
    @DisplayName("WF-FOUR-EYES LR-09 the submitter of a review cannot decide one of its steps, even holding the reviewer's role")
    void submitterCannotDecide() {
        Actor legalAsSubmitter = new Plus(user("zz_legal"), Set.of("legalreview:submit"));
        CaseRef c = caseFx.penaltyCase("法审测试-四眼");
        long id = submissions.submit(legalAsSubmitter, c.id(), FINE_80K, form(true),
                materials(legalAsSubmitter, "STATEMENT", "INVESTIGATION_REPORT", "CASE_FILE", "DRAFT_DECISION"));
        actions.recordFindings(legalAsSubmitter, id, allOk());
        assertThatThrownBy(() -> actions.submitOpinion(legalAsSubmitter, id, "APPROVE", "同意"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("WF-FOUR-EYES"));
        assertThat(queries.view(legalAsSubmitter, id).status()).isEqualTo("UNDER_REVIEW");
    }

    @Test
    @DisplayName("LR-08 two reviewers give the opinion one after the other: the first wins, the second is a 409 conflict")
    void twoReviewers() {
        Actor officer = user("zz_officer");
        Actor legal = user("zz_legal");
        Actor legal2 = new Plus(user("zz_legal"), Set.of());
        CaseRef c = caseFx.penaltyCase("法审测试-并发");
        long id = submissions.submit(officer, c.id(), FINE_80K, form(true),
                materials(officer, "STATEMENT", "INVESTIGATION_REPORT", "CASE_FILE", "DRAFT_DECISION"));
        actions.recordFindings(legal, id, allOk());
        actions.submitOpinion(legal, id, "CORRECT", "1. 裁量说明不充分，请补充");
        assertThatThrownBy(() -> actions.submitOpinion(legal2, id, "APPROVE", "同意"))
                .satisfies(t -> assertThat(((BusinessException) t).kind()).isEqualTo(BusinessException.Kind.CONFLICT));
        assertThat(queries.view(officer, id).review().get("outcome")).isEqualTo("CORRECT");
    }

    @Test
    @DisplayName("LR-12 LR-07 LR-15 LR-10 one re-review on objection, a second objection goes to the director whose decision is final; expert and adviser records appear on the approval form; each round's letter and approval form filed in the case")
    void objections() {
        Actor officer = user("zz_officer");
        Actor legal = user("zz_legal");
        Actor deputy = user("zz_deputy");
        Actor director = user("zz_director");
        CaseRef c = caseFx.penaltyCase("法审测试-复核");
        long id = submissions.submit(officer, c.id(), FINE_80K, form(true),
                materials(officer, "STATEMENT", "INVESTIGATION_REPORT", "CASE_FILE", "DRAFT_DECISION"));
        actions.recordFindings(legal, id, allOk());
        actions.submitOpinion(legal, id, "REVOKE", "主要证据不足，不予作出决定");
        workflows.decide(new FlowId(((Number) queries.view(officer, id).review().get("flow_id")).longValue()), deputy, Decision.APPROVE, "同意");
        actions.object(officer, id, "证据已补强，请复核");
        ReviewView v = queries.view(officer, id);
        assertThat(v.status()).isEqualTo("UNDER_REVIEW");
        assertThat(v.review().get("round")).isEqualTo(2);
        actions.recordFindings(legal, id, allOk());
        actions.submitOpinion(legal, id, "REVOKE", "复核后仍认为证据不足");
        workflows.decide(new FlowId(((Number) queries.view(officer, id).review().get("flow_id")).longValue()), deputy, Decision.APPROVE, "同意");
        actions.object(officer, id, "仍有异议");
        assertThat(queries.view(officer, id).status()).isEqualTo("DIRECTOR_REVIEW");
        actions.addMeeting(legal, id, "EXPERT", java.time.LocalDate.now().toString(), "省安全生产专家张某、李某", "证据链完整，可以认定");
        actions.addMeeting(legal, id, "ADVISER", java.time.LocalDate.now().toString(), "法律顾问王律师", "书面意见：同意作出决定");
        assertThatThrownBy(() -> actions.addMeeting(legal, id, "CHAT", "2026-01-01", "某", "某"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("LR-07"));
        actions.directorDecides(director, id, "APPROVE", "证据可以认定，同意作出决定");
        v = queries.view(officer, id);
        assertThat(v.status()).isEqualTo("FINAL");
        assertThat(v.review().get("outcome")).isEqualTo("APPROVE");
        assertThatThrownBy(() -> actions.object(officer, id, "再次异议")).satisfies(t -> assertThat(code(t)).isEqualTo("LR-12"));
        assertThat(v.meetings()).extracting(ReviewView.MeetingView::kind).containsExactly("EXPERT", "ADVISER");
        String form = docxText(approvalForms.docx(officer, id));
        assertThat(form).contains("重大行政执法决定法制审核审批表", "省安全生产专家", "法律顾问王律师", "证据可以认定").doesNotContain("{{");
        // LR-10 LR-15 filed in the case: both approved opinion letters, and an approval form per round (the director's too)
        assertThat(jdbc.sql("SELECT doc_type FROM rec_record WHERE case_id = " + c.id() + " AND doc_type LIKE 'LEGAL_REVIEW_%' ORDER BY id")
                .query(String.class).list()).containsExactly("LEGAL_REVIEW_APPLICATION", "LEGAL_REVIEW_OPINION", "LEGAL_REVIEW_APPROVAL",
                "LEGAL_REVIEW_OPINION", "LEGAL_REVIEW_APPROVAL", "LEGAL_REVIEW_APPROVAL");
    }

    @Test
    @DisplayName("LR-11 CAL-04 suspension and resumption of the clock; one extension of 10 working days approved by the deputy director")
    void clock() {
        Actor officer = user("zz_officer");
        Actor legal = user("zz_legal");
        Actor deputy = user("zz_deputy");
        CaseRef c = caseFx.penaltyCase("法审测试-期限");
        long id = submissions.submit(officer, c.id(), FINE_80K, form(true),
                materials(officer, "STATEMENT", "INVESTIGATION_REPORT", "CASE_FILE", "DRAFT_DECISION"));
        var due = queries.view(officer, id).dueDate();
        Object firstDeadline = queries.view(officer, id).review().get("deadline_id");
        actions.suspend(legal, id, "EXPERT");
        assertThatThrownBy(() -> actions.suspend(legal, id, "SUPPLEMENT")).satisfies(t -> assertThat(code(t)).isEqualTo("LR-11"));
        actions.resume(legal, id);
        actions.requestExtension(legal, id, "案情复杂，需专家论证");
        assertThatThrownBy(() -> actions.requestExtension(legal, id, "再次")).satisfies(t -> assertThat(code(t)).isEqualTo("LR-11"));
        long ext = ((Number) queries.view(officer, id).review().get("extension_flow_id")).longValue();
        workflows.decide(new FlowId(ext), deputy, Decision.APPROVE, "同意延期");
        ReviewView v = queries.view(officer, id);
        assertThat(v.review().get("extended")).isEqualTo(true);
        assertThat(v.review().get("deadline_id")).isNotEqualTo(firstDeadline);
        if (due != null && v.dueDate() != null) { // null: the extended due falls in a year without holiday data yet (PENDING)
            assertThat(v.dueDate()).isAfter(due);
        }
    }

    @Test
    @DisplayName("LR-04 LR-01 an emergency on-site seizure proceeds first and awaits the head's supplementary-review decision, a required one tracked as a deadline met on submission; the same seizure without the mark is refused; a non-major decision passes")
    void emergency() {
        CaseRef c = caseFx.decisionStage(cn.anjian.enforcement.CaseKind.COERCIVE, "法审测试-紧急查封");
        CaseDecision seize = new CaseDecision(0, DecisionKind.COERCIVE_MEASURE, List.of("查封不符合标准的提升设备"), null, null, null,
                "主提升绞车保护装置失效", "《中华人民共和国安全生产法》第六十五条", null);
        assertThatThrownBy(() -> decisions.issueDecision(caseFx.zz(), c.id(), seize)).satisfies(t -> assertThat(code(t)).isEqualTo("LR-01"));
        CaseDecision onTheSpot = new CaseDecision(0, DecisionKind.COERCIVE_MEASURE, List.of("查封不符合标准的提升设备"), null, null, null,
                "主提升绞车保护装置失效，情况紧急，当场实施", "《中华人民共和国安全生产法》第六十五条", null);
        decisions.issueDecision(caseFx.zz(), c.id(), onTheSpot);
        long id = jdbc.sql("SELECT id FROM lr_emergency WHERE case_id = " + c.id()).query(Long.class).single();
        assertThatThrownBy(() -> emergencies.decide(user("zz_officer"), id, true, "须补办"))
                .satisfies(t -> assertThat(((BusinessException) t).kind()).isEqualTo(BusinessException.Kind.FORBIDDEN));
        emergencies.decide(user("zz_deputy"), id, true, "涉及危险物品，须补办法制审核");
        assertThat(jdbc.sql("SELECT supplementary_required FROM lr_emergency WHERE id = " + id).query(Boolean.class).single()).isTrue();
        assertThatThrownBy(() -> emergencies.decide(user("zz_deputy"), id, false, "改变主意"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("LR-04"));
        // the required supplementary review is tracked: 10 working days (a setting), met when it is submitted
        EmergencyMeasures.Row row = emergencies.list(user("zz_deputy")).stream().filter(e -> e.id() == id).findFirst().orElseThrow();
        assertThat(row.supplementaryDue().dueDate())
                .isEqualTo(calendar.addWorkingDays(java.time.LocalDate.now(clock), 10).date());
        assertThat(row.supplementaryDue().state()).isEqualTo(cn.anjian.calendar.DeadlineState.OPEN);
        Actor officer = user("zz_officer");
        submissions.submit(officer, c.id(), new ClassifyInput(Measure.Kind.COERCIVE, PartyKind.ORGANIZATION, null, null,
                Set.of(Measure.SEAL_OR_SEIZE_GOODS)), form(true), materials(officer, "STATEMENT"));
        assertThat(emergencies.list(user("zz_deputy")).stream().filter(e -> e.id() == id).findFirst().orElseThrow()
                .supplementaryDue().state()).isEqualTo(cn.anjian.calendar.DeadlineState.MET);
        CaseRef small = caseFx.penaltyCase("法审测试-一般处罚");
        assertThat(decisions.issueDecision(caseFx.zz(), small.id(), new CaseDecision(0, DecisionKind.PENALTY, List.of("警告"),
                new BigDecimal("49999.99"), null, null, "一般违法", "第九十七条", null)).fineYuan()).isEqualByComparingTo("49999.99");
    }

    @Test
    @DisplayName("LR-08 two reviewers give the opinion at the same moment: exactly one succeeds, the other gets a conflict (409)")
    void twoReviewersAtOnce() throws Exception {
        Actor officer = user("zz_officer");
        Actor legal = user("zz_legal");
        CaseRef c = caseFx.penaltyCase("法审测试-同时");
        long id = submissions.submit(officer, c.id(), FINE_80K, form(true),
                materials(officer, "STATEMENT", "INVESTIGATION_REPORT", "CASE_FILE", "DRAFT_DECISION"));
        actions.recordFindings(legal, id, allOk());
        var start = new java.util.concurrent.CountDownLatch(1);
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            List<java.util.concurrent.Future<String>> results = new ArrayList<>();
            for (String outcome : List.of("APPROVE", "CORRECT")) {
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        actions.submitOpinion(new Plus(legal, Set.of()), id, outcome, "意见：" + outcome);
                        return "ok";
                    } catch (BusinessException e) {
                        return e.kind() == BusinessException.Kind.CONFLICT ? "409" : e.code();
                    } catch (org.springframework.dao.OptimisticLockingFailureException e) {
                        return "409";
                    }
                }));
            }
            start.countDown();
            List<String> got = new ArrayList<>();
            for (var f : results) {
                got.add(f.get(60, java.util.concurrent.TimeUnit.SECONDS));
            }
            assertThat(got).containsExactlyInAnyOrder("ok", "409");
        } finally {
            pool.shutdownNow();
        }
        assertThat(queries.view(officer, id).status()).isEqualTo("AWAITING_APPROVAL");
    }

    @Test
    @DisplayName("LR-05 the time to supplement an incomplete submission is a setting: 5 working days by default, the new value from its date")
    void supplementPeriodSetting() {
        Actor officer = user("zz_officer");
        try {
            java.time.LocalDate today = java.time.LocalDate.now(clock);
            long first = submissions.submit(officer, caseFx.penaltyCase("法审测试-补正期限一").id(), FINE_80K, form(false),
                    materials(officer, "STATEMENT"));
            assertThat(queries.view(officer, first).review().get("supplement_due").toString())
                    .isEqualTo(calendar.addWorkingDays(today, 5).date().toString());
            cn.anjian.settings.SettingsTestSupport.schedule(settingsAdmin, cn.anjian.legalreview.review.LegalReviewSettings.SUPPLEMENT_DAYS,
                    "8", today.plusDays(1));
            clock.set(today.plusDays(1).atTime(9, 0));
            long second = submissions.submit(officer, caseFx.penaltyCase("法审测试-补正期限二").id(), FINE_80K, form(false),
                    materials(officer, "STATEMENT"));
            assertThat(queries.view(officer, second).review().get("supplement_due").toString())
                    .isEqualTo(calendar.addWorkingDays(today.plusDays(1), 8).date().toString());
        } finally {
            clock.reset();
            cn.anjian.settings.SettingsTestSupport.reset(jdbc, settingStore,
                    cn.anjian.legalreview.review.LegalReviewSettings.SUPPLEMENT_DAYS);
        }
    }
}
