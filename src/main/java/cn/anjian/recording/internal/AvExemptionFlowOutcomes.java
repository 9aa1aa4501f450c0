package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowOutcomeHandler;
import org.springframework.stereotype.Component;

/** REC-04: the unit head's decision on an art. 14(三) reason reaches the activity in the deciding transaction. */
@Component
@RequiredArgsConstructor
class AvExemptionFlowOutcomes implements FlowOutcomeHandler {

    private final AvExemptions exemptions;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(AvExemptions.FLOW);
    }

    @Override
    public void completed(FlowCompleted outcome) {
        exemptions.decided(outcome);
    }
}
