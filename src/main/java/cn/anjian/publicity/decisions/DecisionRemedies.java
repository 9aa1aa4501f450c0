package cn.anjian.publicity.decisions;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.DecisionCorrected;
import cn.anjian.enforcement.DecisionRemedied;
import cn.anjian.enforcement.RemedyKind;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.publicity.decisions.EntryEnums.RevisionKind;
import cn.anjian.publicity.decisions.EntryEnums.Status;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * PUB-08 (公示 art. 13(2)) without anyone remembering it: when a reconsideration or lawsuit revokes, varies or confirms
 * illegal the case's decision (enforcement's {@link DecisionRemedied}), the decision's entry is corrected with an
 * explanation composed from the structured outcome (body, date, outcome — never the officer's free-text note). A
 * published entry's correction goes through the same office review and director approval as the first disclosure
 * (公开 art. 6: every disclosed content is reviewed; art. 7: changes are updated promptly), started in the name of the
 * officer who recorded the outcome, who therefore cannot approve it; the changed information opens a new PUB-06 deadline.
 * Once per remedy: a redelivered event finds the entry revised from it and does nothing.
 */
@Component
@RequiredArgsConstructor
class DecisionRemedies {

    private final DecisionEntryRepository entries;
    private final Cases cases;
    private final Deadlines deadlines;
    private final Workflows workflows;
    private final ActingUsers users;
    private final Clock clock;

    @ApplicationModuleListener
    void on(DecisionRemedied e) {
        RevisionKind k = revisionKind(e);
        if (k == null) {
            return; // upheld, dismissed, withdrawn, ordered: the published decision stands
        }
        CaseRef c = cases.find(e.caseId()).orElse(null);
        PersonalData pd = PersonalData.of(c == null || c.enterpriseId() != null ? null : c.partyName());
        String note = pd.mask(explanation(e));
        String source = "remedy:" + e.remedyId();
        for (DecisionEntry entry : entries.findByCaseId(e.caseId())) {
            if (!entry.sourceRef().startsWith("decision:") || source.equals(entry.revisionSource())
                    || entry.status() == Status.EXEMPTED || entry.status() == Status.WITHDRAWN
                    || entry.status() == Status.WITHDRAWAL_REVIEW) {
                continue;
            }
            revise(entry, k, note, source, "决定经" + e.kind().label() + "发生变化，公示期限重新起算", e.actor());
        }
    }

    /**
     * COR-02 / PUB-08: a penalty corrected on a supervision correction order (处罚依据不当、程序有误) — the entry is
     * corrected ("变更") with a reason composed from the structured order (who ordered it, when), through the same
     * review as any correction. Once per order ({@code revisionSource}).
     */
    @ApplicationModuleListener
    void on(DecisionCorrected e) {
        CaseRef c = cases.find(e.caseId()).orElse(null);
        PersonalData pd = PersonalData.of(c == null || c.enterpriseId() != null ? null : c.partyName());
        String note = pd.mask(correctionNote(e));
        String source = "correction:" + e.sourceRef();
        for (DecisionEntry entry : entries.findByCaseId(e.caseId())) {
            if (!entry.sourceRef().startsWith("decision:") || source.equals(entry.revisionSource())
                    || entry.status() == Status.EXEMPTED || entry.status() == Status.WITHDRAWN
                    || entry.status() == Status.WITHDRAWAL_REVIEW) {
                continue;
            }
            revise(entry, RevisionKind.CHANGED, note, source, "决定经执法监督纠错予以纠正，公示期限重新起算", e.actor());
        }
    }

    /** "2026年12月1日，晋城市应急管理局经执法监督检查，认定本决定处罚依据不当或程序有误，责令纠正，本决定已予纠正。" */
    static String correctionNote(DecisionCorrected e) {
        return Fmt.date(e.correctedOn()) + "，" + (e.orderedBy() == null ? "" : e.orderedBy())
                + "经执法监督检查，认定本决定处罚依据不当或程序有误，责令纠正，本决定已予纠正。";
    }

    private void revise(DecisionEntry entry, RevisionKind k, String note, String source, String waiveReason, String actor) {
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        if (entry.deadlineId() != null && entry.status() != Status.PUBLISHED) {
            deadlines.find(new DeadlineId(entry.deadlineId()))
                    .filter(d -> d.state() != DeadlineState.MET && d.state() != DeadlineState.WAIVED)
                    .ifPresent(d -> deadlines.waive(new DeadlineId(entry.deadlineId()), waiveReason));
        }
        DeadlineId d = deadlines.open(new NewDeadline("decision-entry", entry.id().toString(), "PUB-06", null, entry.ownerUnitId(),
                entry.jurisdictionId(), entry.scopePath(), Period.workingDays(DecisionDrafting.PUBLICATION_WORKING_DAYS), now,
                "执法决定公示（更正）：" + entry.title()));
        String by = actor == null ? "system" : actor;
        Long flow = null;
        if (entry.status() == Status.PUBLISHED) {
            Actor initiator = (actor == null ? java.util.Optional.<Actor>empty() : users.actor(actor)).or(() -> users.actor(entry.submittedBy()))
                    .orElseThrow(() -> new IllegalStateException("no enabled user to start the PUB-08 review of entry " + entry.id()));
            FlowId f = workflows.start(DisclosureFlows.DISCLOSURE, "decision-entry", entry.id().toString(),
                    "执法决定公示更正审核：" + entry.title(), "/publicity/entries/" + entry.id(), entry.ownerAgencyId(), initiator);
            flow = f.value();
            by = initiator.username();
        }
        entry.decisionChanged(k, note, source, flow, d.value(), now, by);
        entries.save(entry);
    }

    static RevisionKind revisionKind(DecisionRemedied e) {
        if (e.outcome() == null || !e.outcome().againstDecision()) {
            return null;
        }
        return switch (e.outcome()) {
            case REVOKED -> RevisionKind.REVOKED;
            case VARIED -> RevisionKind.CHANGED;
            case CONFIRMED_ILLEGAL -> RevisionKind.CONFIRMED_ILLEGAL;
            default -> null;
        };
    }

    /** "2026年12月1日，山西省应急管理厅作出行政复议决定，撤销本决定。" */
    static String explanation(DecisionRemedied e) {
        String act = e.kind() == RemedyKind.LITIGATION ? "作出行政判决" : "作出行政复议决定";
        String what = switch (e.outcome()) {
            case REVOKED -> "撤销本决定";
            case VARIED -> "变更本决定";
            case CONFIRMED_ILLEGAL -> "确认本决定违法";
            default -> e.outcome().label();
        };
        return Fmt.date(e.decidedOn()) + "，" + (e.body() == null ? "" : e.body()) + act + "，" + what + "。";
    }
}
