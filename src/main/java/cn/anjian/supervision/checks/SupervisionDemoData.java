package cn.anjian.supervision.checks;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.kernel.Zones;
import cn.anjian.supervision.tolerance.NewTolerance;
import cn.anjian.supervision.tolerance.ToleranceEnums;
import cn.anjian.supervision.tolerance.Tolerances;
import cn.anjian.supervision.violations.NewViolation;
import cn.anjian.supervision.violations.OfficerViolations;
import cn.anjian.supervision.violations.ViolationHandling;
import cn.anjian.supervision.violations.ViolationKind;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Demo (COR-01..04): 晋城市's office checks 泽州县应急管理局 (findings, a correction order the county is working on),
 * 泽州县 records an officer's violation and files a fault-tolerance application awaiting the legal unit. Acting as the
 * demo users through the services; once (nothing happens when the demo check exists).
 */
@Component
@RequiredArgsConstructor
class SupervisionDemoData {

    private static final Logger log = LoggerFactory.getLogger(SupervisionDemoData.class);
    static final String TITLE = "行政处罚案卷专项评查";

    private final Environment environment;
    private final ActingUsers users;
    private final SupervisionChecks checks;
    private final CorrectionOrders orders;
    private final OfficerViolations violations;
    private final Tolerances tolerances;
    private final Clock clock;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !DemoDataSwitch.enabled(environment)) {
            return;
        }
        if (checks.exists(TITLE)) {
            return;
        }
        Actor jc = users.actor("jc_office").orElse(null);
        Actor zz = users.actor("zz_office").orElse(null);
        if (jc == null || zz == null) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        long checked = checks.emergencyAgency(zz);
        long check = checks.record(jc, new NewCheck(checked, "安全生产执法监督股", TITLE, CheckTiming.PERIODIC, CheckExtent.SPECIAL,
                List.of(CheckMethod.HEARING_REPORTS, CheckMethod.FILE_REVIEW), today.minusMonths(3), today.minusDays(1), "晋城市应急管理局：李明、张华"));
        long problem = checks.addFinding(jc, check, SupervisionArea.SPECIFIC_ACTS,
                "抽查行政处罚案卷 20 卷，其中 2 卷未告知当事人陈述申辩权利、1 卷自由裁量理由未说明", true);
        checks.addFinding(jc, check, SupervisionArea.NORMATIVE_DOCUMENTS, "本年度以局名义印发的规范性文件均经合法性审核，未发现问题", false);
        long order = orders.issue(jc, problem, CorrectionKind.UNLAWFUL_ACT, "对程序瑕疵案卷逐一补正，完善自由裁量说理，报送整改情况", null);
        orders.startRectifying(zz, order);
        violations.record(zz, new NewViolation("张伟", null, ViolationKind.PENALTY_PROCEDURE, today.minusDays(20),
                "办理某煤矿行政处罚案件时未告知当事人陈述、申辩权利", ViolationHandling.CRITICISM, "责令作出书面检查并参加程序规定专题培训",
                today.minusDays(10), check));
        tolerances.apply(zz, new NewTolerance(ToleranceEnums.Kind.FAULT_TOLERANCE, "李秀英", null,
                "在新型装备首次检查中依据企业提供的检测报告认定合格，后经复检发现参数偏差", true, "按检查表逐项检查并留存检测报告",
                true, "依据现行国家标准和企业检测报告认定", true, "未收受企业任何财物，无利害关系", null, null, null,
                ToleranceEnums.Requested.MITIGATE));
        log.info("Supervision demo loaded: check {}, order {}", check, order);
    }
}
