package cn.anjian.enforcement.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors.TestActor;
import cn.anjian.calendar.Deadlines;
import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseDecision.DecisionKind;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.RemedyKind;
import cn.anjian.enforcement.RemedyOutcome;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** CASE-14 and CASE-15 through the services, on the real calendar (2026 holidays), workflow and documents. */
@IntegrationTest
class CoercionExecutionTests {

    @Autowired CaseFixtures fx;
    @Autowired CaseService service;
    @Autowired DecisionStageCases stages;
    @Autowired CaseDocuments documents;
    @Autowired CaseDecisions decisions;
    @Autowired Preservations preservations;
    @Autowired Seizures seizures;
    @Autowired Executions executions;
    @Autowired PaymentPlans plans;
    @Autowired Remedies remedies;
    @Autowired Workflows workflows;
    @Autowired Deadlines deadlines;
    @Autowired ActingUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired cn.anjian.recording.RecordingTestSupport recording;

    TestActor zz;

    static final List<GoodsItem> GOODS = List.of(new GoodsItem("无证电焊机", "2 台", "局证据保管室"),
            new GoodsItem("氧气瓶", "4 个", "局证据保管室"));

    @BeforeEach
    void setUp() {
        zz = fx.zz();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    static String code(Throwable t) {
        return ((BusinessException) t).code();
    }

    void today(int year, int month, int day) {
        clock.set(LocalDateTime.of(year, month, day, 10, 0));
    }

    CaseRef investigating(CaseKind kind, String title) {
        CaseRef c = fx.open(zz, kind, title);
        service.setTeam(zz, c.id(), fx.team(fx.certifiedOfficer("140525", "强制执法员甲"), fx.certifiedOfficer("140525", "强制执法员乙")));
        service.transition(zz, c.id(), CaseStage.INVESTIGATION, null);
        return c;
    }

    @Test
    @DisplayName("CASE-14 preservation registered 2026-09-29 is due on the 7th working day after National Day (10-14): decided then accepted, on 10-15 refused")
    void preservationAcrossNationalDay() {
        today(2026, 9, 29);
        CaseRef c = investigating(CaseKind.PENALTY, "先行登记保存国庆测试");
        var p = preservations.register(zz, c.id(), new Preservations.NewPreservation(LocalDate.of(2026, 9, 29), "某公司二号车间",
                "证据可能灭失", GOODS));
        // 09-30 is the 1st working day, 10-01..07 the holiday, 10-08, 10-09, 10-10 (adjusted working Saturday), 10-12..14
        assertThat(p.dueDate()).isEqualTo(LocalDate.of(2026, 10, 14));
        assertThat(p.noticeNumber()).matches("泽应急先保〔2026〕\\d+号");
        var late = preservations.register(zz, c.id(), new Preservations.NewPreservation(LocalDate.of(2026, 9, 29), "某公司三号车间",
                null, GOODS.subList(0, 1)));

        today(2026, 10, 14);
        var decided = preservations.decide(zz, c.id(), p.id(), "CONFISCATE", "作为违法证据依法没收");
        assertThat(decided.decided()).isTrue();
        assertThat(decided.decisionNumber()).matches("泽应急先保处〔2026〕\\d+号");
        assertThat(deadlines.listFor("case-preservation", Long.toString(p.id()))).singleElement()
                .satisfies(d -> assertThat(d.metAt()).isNotNull());

        today(2026, 10, 15);
        assertThat(preservations.list(zz, c.id())).filteredOn(v -> v.id() == late.id()).singleElement()
                .satisfies(v -> assertThat(v.overdue()).isTrue());
        long numbers = jdbc.sql("SELECT count(*) FROM doc_number").query(Long.class).single();
        assertThatThrownBy(() -> preservations.decide(zz, c.id(), late.id(), "CONFISCATE", null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-14-LATE"));
        assertThat(jdbc.sql("SELECT count(*) FROM doc_number").query(Long.class).single()).isEqualTo(numbers);
        assertThat(preservations.decide(zz, c.id(), late.id(), "RETURN", "期限届满，已退还").decided()).isTrue();
        assertThat(documents.list(zz, c.id())).extracting(CaseDocumentView::docType)
                .contains("PRESERVATION_NOTICE", "PRESERVATION_DECISION");
    }

    @Test
    @DisplayName("CASE-14 a sealing of 2026-09-05 ends after 30 days rolled off National Day (10-08); extended once after two approvals to 60 days; a third period refused; released")
    void sealingExtendedOnceAndReleased() {
        today(2026, 9, 5);
        CaseRef c = investigating(CaseKind.COERCIVE, "查封扣押延长测试");
        assertThatThrownBy(() -> seizures.decide(zz, c.id(), new Seizures.NewSeizure("SEAL", LocalDate.of(2026, 9, 5),
                "二号仓库", "存在重大事故隐患", null, List.of(new GoodsItem("电焊机", "", "")))))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-14-GOODS"));
        var s = seizures.decide(zz, c.id(), new Seizures.NewSeizure("SEAL", LocalDate.of(2026, 9, 5), "二号仓库",
                "存在重大事故隐患，需查封有关设施", null, GOODS));
        // 30 calendar days: 10-05 falls in the holiday; the next working day is 10-08 (CAL-03)
        assertThat(s.endsOn()).isEqualTo(LocalDate.of(2026, 10, 8));

        today(2026, 9, 30);
        var pending = seizures.requestExtension(zz, c.id(), s.id(), "情况复杂，需委托检测机构检测");
        FlowId flow = new FlowId(pending.extensionFlowId());
        Actor unitHead = users.actor("zz_unithead").orElseThrow();
        Actor director = users.actor("zz_director").orElseThrow();
        assertThatThrownBy(() -> workflows.decide(flow, zz, Decision.APPROVE, "自己批准")).isInstanceOf(BusinessException.class);
        workflows.decide(flow, unitHead, Decision.APPROVE, "同意延长");
        assertThat(seizures.list(zz, c.id()).get(0).extensionStatus()).isEqualTo("PENDING");
        workflows.decide(flow, director, Decision.APPROVE, "批准延长三十日");
        var extended = seizures.list(zz, c.id()).get(0);
        assertThat(extended.extensionStatus()).isEqualTo("APPROVED");
        assertThat(extended.endsOn()).isEqualTo(LocalDate.of(2026, 11, 4));
        assertThat(extended.extensionNumber()).matches("泽应急延查扣〔2026〕\\d+号");

        assertThatThrownBy(() -> seizures.requestExtension(zz, c.id(), s.id(), "第三个期限"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-14-EXTENDED"));

        today(2026, 10, 20);
        var released = seizures.release(zz, c.id(), s.id(), "隐患已消除", "设施解封，当事人签收");
        assertThat(released.released()).isTrue();
        assertThat(released.releaseNumber()).matches("泽应急解查扣〔2026〕\\d+号");
        assertThatThrownBy(() -> seizures.release(zz, c.id(), s.id(), "再次", "再次"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-14-RELEASED"));
        assertThat(documents.list(zz, c.id())).extracting(CaseDocumentView::docType)
                .contains("SEIZURE_DECISION", "SEIZURE_EXTENSION", "SEIZURE_RELEASE");
        assertThat(deadlines.listFor("case-seizure", Long.toString(s.id()))).hasSize(2)
                .anySatisfy(d -> assertThat(d.waiveReason()).contains("延长"))
                .anySatisfy(d -> assertThat(d.metAt()).isNotNull());
    }

    CaseRef servedPenalty(String title, String fine) {
        CaseRef c = investigating(CaseKind.PENALTY, title);
        service.transition(zz, c.id(), CaseStage.DECISION, null);
        stages.notifiedAndWaived(zz, c.id()); // CASE-12: notice served, statement waived
        DecisionView d = decisions.issueDecision(zz, c.id(), new CaseDecision(0, DecisionKind.PENALTY, List.of("警告"),
                new BigDecimal(fine), null, "ignored", "未按规定开展安全培训", "《中华人民共和国安全生产法》第九十七条", null));
        service.transition(zz, c.id(), CaseStage.SERVICE, null);
        documents.serve(zz, c.id(), d.documentId(), ServiceMethod.DIRECT, "该公司总经理");
        return c;
    }

    @Test
    @DisplayName("CASE-15 payment due 15 days after service moves off National Day (served 09-16 → due 10-08); late penalty 9,900 on day 33, 10,000 on day 34 and day 40; closure refused while unpaid")
    void paymentDueAndLatePenalty() {
        today(2026, 9, 16);
        CaseRef c = servedPenalty("罚款执行测试", "10000");
        var e = executions.find(zz, c.id()).orElseThrow();
        assertThat(e.servedOn()).isEqualTo(LocalDate.of(2026, 9, 16));
        assertThat(e.paymentDue()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(e.remedyEnd()).isEqualTo(LocalDate.of(2027, 3, 16));

        today(2026, 10, 8);
        assertThat(executions.find(zz, c.id()).orElseThrow().latePenalty()).isEqualByComparingTo("0");
        clock.set(LocalDate.of(2026, 10, 8).plusDays(33).atTime(10, 0));
        assertThat(executions.find(zz, c.id()).orElseThrow().latePenalty()).isEqualTo(new BigDecimal("9900.00"));
        clock.set(LocalDate.of(2026, 10, 8).plusDays(34).atTime(10, 0));
        assertThat(executions.find(zz, c.id()).orElseThrow().latePenalty()).isEqualTo(new BigDecimal("10000.00"));
        clock.set(LocalDate.of(2026, 10, 8).plusDays(40).atTime(10, 0));
        var day40 = executions.find(zz, c.id()).orElseThrow();
        assertThat(day40.latePenalty()).isEqualTo(new BigDecimal("10000.00"));
        assertThat(day40.owed()).isEqualTo(new BigDecimal("20000.00"));

        var reminded = executions.remind(zz, c.id());
        assertThat(reminded.reminderNumber()).matches("泽应急催〔2026〕\\d+号");
        assertThatThrownBy(() -> executions.applyToCourt(zz, c.id(), "泽州县人民法院"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-15-COURT-EARLY"));

        service.transition(zz, c.id(), CaseStage.EXECUTION, null);
        recording.closable(service.ref(c.id(), zz));
        assertThatThrownBy(() -> service.transition(zz, c.id(), CaseStage.CLOSURE, null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-15-UNPAID"));
        assertThat(service.get(zz, c.id()).stage()).isEqualTo(CaseStage.EXECUTION);

        executions.pay(zz, c.id(), new BigDecimal("10000"), LocalDate.of(2026, 11, 17), "缴款书 0001");
        service.transition(zz, c.id(), CaseStage.CLOSURE, null);
        assertThat(service.get(zz, c.id()).stage()).isEqualTo(CaseStage.CLOSURE);
    }

    @Test
    @DisplayName("CASE-15 instalments approved by unit head and director (never the requester); each instalment a deadline; payments recorded against them")
    void instalmentsApproved() {
        today(2026, 9, 16);
        CaseRef c = servedPenalty("分期缴纳测试", "10000");
        assertThatThrownBy(() -> plans.request(zz, c.id(), "INSTALMENTS", List.of(
                new PaymentPlans.Proposed(new BigDecimal("4000"), LocalDate.of(2026, 10, 20)),
                new PaymentPlans.Proposed(new BigDecimal("5000"), LocalDate.of(2026, 11, 20))), "经营困难"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-15-PLAN-SUM"));
        var pending = plans.request(zz, c.id(), "INSTALMENTS", List.of(
                new PaymentPlans.Proposed(new BigDecimal("4000"), LocalDate.of(2026, 10, 20)),
                // a Saturday: the instalment's deadline moves to the next working day, 11-23
                new PaymentPlans.Proposed(new BigDecimal("6000"), LocalDate.of(2026, 11, 21))), "受市场影响资金周转困难");
        assertThat(pending.planStatus()).isEqualTo("PENDING");
        long flowId = jdbc.sql("SELECT plan_flow_id FROM enf_execution WHERE case_id = :c").param("c", c.id()).query(Long.class).single();
        workflows.decide(new FlowId(flowId), users.actor("zz_unithead").orElseThrow(), Decision.APPROVE, "情况属实");
        workflows.decide(new FlowId(flowId), users.actor("zz_director").orElseThrow(), Decision.APPROVE, "同意分两期缴纳");
        var approved = executions.find(zz, c.id()).orElseThrow();
        assertThat(approved.planStatus()).isEqualTo("APPROVED");
        assertThat(approved.planNumber()).matches("泽应急缓缴〔2026〕\\d+号");
        assertThat(approved.instalments()).extracting(CoercionViews.InstalmentView::dueDate)
                .containsExactly(LocalDate.of(2026, 10, 20), LocalDate.of(2026, 11, 23));
        long execId = jdbc.sql("SELECT id FROM enf_execution WHERE case_id = :c").param("c", c.id()).query(Long.class).single();
        assertThat(deadlines.listFor("case-execution-instalment", Long.toString(execId))).hasSize(2);
        assertThat(deadlines.listFor("case-execution", Long.toString(execId))).singleElement()
                .satisfies(d -> assertThat(d.waiveReason()).contains("分期"));

        today(2026, 10, 19);
        var paid = executions.pay(zz, c.id(), new BigDecimal("4000"), LocalDate.of(2026, 10, 19), "缴款书 0002");
        assertThat(paid.instalments().get(0).paidOff()).isTrue();
        assertThat(paid.instalments().get(1).paidOff()).isFalse();
        assertThat(paid.fineOutstanding()).isEqualByComparingTo("6000");
        assertThatThrownBy(() -> plans.request(zz, c.id(), "DEFERRAL", List.of(
                new PaymentPlans.Proposed(new BigDecimal("6000"), LocalDate.of(2026, 12, 20))), "再延期"))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-15-PLAN-EXISTS"));
    }

    @Test
    @DisplayName("CASE-15 reconsideration and litigation recorded with outcome, counted for statistics; a revoked decision ends the execution")
    void remediesRecorded() {
        today(2026, 9, 16);
        CaseRef c = servedPenalty("复议诉讼测试", "5000");
        assertThatThrownBy(() -> remedies.file(zz, c.id(), RemedyKind.RECONSIDERATION, LocalDate.of(2026, 9, 16), " "))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-15-REMEDY-BODY"));
        today(2026, 9, 20);
        var r = remedies.file(zz, c.id(), RemedyKind.RECONSIDERATION, LocalDate.of(2026, 9, 18), "泽州县人民政府");
        assertThat(r.outcomeLabel()).isEqualTo("审理中");
        var decided = remedies.decide(zz, c.id(), r.id(), RemedyOutcome.REVOKED, LocalDate.of(2026, 9, 20), "事实不清");
        assertThat(decided.outcomeLabel()).isEqualTo("撤销");
        assertThatThrownBy(() -> remedies.decide(zz, c.id(), r.id(), RemedyOutcome.UPHELD, LocalDate.of(2026, 9, 20), null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-15-REMEDY-DECIDED"));
        // counted by reporting's statistics through the published view (STAT-07), in the case's scope only
        assertThat(jdbc.sql("SELECT count(*) FROM enf_stat_remedy_view WHERE id = :r AND kind = 'RECONSIDERATION' AND scope_path LIKE :p")
                .param("r", r.id()).param("p", zz.scope().pattern()).query(Long.class).single()).isEqualTo(1L);
        assertThat(jdbc.sql("SELECT count(*) FROM enf_stat_remedy_view WHERE id = :r AND scope_path LIKE :p")
                .param("r", r.id()).param("p", fx.sc().scope().pattern()).query(Long.class).single()).isZero();
        service.transition(zz, c.id(), CaseStage.EXECUTION, null);
        recording.closable(service.ref(c.id(), zz));
        service.transition(zz, c.id(), CaseStage.CLOSURE, null);
        assertThat(service.get(zz, c.id()).stage()).isEqualTo(CaseStage.CLOSURE);
    }

    @Test
    @DisplayName("CASE-15 a penalty case whose fine decision was never served cannot be closed")
    void unservedFineBlocksClosure() {
        CaseRef c = investigating(CaseKind.PENALTY, "未送达罚款测试");
        service.transition(zz, c.id(), CaseStage.DECISION, null);
        stages.notifiedAndWaived(zz, c.id()); // CASE-12: notice served, statement waived
        decisions.issueDecision(zz, c.id(), new CaseDecision(0, DecisionKind.PENALTY, List.of(), new BigDecimal("2000"), null,
                "ignored", "未按规定佩戴劳动防护用品", "《中华人民共和国安全生产法》第九十九条", null));
        service.transition(zz, c.id(), CaseStage.SERVICE, null);
        service.transition(zz, c.id(), CaseStage.EXECUTION, null);
        recording.closable(service.ref(c.id(), zz));
        assertThatThrownBy(() -> service.transition(zz, c.id(), CaseStage.CLOSURE, null))
                .satisfies(t -> assertThat(code(t)).isEqualTo("CASE-15-NOT-SERVED"));
        assertThat(executions.find(zz, c.id())).isEmpty();
    }
}
