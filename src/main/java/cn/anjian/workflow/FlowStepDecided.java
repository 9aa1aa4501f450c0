package cn.anjian.workflow;

import java.time.Instant;

/** Published (inside the deciding transaction) for every decision on a step. */
public record FlowStepDecided(FlowId flowId, String definitionCode, String subjectType, String subjectId,
                              String stepKey, Decision decision, String actor, String opinion, Instant at) {
}
