package cn.anjian.notifications.centre;

import java.util.List;

import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowOutcomeHandler;
import cn.anjian.workflow.StepDefinition;
import org.springframework.stereotype.Component;

/** The owner of the test flow the notification tests start (a flow nobody owns cannot start). */
@Component
class NotificationTestFlows implements FlowOutcomeHandler {

    static final FlowDefinition FLOW = new FlowDefinition("test-ntf", "测试审批事项",
            StepDefinition.of("director", "局长审批", "DIRECTOR", AgencyTarget.SAME_AGENCY));

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(FLOW);
    }

    @Override
    public void completed(FlowCompleted e) {
    }
}
