/**
 * Working-day calendar (holidays, adjusted working days) and the one deadline mechanism (CAL).
 *
 * <p>API for other modules: {@link cn.anjian.calendar.WorkingCalendar} (CAL-01..03, CAL-05) and
 * {@link cn.anjian.calendar.Deadlines} (CAL-04, CAL-06) with {@link cn.anjian.calendar.NewDeadline},
 * {@link cn.anjian.calendar.Period}, {@link cn.anjian.calendar.DeadlineView} and the event
 * {@link cn.anjian.calendar.DeadlineOverdue}. A due date means "until 24:00 of that day" in Beijing time:
 * {@link cn.anjian.calendar.Due} carries the date and the exclusive instant (start of the next day).
 *
 * <p>Data: {@code cal_year} (a year is computable only once its notice is entered and confirmed),
 * {@code cal_day} (listed days, with the year whose notice listed them), {@code cal_version} (bumped by
 * every change), {@code cal_deadline} + {@code cal_deadline_suspension}. The 2019–2026 notices ship in
 * {@code calendar/holidays/} and load at start-up for years not yet present (see PROVENANCE.md there).
 *
 * <p>Multi-node: each node keeps an immutable in-memory snapshot of the calendar. A change drops the
 * local snapshot after commit; other nodes compare {@code cal_version} at most every
 * {@code anjian.calendar.snapshot-ttl} (30 s) and reload when it moved. The overdue scan runs under a
 * ShedLock lock ({@code calendar.overdueScan}) every {@code anjian.calendar.overdue-scan-interval}.
 *
 * <p>Scope: deadlines store {@code jurisdiction_id}, {@code scope_path} and the owner unit as given by the
 * caller (no dependency on org); lists filter {@code scope_path LIKE actor.scope().pattern()} in SQL.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar and deadlines", allowedDependencies = "kernel")
package cn.anjian.calendar;
