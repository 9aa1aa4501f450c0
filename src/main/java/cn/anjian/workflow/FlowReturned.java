package cn.anjian.workflow;

import java.time.Instant;

/** Published when a step returned the flow to its initiator for revision. */
public record FlowReturned(FlowId flowId, String definitionCode, String subjectType, String subjectId,
                           String stepKey, String actor, String opinion, Instant at) {

    /** The subject id as the owner's numeric key (the owners of today's flows all use one). */
    public long subjectKey() {
        try {
            return Long.parseLong(subjectId);
        } catch (NumberFormatException e) {
            throw new IllegalStateException("flow " + flowId + " has a non-numeric subject id " + subjectId, e);
        }
    }

    public boolean is(FlowDefinition definition) {
        return definition.code().equals(definitionCode);
    }
}
