package cn.anjian.workflow;

import java.time.Instant;

/**
 * A to-do of the current user: a step waiting for their decision, or (kind RETURNED) their own flow
 * returned for revision and waiting to be resubmitted.
 */
public record InboxItem(FlowId flowId, String kind, String definitionCode, String definitionName, String title,
                        String subjectType, String subjectId, String subjectUrl, int stepIndex, String stepName,
                        String initiatingAgencyName, Instant waitingSince, Instant dueAt, boolean overdue) {

    public boolean returned() {
        return "RETURNED".equals(kind);
    }
}
