package cn.anjian.personnel.supervisors;

import java.time.Clock;

import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.Outcome;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Synchronous on purpose: the province's approval and the certificate it issues (SS-03) commit
 * together, so there is never an approved proposal without a certificate.
 */
@Component
class ProposalOutcomeListener {

    private final SupervisorService service;
    private final Clock clock;

    ProposalOutcomeListener(SupervisorService service, Clock clock) {
        this.service = service;
        this.clock = clock;
    }

    @EventListener
    void on(FlowCompleted e) {
        boolean ours = WorkflowProposalFlows.APPOINTMENT.code().equals(e.definitionCode())
                || WorkflowProposalFlows.RENEWAL.code().equals(e.definitionCode());
        if (ours) {
            service.flowFinished(e.flowId().value(), e.outcome() == Outcome.APPROVED, e.at() == null ? clock.instant() : e.at());
        }
    }
}
