package cn.anjian.personnel.inspectors;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;

import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo inspectors in Zezhou: a hiring plan approved through the real TI-01 chain (泽州县应急管理局 →
 * 泽州县司法局 → 泽州县人民政府), a campaign at the interview stage with rejected and scored applicants,
 * and a few part-time inspectors, one near certificate renewal. Runs after the base demo data (on
 * ApplicationReadyEvent), once: the plan's title is the marker.
 */
@Component
@RequiredArgsConstructor
class InspectorDemoData {

    private static final Logger log = LoggerFactory.getLogger(InspectorDemoData.class);
    static final String MARKER = "泽州县2026年技术检查员聘用计划";

    private final Environment environment;
    private final ActingUsers acting;
    private final InspectorDemoRecruitment recruitment;
    private final InspectorDemoStaff staff;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final Clock clock;

    @EventListener(ApplicationReadyEvent.class)
    @Order(Ordered.LOWEST_PRECEDENCE - 10)
    void load() {
        if (!enabled() || acting.actor("zz_hr").isEmpty() || acting.actor("sx_hr").isEmpty()) {
            return;
        }
        boolean done = jdbc.sql("SELECT count(*) FROM ti_hiring_plan WHERE title = :t").param("t", MARKER)
                .query(Integer.class).single() > 0;
        if (done) {
            return;
        }
        tx.executeWithoutResult(status -> {
            LocalDate today = LocalDate.now(clock);
            Actor hr = acting.actor("zz_hr").orElseThrow();
            long plan = recruitment.load(hr, today);
            staff.load(hr, acting.actor("sx_hr").orElseThrow(), today, plan);
        });
        log.info("Demo inspectors loaded (Zezhou: approved plan, campaign at interview, part-time inspectors)");
    }

    private boolean enabled() {
        return cn.anjian.kernel.DemoDataSwitch.enabled(environment);
    }

    /** A valid demo ID card from its first 17 digits (GB 11643 check character). */
    static String card(String first17) {
        return cn.anjian.personnel.IdCardNumber.complete(first17).value();
    }
}
