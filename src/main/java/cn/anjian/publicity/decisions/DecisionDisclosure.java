package cn.anjian.publicity.decisions;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.publicity.decisions.EntryEnums.RevisionKind;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the undertaking unit and the office do with a drafted result (needs {@code disclosure:manage}): submit it for the
 * office's review and the director's approval (PUB-11), exempt it citing the legal ground (PUB-05), revise a published
 * one whose decision was revoked, changed or rescinded (PUB-08), ask to withdraw one published three years (PUB-07).
 * A classified decision (REC-12) is refused at submission. Each loads the entry in the actor's scope (404 otherwise), calls its transition, saves (a concurrent change: 409).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class DecisionDisclosure {

    private final DecisionEntryRepository entries;
    private final Workflows workflows;
    private final Deadlines deadlines;
    private final Clock clock;
    private final cn.anjian.recording.DecisionClassifications classifications;

    DecisionEntry load(Actor actor, long id) {
        return entries.findById(id).filter(e -> actor.scope().covers(e.scopePath()))
                .orElseThrow(() -> BusinessException.notFound("公示信息"));
    }

    /** PUB-11: to the office's review; the submitter can never decide it (four eyes). */
    @Transactional
    public void submit(Actor actor, long id) {
        DecisionEntry e = load(actor, id);
        e.submit(0L, actor.username(), Secrecy.of(classifications.ofDecision(e.caseId()))); // checked before the flow starts
        FlowId flow = workflows.start(DisclosureFlows.DISCLOSURE, "decision-entry", Long.toString(id), "执法决定公示审核：" + e.title(),
                "/publicity/entries/" + id, e.ownerAgencyId(), actor);
        e.flowStarted(flow.value());
        entries.save(e);
    }

    /** PUB-05: exempted with its legal ground; the publication deadline is waived with it. */
    @Transactional
    public void exempt(Actor actor, long id, String ground) {
        DecisionEntry e = load(actor, id);
        String g = Params.text("PUB-05", "免予公开的法律依据", ground, 1000, true);
        e.exempt(g, actor.username());
        entries.save(e);
        if (e.deadlineId() != null) {
            deadlines.waive(new DeadlineId(e.deadlineId()), "依法免予公开：" + g);
        }
    }

    /** PUB-08: the decision was revoked, changed or rescinded — the entry is updated and reviewed again. */
    @Transactional
    public void revise(Actor actor, long id, String kind, String note) {
        DecisionEntry e = load(actor, id);
        RevisionKind k = Params.requiredChoice("PUB-08", RevisionKind.class, "决定的变化情形", kind, RevisionKind::label);
        String text = Params.text("PUB-08", "更正说明", note, 2000, true);
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS); // never after the approval's instant
        if (e.status() != EntryEnums.Status.PUBLISHED) {
            e.revise(k, text, 0L, 0L, now, actor.username()); // refuses with the state's message
        }
        DeadlineId d = deadlines.open(new NewDeadline("decision-entry", Long.toString(id), "PUB-06", null, e.ownerUnitId(),
                e.jurisdictionId(), e.scopePath(), Period.workingDays(DecisionDrafting.PUBLICATION_WORKING_DAYS), now,
                "执法决定公示（更正）：" + e.title()));
        FlowId flow = workflows.start(DisclosureFlows.DISCLOSURE, "decision-entry", Long.toString(id), "执法决定公示更正审核：" + e.title(),
                "/publicity/entries/" + id, e.ownerAgencyId(), actor);
        e.revise(k, text, flow.value(), d.value(), now, actor.username());
        entries.save(e);
    }

    /** PUB-07: ask the undertaking unit head to approve taking it off the portal (three years on it, to the day). */
    @Transactional
    public void requestWithdrawal(Actor actor, long id, String reason) {
        DecisionEntry e = load(actor, id);
        String why = Params.text("PUB-07", "撤下理由", reason, 500, true);
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        if (e.status() != EntryEnums.Status.PUBLISHED || today.isBefore(e.withdrawableFrom())) {
            e.requestWithdrawal(why, 0L, today, actor.username()); // refuses
        }
        FlowId flow = workflows.start(DisclosureFlows.WITHDRAWAL, "decision-entry", Long.toString(id), "执法决定公示撤下：" + e.title(),
                "/publicity/entries/" + id, e.ownerAgencyId(), actor);
        e.requestWithdrawal(why, flow.value(), today, actor.username());
        entries.save(e);
    }
}
