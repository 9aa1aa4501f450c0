package cn.anjian.mines.assessment;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.kernel.Zones;
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
 * Demo (issue 18): a year of 泽州县 commissioners on the interim work-record figures — each grade, {@code zz_commissioner}
 * on the second rung of the ≤3 spot-item ladder, one exemption awaiting approval, one decision with an appeal, one
 * responsibility investigation with experts drawn from the pool and its decision ({@link AccountabilityDemoSteps}) — the
 * year computed by {@code zz_officer} through the same service. Runs after the mine and expert demos; idempotent.
 */
@Component
@RequiredArgsConstructor
class AssessmentDemoData {

    private static final Logger log = LoggerFactory.getLogger(AssessmentDemoData.class);

    private final Environment environment;
    private final ActingUsers users;
    private final AssessmentDemoFigures figures;
    private final CommissionerAssessments assessments;
    private final AssessmentFlows flows;
    private final AccountabilityDemoSteps accountability;
    private final Clock clock;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !DemoDataSwitch.enabled(environment)) {
            return;
        }
        Actor officer = users.actor("zz_officer").orElse(null);
        if (officer == null || !officer.hasPermission("mine:assess")) {
            return;
        }
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        try {
            if (!figures.loaded(officer)) {
                load(officer);
                log.info("Assessment demo loaded: 泽州县 commissioners' year");
            }
            // a step of its own, so that a database loaded before it existed gets it too (MA-10 with pool experts)
            if (figures.loaded(officer) && !accountability.investigated(officer)) {
                accountability.investigation(officer, today.getYear(), back(today, 170), back(today, 12));
                log.info("Assessment demo: a responsibility investigation with experts drawn from the pool");
            }
        } catch (RuntimeException e) {
            log.warn("Assessment demo not loaded: {}", e.getMessage());
        }
    }

    private void load(Actor officer) {
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        int year = today.getYear();
        String p = officer.scope().pattern();
        List<Long> people = figures.commissioners(p);
        List<Long> mines = figures.coalMines(p);
        if (people.size() < 8 || mines.isEmpty()) {
            return;
        }
        long own = users.actor("zz_commissioner").flatMap(a -> figures.named(a.displayName(), p)).orElse(people.get(people.size() - 1));
        for (int i = 0; i < people.size(); i++) {
            long c = people.get(i);
            figures.posting(c, mines.get(i % mines.size()), year);
            // every 4th commissioner falls short of the 90 % line, every 3rd of the 100 %; the rest found a major hazard
            int done = i % 4 == 3 ? 850 : i % 3 == 1 ? 960 : 1000;
            figures.completion(c, year, 1000, done);
            if (i % 4 != 3 && i % 3 != 1) {
                figures.finding(c, back(today, 200 - i));
            }
        }
        figures.completion(own, year, 1000, 960);
        figures.check(own, "ZZ-JC-0311", back(today, 260), mines.get(0), 0, 2);
        figures.check(own, "ZZ-JC-0708", back(today, 150), mines.get(0), 0, 3);
        long exempted = people.get(0);
        figures.check(exempted, "ZZ-JC-0520", back(today, 200), mines.get(0), 1, 0);
        figures.accident(officer, mines.get(2 % mines.size()), back(today, 180));
        assessments.computeAll(officer, year);
        long first = figures.assessmentOf(exempted, year);
        flows.requestExemption(officer, first, "ZZ-JC-0520", ExemptionGround.ROUTE_CHECKED,
                "当日沿途作业地点已对表检查无漏项，发现的隐患已当场责令处置，企业拒不执行的已书面报告科室负责人");
        accountability.appeal(officer, figures.assessmentOf(people.get(3), year), back(today, 34), back(today, 16));
    }


    /** A day {@code days} before today, but in this year (the demo is one calendar year). */
    private static LocalDate back(LocalDate today, int days) {
        LocalDate d = today.minusDays(days);
        return d.getYear() == today.getYear() ? d : today.withDayOfYear(1);
    }
}
