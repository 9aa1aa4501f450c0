package cn.anjian.calendar;

import java.time.Instant;
import java.time.LocalDate;

/** Read model of a deadline for other modules and pages. */
public record DeadlineView(DeadlineId id, String subjectType, String subjectId, String ruleId,
                           Long ownerUserId, Long ownerUnitId, long jurisdictionId, String scopePath,
                           Period period, Instant startAt, LocalDate dueDate, Instant dueAt,
                           DeadlineState state, boolean suspended, boolean wasOverdue,
                           Instant overdueAt, Instant metAt, String waiveReason, int version, String title) {

    /** What people read: the title, else what kind of deadline it is (never the subject type and id). */
    public String label() {
        return title != null && !title.isBlank() ? title : DeadlineKind.of(ruleId).label();
    }
}
