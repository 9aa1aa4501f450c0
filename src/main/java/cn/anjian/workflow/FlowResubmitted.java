package cn.anjian.workflow;

import java.time.Instant;

/** Published when the initiator resubmitted a returned flow; it starts again at the first step. */
public record FlowResubmitted(FlowId flowId, String definitionCode, String subjectType, String subjectId,
                              String actor, String note, Instant at) {
}
