package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowOutcomeHandler;
import org.springframework.stereotype.Component;

/** The approvals of CASE-14 (sealing/seizure extension) and CASE-15 (deferral, instalments), in the deciding transaction. */
@Component
@RequiredArgsConstructor
class CoercionFlowOutcomes implements FlowOutcomeHandler {

    private final Seizures seizures;
    private final PaymentPlans plans;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(Seizures.EXTENSION_FLOW, PaymentPlans.FLOW);
    }

    @Override
    public void completed(FlowCompleted outcome) {
        if (Seizures.EXTENSION_FLOW.code().equals(outcome.definitionCode())) {
            seizures.extensionDecided(outcome);
        } else {
            plans.decided(outcome);
        }
    }
}
