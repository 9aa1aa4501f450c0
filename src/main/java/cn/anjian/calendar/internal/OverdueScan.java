package cn.anjian.calendar.internal;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineOverdue;
import cn.anjian.kernel.AuditableEvent;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * CAL-06: marks running OPEN deadlines whose due instant has passed as OVERDUE — one set-based UPDATE
 * (which also bumps the optimistic-lock version), then an audit entry and a {@link DeadlineOverdue}
 * event per deadline, all in one transaction. ShedLock keeps it to one node at a time.
 * Deliberately not {@code Deadline}-by-{@code Deadline}: a bulk scan over calendar's own table, whose
 * one transition (OPEN and past due → OVERDUE) is the WHERE clause; loading thousands of aggregates
 * each scan would only repeat that check. The version bump keeps a concurrent aggregate save honest.
 */
@Component
@RequiredArgsConstructor
public class OverdueScan {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    @Scheduled(fixedDelayString = "${anjian.calendar.overdue-scan-interval:PT5M}", initialDelayString = "${anjian.calendar.overdue-scan-initial-delay:PT10S}")
    // lockAtLeastFor: held a little less than the interval, so with several nodes the scan runs once per interval, not
    // once per node (each node's own schedule would otherwise take the free lock right after another node's run)
    @SchedulerLock(name = "calendar.overdueScan", lockAtMostFor = "10m",
            lockAtLeastFor = "${anjian.calendar.overdue-scan-lock-at-least:PT4M}")
    public void scheduled() {
        scan();
    }

    /** Returns how many deadlines became overdue. */
    @Transactional
    public int scan() {
        return mark(null);
    }

    /**
     * One deadline, in its own transaction: called right after the transaction that opened a deadline
     * whose due had already passed (recorded late, imported) commits, so it is overdue at once rather
     * than at the next scan, and listeners find the deadline id already stored by its opener.
     */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.REQUIRES_NEW)
    public int scan(long deadlineId) {
        return mark(deadlineId);
    }

    private int mark(Long deadlineId) {
        Instant now = clock.instant();
        List<DeadlineOverdue> marked = jdbc.sql("""
                update cal_deadline set state = 'OVERDUE', was_overdue = true, overdue_at = :now, version = version + 1
                where state = 'OPEN' and not suspended and due_at <= :now and (cast(:id as bigint) is null or id = :id)
                returning id, subject_type, subject_id, rule_id, owner_user_id, owner_unit_id, jurisdiction_id, due_at""")
                .param("now", Timestamp.from(now)).param("id", deadlineId, java.sql.Types.BIGINT)
                .query((rs, n) -> new DeadlineOverdue(new DeadlineId(rs.getLong("id")), rs.getString("subject_type"),
                        rs.getString("subject_id"), rs.getString("rule_id"), (Long) rs.getObject("owner_user_id"),
                        (Long) rs.getObject("owner_unit_id"), rs.getLong("jurisdiction_id"),
                        rs.getTimestamp("due_at").toInstant()))
                .list();
        for (DeadlineOverdue o : marked) {
            events.publishEvent(new AuditableEvent("calendar.deadline.overdue", "deadline", o.id().toString(),
                    Map.of("state", "OPEN"), Map.of("state", "OVERDUE", "dueAt", o.dueAt().toString()), "system", null));
            events.publishEvent(o);
        }
        return marked.size();
    }
}
