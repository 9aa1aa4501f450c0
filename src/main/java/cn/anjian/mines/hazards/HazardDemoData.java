package cn.anjian.mines.hazards;

import lombok.RequiredArgsConstructor;

import java.util.List;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo (issue 17): on the mines this year's approved plan of 泽州县 gives zz_commissioner (made by the planner and
 * workflow in {@code MinePlanDemoData}, ordered before this loader) he records open, closed, overdue and major hazards,
 * a stop-work order and a tip with its self-check report, through the same services; one 忻州市 hazard. Once (no
 * hazard of his yet).
 */
@Component
@RequiredArgsConstructor
class HazardDemoData {

    private static final Logger log = LoggerFactory.getLogger(HazardDemoData.class);

    private final Environment environment;
    private final ActingUsers users;
    private final WorkScope scope;
    private final HazardDemoSteps steps;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !DemoDataSwitch.enabled(environment)) {
            return;
        }
        Actor zzc = users.actor("zz_commissioner").orElse(null);
        WorkScope.CommissionerRef c = zzc == null ? null : scope.commissionerOf(zzc).orElse(null);
        if (c == null || jdbc.sql("SELECT EXISTS (SELECT 1 FROM mine_hazard WHERE commissioner_id = :c)")
                .param("c", c.id()).query(Boolean.class).single()) {
            return;
        }
        try {
            tx.executeWithoutResult(s -> {
                // the mines this year's approved plan (MinePlanDemoData, ordered before) gives him; none: nothing to record
                List<Long> mines = scope.supervisedMines(c.id()).stream().map(MineChoice::id).toList();
                steps.zezhou(zzc, mines);
                users.actor("xz_officer").ifPresent(steps::xinzhou);
            });
            log.info("Hazard demo loaded: hazards, a stop-work order and a tip for zz_commissioner");
        } catch (RuntimeException e) {
            log.warn("Hazard demo not loaded: {}", e.getMessage());
        }
    }
}
