package cn.anjian.workflow;

import java.time.Instant;

/** Published when a step returned the flow to its initiator for revision. */
public record FlowReturned(FlowId flowId, String definitionCode, String subjectType, String subjectId,
                           String stepKey, String actor, String opinion, Instant at) implements FlowSubjectEvent {
}
