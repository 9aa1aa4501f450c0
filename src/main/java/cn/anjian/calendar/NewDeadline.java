package cn.anjian.calendar;

import java.time.Instant;

/**
 * A deadline to open (CAL-06). {@code start} is the event that starts the clock (receipt, decision…):
 * for day periods its Beijing-time date is "D" (not counted); for hours it is the exact instant.
 * {@code jurisdictionId} and {@code scopePath} are copied from the subject's jurisdiction by the caller.
 */
public record NewDeadline(String subjectType, String subjectId, String ruleId, Long ownerUserId, Long ownerUnitId,
                          long jurisdictionId, String scopePath, Period period, Instant start) {
}
