package cn.anjian.personnel.officers;

import java.time.LocalDate;

/**
 * OFF-04: an officer who must be moved off enforcement posts within 10 days. {@code cause}: REVOKED,
 * CANCELLED or NO_CERTIFICATE. Met when the officer is moved off post.
 */
public record PostCaseView(long id, long personId, String personName, String cause, String causeLabel,
                           LocalDate openedOn, LocalDate dueDate, long deadlineId, LocalDate metOn, boolean overdue) {
}
