package cn.anjian.mines.hazards;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo (issue 17): zz_commissioner supervises three 泽州县 mines under this year's approved plan (only when no plan
 * assigns them yet) and records open, closed, overdue and major hazards, a stop-work order and a tip with its
 * self-check report, through the same services; one 忻州市 hazard. Runs after the mine demo; once (no hazard yet).
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
    private final Clock clock;

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
                List<Long> mines = assign(zzc, c.id());
                steps.zezhou(zzc, mines);
                users.actor("xz_officer").ifPresent(steps::xinzhou);
            });
            log.info("Hazard demo loaded: hazards, a stop-work order and a tip for zz_commissioner");
        } catch (RuntimeException e) {
            log.warn("Hazard demo not loaded: {}", e.getMessage());
        }
    }

    /** This year's approved plan of 泽州县 assigning zz_commissioner to three of its coal mines, unless one exists. */
    private List<Long> assign(Actor zzc, long commissionerId) {
        List<Long> mines = scope.supervisedMines(commissionerId).stream().map(MineChoice::id).toList();
        if (!mines.isEmpty()) {
            return mines;
        }
        int year = LocalDate.now(clock.withZone(Zones.SHANGHAI)).getYear();
        List<Long> coal = jdbc.sql("SELECT id FROM mine_mine WHERE kind = 'COAL' AND scope_path LIKE :p ORDER BY id LIMIT 3")
                .param("p", zzc.scope().pattern()).query(Long.class).list();
        long plan = jdbc.sql("""
                        INSERT INTO mine_plan (version, jurisdiction_id, scope_path, plan_year, status, created_at,
                                               created_by, decided_at)
                        VALUES (0, :j, :p, :y, 'APPROVED', :at, 'zz_officer', :at) RETURNING id""")
                .param("j", zzc.jurisdictionId()).param("p", zzc.scope().path()).param("y", year)
                .param("at", Timestamp.from(clock.instant())).query(Long.class).single();
        for (long m : coal) {
            jdbc.sql("INSERT INTO mine_plan_assignment (plan_id, mine_id, commissioner_id) VALUES (:p, :m, :c)")
                    .param("p", plan).param("m", m).param("c", commissionerId).update();
        }
        return coal;
    }
}
