package cn.anjian.mines.app;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DemoDataSwitch;
import cn.anjian.kernel.Zones;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.Workflows;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo (issue 17): zz_commissioner has an approved leave starting today (the app shows that remote supervision
 * continues), last half-year's report submitted and the pledge signed; 泽州县 has its supervision phone and a card
 * for every mine an approved plan staffs ({@link CommissionerPaperworkDemo}). Runs after the mines' demo, through
 * the same services; idempotent (nothing when the commissioner already has a leave).
 */
@Component
@RequiredArgsConstructor
class CommissionerWorkDemoData {

    private static final Logger log = LoggerFactory.getLogger(CommissionerWorkDemoData.class);

    private final Environment environment;
    private final ActingUsers users;
    private final Leaves leaves;
    private final Workflows workflows;
    private final CommissionerPaperworkDemo paperwork;
    private final TransactionTemplate tx;
    private final Clock clock;

    @EventListener
    @Order(Ordered.LOWEST_PRECEDENCE)
    void on(AvailabilityChangeEvent<?> event) {
        if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC || !DemoDataSwitch.enabled(environment)) {
            return;
        }
        Actor me = users.actor("zz_commissioner").orElse(null);
        Actor head = users.actor("zz_unithead").orElse(null);
        Actor officer = users.actor("zz_officer").orElse(null);
        if (me == null || head == null || officer == null || !leaves.mine(me).isEmpty()) {
            return;
        }
        try {
            List<CommissionerSelf.Colleague> substitutes = leaves.substitutes(me);
            if (substitutes.isEmpty()) {
                return; // the mines' demo did not load: no commissioner record for the account
            }
            LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
            long leave = tx.execute(s -> leaves.request(me, new Leaves.LeaveRequest(today, today.plusDays(2),
                    "参加省厅矿山安全监管业务培训", substitutes.get(0).id())));
            tx.executeWithoutResult(s -> workflows.decide(leaves.flowOf(leave), head, Decision.APPROVE, "同意，请假期间加强远程监管"));
            paperwork.load(me, officer, HalfYear.of(today.minusMonths(6)));
            log.info("Commissioner work demo loaded: leave, half-year report, pledge, supervision cards");
        } catch (RuntimeException e) {
            log.warn("Commissioner work demo not loaded: {}", e.getMessage());
        }
    }
}
