package cn.anjian.workflow;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.anjian.kernel.BusinessException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A subject module's outcome handler for the test flows, synchronous in the deciding transaction. It
 * records what it hears and vetoes the completion of {@code test-veto} flows, proving that a handler's
 * refusal rolls the decision back; it also listens to every step decided.
 */
@Component
class WorkflowTestListener implements FlowOutcomeHandler {

    final List<Object> heard = new CopyOnWriteArrayList<>();

    @EventListener
    void on(FlowStepDecided e) {
        if (e.definitionCode().startsWith("test-")) {
            heard.add(e);
        }
    }

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(WorkflowsTests.CHAIN, WorkflowsTests.ESCALATE, WorkflowsTests.VETO);
    }

    @Override
    public void completed(FlowCompleted e) {
        if (e.definitionCode().equals("test-veto")) {
            throw new BusinessException("TEST-VETO", "业务模块拒绝：计划已作废");
        }
        if (e.definitionCode().startsWith("test-")) {
            heard.add(e);
        }
    }
}
