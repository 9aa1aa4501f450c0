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
 * Demo (issue 16): 晋城市's assignment plans, all through the real planner and workflow — last year's and this year's
 * computed, approved by jc_unithead and jc_director and published (this year's rotation opens the handovers; 王监管,
 * zz_commissioner, confirms his side of one), next year's computed as a draft (no pair repeated), and one rotation
 * exception reviewed by jc_unithead and waiting for the province (sx_unithead). Runs after the mine demo and before the
 * commissioners' work demos (which then find this year's approved plan); once (no 晋城市 plan yet).
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
        Actor officer = users.actor("jc_officer").orElse(null);
        Actor head = users.actor("jc_unithead").orElse(null);
        Actor director = users.actor("jc_director").orElse(null);
        Actor commissioner = users.actor("zz_commissioner").orElse(null);
        if (officer == null || head == null || director == null || commissioner == null || steps.loaded()) {
            return;
        }
        long started = System.nanoTime();
        try {
            steps.load(officer, head, director, commissioner);
            log.info("Mine plan demo loaded in {} ms: 晋城市 plans of three years, handovers, a rotation exception",
                    (System.nanoTime() - started) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Mine plan demo not (fully) loaded: {}", e.getMessage());
        }
    }
}
