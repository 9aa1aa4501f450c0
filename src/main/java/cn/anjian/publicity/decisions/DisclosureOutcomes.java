package cn.anjian.publicity.decisions;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.publicity.decisions.EntryEnums.Kind;
import cn.anjian.publicity.decisions.EntryEnums.Status;
import cn.anjian.publicity.notices.PublicationKind;
import cn.anjian.publicity.notices.Publications;
import cn.anjian.recording.DecisionClassifications;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowOutcomeHandler;
import org.springframework.stereotype.Component;

/**
 * The decisions on a disclosure, inside the deciding transaction: approved (PUB-11) — the entry goes on the portal (a
 * publication record) or its revision replaces the published text (PUB-08), the PUB-06 deadline is met; the withdrawal
 * approved (PUB-07) — the record leaves the portal, the entry stays in the archive; rejected — back as it was. A decision
 * classified meanwhile (REC-12) cannot be approved: the refusal rolls the deciding transaction back.
 */
@Component
@RequiredArgsConstructor
class DisclosureOutcomes implements FlowOutcomeHandler {

    private final DecisionEntryRepository entries;
    private final Publications publications;
    private final Deadlines deadlines;
    private final Clock clock;
    private final DecisionClassifications classifications;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(DisclosureFlows.DISCLOSURE, DisclosureFlows.WITHDRAWAL);
    }

    @Override
    public void completed(FlowCompleted e) {
        Instant at = e.at() == null ? clock.instant() : e.at();
        String by = e.actor() == null ? "system" : e.actor();
        boolean withdrawal = e.definitionCode().equals(DisclosureFlows.WITHDRAWAL.code());
        DecisionEntry entry = (withdrawal ? entries.findByWithdrawalFlowId(e.flowId().value()) : entries.findByFlowId(e.flowId().value()))
                .orElse(null);
        if (entry == null) {
            return;
        }
        if (!e.approved()) {
            entry.returned(at, by);
        } else if (withdrawal) {
            entry.withdrawn(at, by);
            publications.withdraw(entry.publicationId(), "公示满三年，经承办机构负责人批准撤下");
        } else if (entry.status() == Status.IN_REVIEW) {
            Secrecy secrecy = Secrecy.of(classifications.ofDecision(entry.caseId()));
            entry.refuseClassified(secrecy); // REC-12: refused (the approval rolls back) before anything is published
            Long publication = publications.publish(new Publications.NewPublication(entry.ownerAgencyId(), entry.ownerName(),
                    entry.jurisdictionId(), entry.scopePath(), kind(entry.kind()), entry.title(), EntryText.content(entry),
                    "publicity", "decision-entry", entry.id().toString()));
            entry.approved(publication, at, by, secrecy);
            met(entry, at);
        } else {
            entry.approved(null, at, by, Secrecy.of(classifications.ofDecision(entry.caseId())));
            publications.revise(entry.publicationId(), EntryText.content(entry));
            met(entry, at);
        }
        entries.save(entry);
    }

    private void met(DecisionEntry entry, Instant at) {
        if (entry.deadlineId() != null) {
            deadlines.markMet(new DeadlineId(entry.deadlineId()), at);
        }
    }

    static PublicationKind kind(Kind k) {
        return switch (k) {
            case LICENCE -> PublicationKind.LICENCE_RESULT;
            case PENALTY -> PublicationKind.PENALTY_RESULT;
            case COERCIVE -> PublicationKind.COERCIVE_RESULT;
            case INSPECTION -> PublicationKind.INSPECTION_RESULT;
        };
    }
}
