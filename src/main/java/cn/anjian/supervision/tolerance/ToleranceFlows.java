package cn.anjian.supervision.tolerance;

import java.time.Clock;
import java.util.EnumSet;
import java.util.List;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Actor;
import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowOutcomeHandler;
import cn.anjian.workflow.FlowSubjectProvider;
import cn.anjian.workflow.FlowSummary;
import cn.anjian.workflow.FlowView;
import cn.anjian.workflow.StepDefinition;
import org.springframework.stereotype.Component;

/**
 * COR-04 on the one approval mechanism: the legal unit reviews the grounds, the director decides (four eyes: whoever
 * files the application decides no step). The outcome handler records the decision with its reasons in the deciding
 * transaction (an approval without reasons is vetoed); the subject provider shows the grounds above the decision box.
 */
@Component
@RequiredArgsConstructor
class ToleranceFlows implements FlowOutcomeHandler, FlowSubjectProvider {

    static final FlowDefinition FLOW = new FlowDefinition("supervision-tolerance", "容错纠错与尽职免责认定",
            new StepDefinition("legal", "法制机构审核", "LEGAL_REVIEWER", AgencyTarget.SAME_AGENCY,
                    EnumSet.of(Decision.APPROVE, Decision.REJECT), null),
            new StepDefinition("director", "局长决定", "DIRECTOR", AgencyTarget.SAME_AGENCY,
                    EnumSet.of(Decision.APPROVE, Decision.REJECT), null));

    private final ToleranceRepository applications;
    private final Clock clock;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(FLOW);
    }

    @Override
    public void completed(FlowCompleted e) {
        applications.findByFlowId(e.flowId().value()).ifPresent(a -> {
            a.decide(e.approved(), e.opinion(), e.at() == null ? clock.instant() : e.at(), e.actor() == null ? "system" : e.actor());
            applications.save(a);
        });
    }

    @Override
    public boolean mayRead(FlowView flow, Actor actor) {
        return actor.hasPermission("supervision:read") && actor.scope().covers(flow.scopePath());
    }

    @Override
    public FlowSummary summary(FlowView flow, Actor actor) {
        FlowSummary.Builder b = FlowSummary.builder();
        long id;
        try {
            id = Long.parseLong(flow.subjectId());
        } catch (NumberFormatException ex) {
            return b.build();
        }
        applications.findById(id).ifPresent(a -> {
            b.fact("类别", a.kind().label()).fact("执法人员", a.personName()).fact("事项", a.matter())
                    .fact("申请", a.requested().label()).fact("勤勉尽责", a.diligentNote()).fact("合法合规", a.lawfulNote())
                    .fact("未谋取私利", a.noPrivateGainNote());
            if (a.boundary() != null) {
                b.fact("执法责任边界", a.boundary()).fact("履职内容", a.duties()).fact("追责条件", a.accountability());
            }
        });
        return b.build();
    }
}
