package cn.anjian.reporting.briefings;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowOutcomeHandler;
import cn.anjian.workflow.FlowSubjectProvider;
import cn.anjian.workflow.FlowSummary;
import cn.anjian.workflow.FlowView;
import org.springframework.stereotype.Component;

/** SS-06 on the workflow: approved → generated and delivered in the deciding transaction; rejected → back to drafting. */
@Component
@RequiredArgsConstructor
class BriefingFlows implements FlowOutcomeHandler, FlowSubjectProvider {

    private final BriefingRepository briefings;
    private final BriefingDelivery delivery;
    private final Clock clock;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(Briefings.FLOW);
    }

    @Override
    public void completed(FlowCompleted e) {
        briefings.findByFlowId(e.flowId().value()).ifPresent(b -> {
            String by = e.actor() == null ? "system" : e.actor();
            if (e.approved()) {
                delivery.deliver(b, by, e.at() == null ? clock.instant() : e.at());
            } else {
                b.rejected(by);
            }
            briefings.save(b);
        });
    }

    @Override
    public boolean mayRead(FlowView flow, Actor actor) {
        return actor.hasPermission("stat-register:read") && actor.scope().covers(flow.scopePath());
    }

    @Override
    public FlowSummary summary(FlowView flow, Actor actor) {
        FlowSummary.Builder s = FlowSummary.builder();
        try {
            briefings.findById(Long.parseLong(flow.subjectId())).ifPresent(b -> s.fact("通报期间", b.period()).fact("标题", b.title())
                    .fact("通报内容", b.body() == null ? "" : b.body()));
        } catch (NumberFormatException ex) {
            // not a briefing id: nothing to show
        }
        return s.build();
    }
}
