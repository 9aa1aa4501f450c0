package cn.anjian.enforcement.plans;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowOutcomeHandler;
import cn.anjian.workflow.FlowReturned;
import org.springframework.stereotype.Component;

/** The director's decision on an annual plan (CASE-06) reaches the plan in the deciding transaction. */
@Component
@RequiredArgsConstructor
class PlanFlowOutcomes implements FlowOutcomeHandler {

    private final InspectionPlans plans;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(InspectionPlans.APPROVAL);
    }

    @Override
    public void completed(FlowCompleted outcome) {
        plans.decided(outcome);
    }

    @Override
    public void returned(FlowReturned returned) {
        plans.returned(returned);
    }
}
