package cn.anjian.mines.planner;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
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
 * Demo (issue 16): the assignment plans of the two demo departments, all through the real planner and workflow. 泽州县
 * (its county-level mines and commissioners): last year's and this year's computed by zz_officer, approved by
 * zz_unithead and zz_director and published (this year's rotation opens the handovers; zz_commissioner confirms his
 * side of one), next year's computed as a draft (no pair repeated), and one rotation exception reviewed by zz_unithead
 * and waiting for the province. 忻州市 (city-level non-coal mines): this year's, by xz_officer, xz_unithead and
 * xz_director. Ordered after the mine demo and before the commissioners' work and hazard demos (which read this
 * year's approved plans and never make one); once (no 泽州县 plan yet).
 */
@Component
@RequiredArgsConstructor
class MinePlanDemoData {

    private static final Logger log = LoggerFactory.getLogger(MinePlanDemoData.class);

    private final Environment environment;
    private final ActingUsers users;
    private final MinePlanDemoSteps steps;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !DemoDataSwitch.enabled(environment)) {
            return;
        }
        Actor officer = users.actor("zz_officer").orElse(null);
        Actor head = users.actor("zz_unithead").orElse(null);
        Actor director = users.actor("zz_director").orElse(null);
        Actor commissioner = users.actor("zz_commissioner").orElse(null);
        if (officer == null || head == null || director == null || commissioner == null || steps.loaded()) {
            return;
        }
        long started = System.nanoTime();
        try {
            steps.zezhou(officer, head, director, commissioner);
            Actor xz = users.actor("xz_officer").orElse(null);
            Actor xzHead = users.actor("xz_unithead").orElse(null);
            Actor xzDirector = users.actor("xz_director").orElse(null);
            if (xz != null && xzHead != null && xzDirector != null) {
                steps.xinzhou(xz, xzHead, xzDirector);
            }
            log.info("Mine plan demo loaded in {} ms: 泽州县 plans of three years, handovers, a rotation exception; 忻州市's",
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Mine plan demo not (fully) loaded: {}", e.getMessage());
        }
    }
}
