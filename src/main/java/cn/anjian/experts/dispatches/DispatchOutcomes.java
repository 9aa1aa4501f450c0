package cn.anjian.experts.dispatches;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowOutcomeHandler;
import org.springframework.stereotype.Component;

/** The outcomes of the expert-use flows reach their subjects inside the deciding transaction. */
@Component
@RequiredArgsConstructor
class DispatchOutcomes implements FlowOutcomeHandler {

    private final DispatchRepository dispatches;
    private final FixedExperts fixed;
    private final UseApplications applications;
    private final Clock clock;

    @Override
    public List<FlowDefinition> definitions() {
        return DispatchFlows.ALL;
    }

    @Override
    public void completed(FlowCompleted e) {
        Instant at = e.at() == null ? clock.instant() : e.at();
        String by = e.actor() == null ? "system" : e.actor();
        String code = e.definitionCode();
        if (code.equals(DispatchFlows.FIXED.code())) {
            fixed.decided(e, at);
        } else if (code.equals(DispatchFlows.USE_APPLICATION.code())) {
            applications.decided(e);
        } else if (code.equals(DispatchFlows.REIMBURSEMENT.code())) {
            dispatches.findByReimburseFlowId(e.flowId().value()).ifPresent(d -> {
                d.reimbursementDecided(e.approved(), at, by);
                dispatches.save(d);
            });
        } else {
            dispatches.findByFlowId(e.flowId().value()).ifPresent(d -> {
                d.decided(e.approved(), e.opinion(), at, by);
                dispatches.save(d);
                if (e.approved() && d.replacesId() != null) {
                    dispatches.findById(d.replacesId()).ifPresent(old -> {
                        old.replaced(by);
                        dispatches.save(old);
                    });
                }
            });
        }
    }
}
