package cn.anjian.workflow;

import java.time.Instant;

/** Published (inside the deciding transaction) when the last step approved or any step rejected. */
public record FlowCompleted(FlowId flowId, String definitionCode, String subjectType, String subjectId,
                            Outcome outcome, String actor, String opinion, Instant at) {

    public FlowCompleted(FlowId flowId, String definitionCode, String subjectType, String subjectId, Outcome outcome) {
        this(flowId, definitionCode, subjectType, subjectId, outcome, null, null, null);
    }

    /** The subject id as the owner's numeric key (the owners of today's flows all use one). */
    public long subjectKey() {
        try {
            return Long.parseLong(subjectId);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("flow " + flowId + " has a non-numeric subject id " + subjectId, e);
        }
    }

    public boolean approved() {
        return outcome == Outcome.APPROVED;
    }

    public boolean is(FlowDefinition definition) {
        return definition.code().equals(definitionCode);
    }
}
