package cn.anjian.personnel.supervisors;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.util.List;

import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowOutcomeHandler;
import org.springframework.stereotype.Component;

/**
 * The outcome of the SS-03 appointment and SS-07 renewal flows. Synchronous on purpose: the
 * province's approval and the certificate it issues commit together, so there is never an approved
 * proposal without a certificate.
 */
@Component
@RequiredArgsConstructor
class ProposalOutcomeListener implements FlowOutcomeHandler {

    private final SupervisorService service;
    private final Clock clock;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(WorkflowProposalFlows.APPOINTMENT, WorkflowProposalFlows.RENEWAL);
    }

    @Override
    public void completed(FlowCompleted e) {
        service.flowFinished(e.flowId().value(), e.approved(), e.at() == null ? clock.instant() : e.at());
    }
}
