package cn.anjian.calendar;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one deadline mechanism (CAL-04, CAL-06) every module uses. Each change is audited; refusals
 * are {@code BusinessException}s thrown before anything changes.
 *
 * <p>Suspension (CAL-04): the suspended stretch is the Beijing-time dates from the suspension day
 * (inclusive) to the resumption day (exclusive). On resume the due moves by the working days in that
 * stretch (working-day periods), by its calendar days (calendar periods, the CAL-03 roll-forward being
 * applied to the moved end) or by the exact suspended duration (hour periods). Suspending and resuming
 * on the same day therefore costs nothing; a deadline can be suspended several times.
 */
public interface Deadlines {

    DeadlineId open(NewDeadline deadline);

    void suspend(DeadlineId id, String reason, Instant at);

    void resume(DeadlineId id, Instant at);

    /** Met on time, or late (an OVERDUE one: it keeps {@code wasOverdue}). */
    void markMet(DeadlineId id, Instant at);

    /** Waived with a required reason. */
    void waive(DeadlineId id, String reason);

    Optional<DeadlineView> find(DeadlineId id);

    /**
     * Several deadlines in one read (lists that show a due date per row, instead of one {@link #find} per row);
     * ids that do not exist are absent from the map.
     */
    Map<DeadlineId, DeadlineView> findAll(Collection<DeadlineId> ids);

    List<DeadlineView> listFor(String subjectType, String subjectId);

    /**
     * Open or overdue deadlines owned by the actor or, when they belong to one, their unit, within their scope
     * (ORG-03); soonest due first. For the actor's own reminders (CAL-06).
     */
    List<DeadlineView> mine(cn.anjian.kernel.Actor actor, int limit);

    /**
     * Overdue deadlines the actor may read, most overdue first (home pages, panels). Issue 12: staff read their
     * jurisdiction's; social supervisors, technical inspectors, experts and mine commissioners only their own.
     */
    List<DeadlineView> overdue(cn.anjian.kernel.Actor actor, int limit);

    /** How many deadlines the actor may read are overdue (the same audience as {@link #overdue}). */
    long overdueCount(cn.anjian.kernel.Actor actor);

    /**
     * Overdue deadlines the actor may read, counted per rule ID in one grouped query (the heads' dashboard, issue 19;
     * the same audience as {@link #overdueCount}). Pages group them by {@link DeadlineKind#of}.
     */
    java.util.Map<String, Long> overdueByRule(cn.anjian.kernel.Actor actor);

    /** How many open deadlines the actor may read fall due between the two dates, inclusive (the same audience). */
    long dueCount(cn.anjian.kernel.Actor actor, java.time.LocalDate from, java.time.LocalDate to);
}
