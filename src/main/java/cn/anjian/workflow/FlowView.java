package cn.anjian.workflow;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Read model of a flow: the resolved steps and the full decision history (the timeline). */
public record FlowView(FlowId id, String definitionCode, String definitionName, String subjectType, String subjectId,
                       String subjectUrl, String title, long initiatingAgencyId, String initiatingAgencyName,
                       long initiatorUserId, String initiatorName, FlowState state, int currentStep, int round,
                       String scopePath, Instant startedAt, Instant finishedAt, List<FlowStepView> steps,
                       List<FlowEntry> entries) {

    /** The step waiting for a decision, when the flow is RUNNING. */
    public Optional<FlowStepView> current() {
        return state == FlowState.RUNNING ? Optional.of(steps.get(currentStep)) : Optional.empty();
    }
}
