package cn.anjian.workflow;

import java.time.Instant;

/** Published (inside the deciding transaction) when the last step approved or any step rejected. */
public record FlowCompleted(FlowId flowId, String definitionCode, String subjectType, String subjectId,
                            Outcome outcome, String actor, String opinion, Instant at) implements FlowSubjectEvent {

    public FlowCompleted(FlowId flowId, String definitionCode, String subjectType, String subjectId, Outcome outcome) {
        this(flowId, definitionCode, subjectType, subjectId, outcome, null, null, null);
    }

    public boolean approved() {
        return outcome == Outcome.APPROVED;
    }
}
