package cn.anjian.supervision.checks;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.Cases;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.kernel.Zones;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.stereotype.Component;

/**
 * Demo (COR-02 ↔ PUB-08): 晋城市 reviews 泽州县's decided penalty of the steel works (enforcement's demo case), finds the
 * basis misapplied and orders it corrected, naming the case; 泽州县 reports, 晋城市 accepts — and publicity corrects
 * the decision's entry with the reason. The decision's entry is drafted asynchronously after the demo decisions commit
 * (and published by publicity's demo), so this waits a minute after start and tries a few times. Once.
 */
@Component
@RequiredArgsConstructor
class CorrectionDemoData {

    private static final Logger log = LoggerFactory.getLogger(CorrectionDemoData.class);
    static final String TITLE = "行政处罚决定合法性抽查";
    /** enforcement's demo case with an issued penalty (CaseDemoData.ZZ_SERVICE). */
    static final String CASE_TITLE = "福盛钢铁有限空间作业专项检查处罚案";
    static final int ATTEMPTS = 6;

    private final Environment environment;
    private final ActingUsers users;
    private final Cases cases;
    private final SupervisionChecks checks;
    private final CorrectionOrders orders;
    private final TaskScheduler scheduler;
    private final Clock clock;

    @EventListener
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() == ReadinessState.ACCEPTING_TRAFFIC && DemoDataSwitch.enabled(environment)) {
            scheduler.schedule(() -> attempt(1), clock.instant().plusSeconds(60));
        }
    }

    void attempt(int n) {
        try {
            if (load()) {
                return;
            }
        } catch (RuntimeException e) {
            log.warn("Correction demo not loaded: {}", e.toString());
            return;
        }
        if (n < ATTEMPTS) {
            scheduler.schedule(() -> attempt(n + 1), clock.instant().plusSeconds(20));
        }
    }

    /** True when done (or nothing to do). */
    boolean load() {
        if (checks.exists(TITLE)) {
            return true;
        }
        Actor jc = users.actor("jc_office").orElse(null);
        Actor zz = users.actor("zz_office").orElse(null);
        if (jc == null || zz == null) {
            return true;
        }
        CaseRef c = cases.findByTitle(CASE_TITLE).orElse(null);
        if (c == null || c.caseNumber() == null) {
            return false;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        long check = checks.record(jc, new NewCheck(checks.emergencyAgency(zz), "执法大队", TITLE, CheckTiming.AD_HOC, CheckExtent.SPECIAL,
                List.of(CheckMethod.FILE_REVIEW), today.minusMonths(1), today.minusDays(1), "晋城市应急管理局：李明、王芳"));
        long finding = checks.addFinding(jc, check, SupervisionArea.SPECIFIC_ACTS,
                "福盛钢铁有限空间作业处罚案适用罚则条款不当（应适用第一百零一条第（五）项）", true);
        long order = orders.issue(jc, finding, CorrectionKind.PENALTY, "依法纠正该行政处罚决定的法律依据，并更正公示信息", c.caseNumber());
        orders.startRectifying(zz, order);
        orders.submit(zz, order, "已重新作出处罚决定，更正适用条款");
        orders.verify(jc, order, true, "纠正到位，同意销号");
        log.info("Correction demo loaded: order {} corrected the penalty of case {}", order, c.caseNumber());
        return true;
    }
}
