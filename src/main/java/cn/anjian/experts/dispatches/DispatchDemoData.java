package cn.anjian.experts.dispatches;

import lombok.RequiredArgsConstructor;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.kernel.Zones;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
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
 * Demo (泽州县): budgets for every unit of the bureau this year, and dispatches in every state — one waiting for
 * {@code zz_expert} to accept, one he declined, one he completed (report, quality register, reimbursed), one waiting
 * for the deputy director, one refused, an out-of-pool expert under way — plus an approved outside unit's application.
 * Every step is taken by the demo user who would take it (the same gates, flows and audit); once only.
 */
/**
 * Demo (泽州县): budgets for every unit of the bureau this year, and dispatches in every state — one waiting for
 * {@code zz_expert} to accept, one he declined, one he completed (report, quality register, reimbursed), one waiting
 * for the deputy director, one refused, an out-of-pool expert under way. Every step is taken by the demo user who
 * would take it (the same gates, flows and audit, {@link DispatchDemoSteps}); once only.
 */
@Component
@RequiredArgsConstructor
class DispatchDemoData {

    private static final Logger log = LoggerFactory.getLogger(DispatchDemoData.class);

    private final Environment environment;
    private final ActingUsers users;
    private final DispatchDemoSteps steps;
    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE - 1)
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !DemoDataSwitch.enabled(environment)) {
            return;
        }
        Actor officer = users.actor("zz_officer").orElse(null);
        Actor expert = users.actor("zz_expert").orElse(null);
        if (officer == null || expert == null || jdbc.sql("SELECT EXISTS (SELECT 1 FROM exp_dispatch WHERE source <> 'RECORD' AND agency_id = :a)")
                .param("a", officer.agencyId()).query(Boolean.class).single()) {
            return;
        }
        try {
            java.util.Map<String, Actor> who = new java.util.HashMap<>();
            for (String u : List.of("zz_officer", "zz_expert", "zz_office", "zz_deputy", "zz_hr", "zz_unithead")) {
                who.put(u, users.actor(u).orElseThrow());
            }
            tx.executeWithoutResult(s -> steps.load(who));
            log.info("Expert dispatch demo of {} loaded", officer.agencyName());
        } catch (RuntimeException e) {
            log.warn("Expert dispatch demo not loaded: {}", e.getMessage());
        }
    }
}
