package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowOutcomeHandler;
import org.springframework.stereotype.Component;

/** The head's decision on extending a case time limit (CASE-13) reaches the case in the deciding transaction. */
@Component
@RequiredArgsConstructor
class ExtensionFlowOutcomes implements FlowOutcomeHandler {

    private final TimeLimitExtensions extensions;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(TimeLimitExtensions.FLOW);
    }

    @Override
    public void completed(FlowCompleted outcome) {
        extensions.decided(outcome);
    }
}
