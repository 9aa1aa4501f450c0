package cn.anjian.supervision;

import java.time.LocalDate;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.Deadlines;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.PageSize;
import cn.anjian.org.Agencies;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdictions;
import cn.anjian.supervision.checks.CheckExtent;
import cn.anjian.supervision.checks.CheckMethod;
import cn.anjian.supervision.checks.CheckQueries;
import cn.anjian.supervision.checks.CheckTiming;
import cn.anjian.supervision.checks.CorrectionKind;
import cn.anjian.supervision.checks.CorrectionOrders;
import cn.anjian.supervision.checks.NewCheck;
import cn.anjian.supervision.checks.OrderQueries;
import cn.anjian.supervision.checks.OrderStatus;
import cn.anjian.supervision.checks.SupervisionArea;
import cn.anjian.supervision.checks.SupervisionChecks;
import cn.anjian.supervision.tolerance.NewTolerance;
import cn.anjian.supervision.tolerance.ToleranceEnums;
import cn.anjian.supervision.tolerance.Tolerances;
import cn.anjian.supervision.violations.NewViolation;
import cn.anjian.supervision.violations.OfficerViolations;
import cn.anjian.supervision.violations.ViolationHandling;
import cn.anjian.supervision.violations.ViolationKind;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** COR-01..04 through the services, as the demo users of 泽州县, 晋城市 and 神池县. */
@IntegrationTest
class SupervisionTests {

    @Autowired ActingUsers users;
    @Autowired SupervisionChecks checks;
    @Autowired CheckQueries checkQueries;
    @Autowired CorrectionOrders orders;
    @Autowired OrderQueries orderQueries;
    @Autowired OfficerViolations violations;
    @Autowired Tolerances tolerances;
    @Autowired Workflows workflows;
    @Autowired Deadlines deadlines;
    @Autowired Agencies agencies;
    @Autowired Jurisdictions jurisdictions;
    @Autowired JdbcClient jdbc;

    Actor user(String name) {
        return users.actor(name).orElseThrow();
    }

    long em(String code) {
        return agencies.findAgency(jurisdictions.findByCode(code).orElseThrow().id(), AgencyKind.EMERGENCY_MANAGEMENT).orElseThrow().id();
    }

    long check(Actor actor, String code, String title) {
        return checks.record(actor, new NewCheck(em(code), "安全生产执法监督股", title, CheckTiming.PERIODIC, CheckExtent.SPECIAL,
                List.of(CheckMethod.HEARING_REPORTS, CheckMethod.FILE_REVIEW), LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                "张三、李四"));
    }

    @Test
    @DisplayName("COR-01 a check over the art. 4 areas records agency, period, team and methods; out of scope 404, a reversed period 400, others cannot see it")
    void checks() {
        Actor jc = user("jc_office");
        long id = check(jc, "140525", "测试专项检查");
        checks.addFinding(jc, id, SupervisionArea.SPECIFIC_ACTS, "抽查案卷 20 卷，2 卷程序瑕疵", true);
        checks.addFinding(jc, id, SupervisionArea.NORMATIVE_DOCUMENTS, "未发现问题", false);
        CheckQueries.Row row = checkQueries.get(user("zz_office"), id);
        assertThat(row.checkedAgencyName()).isEqualTo("泽州县应急管理局");
        assertThat(row.methodLabels()).isEqualTo("听取汇报、查阅案卷材料");
        assertThat(row.findings()).isEqualTo(2);
        assertThat(row.problems()).isEqualTo(1);
        assertThatThrownBy(() -> checkQueries.get(user("sc_office"), id)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> check(user("zz_office"), "140927", "越权检查")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        assertThatThrownBy(() -> checks.record(jc, new NewCheck(em("140525"), null, "倒置", CheckTiming.AD_HOC, CheckExtent.COMPREHENSIVE,
                List.of(CheckMethod.FIELD_VISIT), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1), "王五")))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("COR-01-PERIOD"));
        assertThat(checkQueries.list(user("sc_office"), CheckQueries.Filter.none(), CheckQueries.SORT.defaults(), 0, PageSize.DEFAULT)
                .items()).noneMatch(r -> r.id() == id);
    }

    @Test
    @DisplayName("COR-02 a problem becomes a correction order with a calendar deadline; the checked county reports, the city verifies, a reopened order closes later and its deadline is met")
    void orders() {
        Actor jc = user("jc_office");
        Actor zz = user("zz_office");
        long id = check(jc, "140525", "测试整改跟踪");
        long problem = checks.addFinding(jc, id, SupervisionArea.DUTY_PERFORMANCE, "未按计划完成检查", true);
        long fine = checks.addFinding(jc, id, SupervisionArea.OTHER, "无问题", false);
        assertThatThrownBy(() -> orders.issue(jc, fine, CorrectionKind.NON_PERFORMANCE, "限期完成", null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("COR-02"));
        assertThatThrownBy(() -> orders.issue(jc, problem, CorrectionKind.PENALTY, "纠正处罚", null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("COR-02"));
        assertThatThrownBy(() -> orders.issue(jc, problem, CorrectionKind.PENALTY, "纠正处罚", "不存在的案号"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("COR-02-CASE"));
        long order = orders.issue(jc, problem, CorrectionKind.NON_PERFORMANCE, "30 日内完成剩余检查", null);
        OrderQueries.Row r = orderQueries.get(zz, order);
        assertThat(r.status()).isEqualTo(OrderStatus.ISSUED);
        assertThat(r.deadlineId()).isNotNull(); // due in January 2027: pending until that year's holidays are entered
        assertThat(deadlines.find(new DeadlineId(r.deadlineId())).orElseThrow().ruleId()).isEqualTo("COR-02");
        assertThatThrownBy(() -> orders.submit(jc, order, "越俎代庖")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("COR-02-AGENCY"));
        orders.startRectifying(zz, order);
        orders.submit(zz, order, "已完成剩余检查");
        assertThatThrownBy(() -> orders.verify(zz, order, true, "自验")).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("COR-02-AGENCY"));
        orders.verify(jc, order, false, "检查记录不全");
        assertThat(orderQueries.get(zz, order).status()).isEqualTo(OrderStatus.RECTIFYING);
        assertThat(orderQueries.get(zz, order).reopened()).isEqualTo(1);
        orders.submit(zz, order, "已补全检查记录");
        orders.verify(jc, order, true, "验收合格");
        assertThat(orderQueries.get(jc, order).status()).isEqualTo(OrderStatus.CLOSED);
        assertThat(deadlines.find(new DeadlineId(r.deadlineId())).orElseThrow().state()).isEqualTo(DeadlineState.MET);
        assertThatThrownBy(() -> orderQueries.get(user("sc_office"), order)).isInstanceOf(BusinessException.class);
    }

    @Test
    @DisplayName("COR-03 an officer's violation of an art. 7 kind and its handling are recorded for an officer in scope, audited")
    void violations() {
        Actor zz = user("zz_office");
        LocalDate day = LocalDate.of(2026, 1, 10);
        long id = violations.record(zz, new NewViolation("王建国", null, ViolationKind.PENALTY_PROCEDURE, day, "未告知陈述申辩权利",
                ViolationHandling.CRITICISM, "责令改正", day.plusDays(5), null));
        assertThat(violations.list(zz, ViolationKind.PENALTY_PROCEDURE, OfficerViolations.SORT.defaults(), 0, 20).items())
                .anyMatch(v -> v.id() == id && v.handling() == ViolationHandling.CRITICISM && v.personName().equals("王建国"));
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'supervision.violation.recorded' AND subject_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
        assertThatThrownBy(() -> violations.record(zz, new NewViolation("赵敏", null, ViolationKind.OTHER, day, "x",
                ViolationHandling.CRITICISM, null, day, null))).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.code()).isEqualTo("COR-03-OFFICER"));
        assertThat(violations.list(user("sc_office"), null, OfficerViolations.SORT.defaults(), 0, 100).items()).noneMatch(v -> v.id() == id);
    }

    @Test
    @DisplayName("COR-04 fault tolerance runs on the workflow: the applicant decides nothing, the legal unit reviews, the director decides with reasons")
    void tolerance() {
        Actor office = user("zz_office");
        NewTolerance n = new NewTolerance(ToleranceEnums.Kind.FAULT_TOLERANCE, "李秀英", null, "检查中一处隐患认定偏差",
                true, "按检查表逐项检查", true, "依据现行标准", true, "未收受任何财物", null, null, null, ToleranceEnums.Requested.MITIGATE);
        assertThatThrownBy(() -> tolerances.apply(office, new NewTolerance(ToleranceEnums.Kind.FAULT_TOLERANCE, "李秀英", null, "x",
                true, "a", true, "b", false, "c", null, null, null, ToleranceEnums.Requested.EXEMPT)))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("COR-04"));
        long id = tolerances.apply(office, n);
        FlowId flow = new FlowId(tolerances.get(office, id).flowId());
        assertThatThrownBy(() -> workflows.decide(flow, office, Decision.APPROVE, "自己批准")).isInstanceOf(BusinessException.class);
        workflows.decide(flow, user("zz_legal"), Decision.APPROVE, "符合容错条件");
        assertThatThrownBy(() -> workflows.decide(flow, user("zz_director"), Decision.APPROVE, null))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("COR-04-REASON"));
        assertThat(tolerances.get(office, id).status()).isEqualTo(ToleranceEnums.Status.IN_REVIEW);
        workflows.decide(flow, user("zz_director"), Decision.APPROVE, "勤勉尽责、未谋私利，从轻处理");
        Tolerances.Row decided = tolerances.get(office, id);
        assertThat(decided.outcome()).isEqualTo(ToleranceEnums.Outcome.MITIGATED);
        assertThat(decided.decisionReason()).isEqualTo("勤勉尽责、未谋私利，从轻处理");
    }
}
