package cn.anjian.recording.internal;

import java.util.List;

import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowOutcomeHandler;
import org.springframework.stereotype.Component;

/** REC-04: the unit head's decision on an art. 14(三) reason reaches the activity in the deciding transaction. */
@Component
class AvExemptionFlowOutcomes implements FlowOutcomeHandler {

    private final AvExemptions exemptions;

    AvExemptionFlowOutcomes(AvExemptions exemptions) {
        this.exemptions = exemptions;
    }

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(AvExemptions.FLOW);
    }

    @Override
    public void completed(FlowCompleted outcome) {
        exemptions.decided(outcome);
    }
}
