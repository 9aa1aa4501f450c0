package cn.anjian.calendar;

import java.time.Instant;

/** Published when the overdue scan marks a deadline OVERDUE (CAL-06), for the owning module to react. */
public record DeadlineOverdue(DeadlineId id, String subjectType, String subjectId, String ruleId,
                              Long ownerUserId, Long ownerUnitId, long jurisdictionId, Instant dueAt) {
}
