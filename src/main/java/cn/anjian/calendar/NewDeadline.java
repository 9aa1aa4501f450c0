package cn.anjian.calendar;

import java.time.Instant;

/**
 * A deadline to open (CAL-06). {@code start} is the event that starts the clock (receipt, decision…):
 * for day periods its Beijing-time date is "D" (not counted); for hours it is the exact instant.
 * {@code jurisdictionId} and {@code scopePath} are copied from the subject's jurisdiction by the caller;
 * {@code title} is what people read in lists (e.g. 调离执法岗位：张三), optional.
 */
public record NewDeadline(String subjectType, String subjectId, String ruleId, Long ownerUserId, Long ownerUnitId,
                          long jurisdictionId, String scopePath, Period period, Instant start, String title,
                          Long partyUserId) {

    /**
     * Without a party: only the owner, the owner unit and staff of the jurisdiction see it. {@code partyUserId} is
     * the external person the deadline is kept for (the supervisor awaiting an answer), who then sees it too.
     */
    public NewDeadline(String subjectType, String subjectId, String ruleId, Long ownerUserId, Long ownerUnitId,
                       long jurisdictionId, String scopePath, Period period, Instant start, String title) {
        this(subjectType, subjectId, ruleId, ownerUserId, ownerUnitId, jurisdictionId, scopePath, period, start, title, null);
    }

    /** Without a title: lists then show the subject type and id. */
    public NewDeadline(String subjectType, String subjectId, String ruleId, Long ownerUserId, Long ownerUnitId,
                       long jurisdictionId, String scopePath, Period period, Instant start) {
        this(subjectType, subjectId, ruleId, ownerUserId, ownerUnitId, jurisdictionId, scopePath, period, start, null, null);
    }
}
