package cn.anjian.workflow;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import cn.anjian.kernel.BusinessException;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A subject module's listener as the {@link Workflows} documentation recommends: a plain
 * {@code @EventListener}, synchronous in the deciding transaction. It records what it hears for the
 * test flows and vetoes the completion of {@code test-veto} flows, proving that a listener's refusal
 * rolls the decision back. It reacts only to definitions starting with {@code test-}.
 */
@Component
class WorkflowTestListener {

    final List<Object> heard = new CopyOnWriteArrayList<>();

    @EventListener
    void on(FlowStepDecided e) {
        if (e.definitionCode().startsWith("test-")) {
            heard.add(e);
        }
    }

    @EventListener
    void on(FlowCompleted e) {
        if (e.definitionCode().equals("test-veto")) {
            throw new BusinessException("TEST-VETO", "业务模块拒绝：计划已作废");
        }
        if (e.definitionCode().startsWith("test-")) {
            heard.add(e);
        }
    }
}
