package cn.anjian.mines.planner;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowSubjectProvider;
import cn.anjian.workflow.FlowSummary;
import cn.anjian.workflow.FlowView;
import org.springframework.stereotype.Component;

/** What an approver of an assignment plan sees, and who may read it (mine:read in scope). */
@Component
@RequiredArgsConstructor
class MinePlanFlowSubjects implements FlowSubjectProvider {

    private final AssignmentPlanRepository repository;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(MinePlanApproval.FLOW);
    }

    @Override
    public boolean mayRead(FlowView flow, Actor actor) {
        return actor.hasPermission("mine:read") && actor.scope().covers(flow.scopePath());
    }

    @Override
    public FlowSummary summary(FlowView flow, Actor actor) {
        FlowSummary.Builder b = FlowSummary.builder();
        repository.findById(Long.parseLong(flow.subjectId())).ifPresent(p -> {
            PlanOutcome o = PlanStore.outcome(p);
            b.fact("方案年度", p.planYear() + " 年");
            if (o != null) {
                b.fact("派驻矿山", o.assignments().size() + " 座").fact("煤矿监管组", o.groups().size() + " 个")
                        .fact("未足额配备", o.unstaffed().isEmpty() ? "无" : o.unstaffed().size() + " 座");
            }
        });
        return b.build();
    }
}
