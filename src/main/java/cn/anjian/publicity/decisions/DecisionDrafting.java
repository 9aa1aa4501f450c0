package cn.anjian.publicity.decisions;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseDecision.DecisionKind;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.CaseStageChanged;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.DecisionIssued;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.publicity.decisions.EntryEnums.Kind;
import cn.anjian.recording.DecisionClassifications;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * PUB-04: a result after enforcement is drafted automatically when a case's decision is issued (enforcement's
 * {@link DecisionIssued}; listened to, never called): after the decision commits, in its own transaction, once per
 * decision (a redelivered event finds the entry and does nothing). The text is minimised and masked here (PUB-12,
 * {@link PersonalData}), and the PUB-06 publication deadline of 20 working days opens from the moment it was formed.
 */
@Component
@RequiredArgsConstructor
class DecisionDrafting {

    /** PUB-06 (公示 art. 13(1)): fixed by the regulation's text. */
    static final int PUBLICATION_WORKING_DAYS = 20;

    private final DecisionEntryRepository entries;
    private final Cases cases;
    private final Agencies agencies;
    private final Deadlines deadlines;
    private final DecisionClassifications classifications;

    @ApplicationModuleListener
    void on(DecisionIssued e) {
        String source = "decision:" + e.caseId() + ":" + (e.documentNumber() == null ? e.at().toEpochMilli() : e.documentNumber());
        if (entries.findBySourceRef(source).isPresent()) {
            return;
        }
        CaseRef c = cases.find(e.caseId()).orElse(null);
        if (c == null) {
            return;
        }
        save(draft(source, c, agencies.get(c.agencyId()), e), e.at());
    }

    /**
     * PUB-04 (inspection): an inspection case closed without any decision is a result too — target, date, items and
     * "no problem requiring a decision"; a case that had a decision already has its entry from {@link DecisionIssued}.
     */
    @ApplicationModuleListener
    void on(CaseStageChanged e) {
        if (e.to() != CaseStage.CLOSURE || entries.existsByCaseId(e.caseId())) {
            return;
        }
        CaseRef c = cases.find(e.caseId()).orElse(null);
        if (c == null || c.kind() != CaseKind.INSPECTION) {
            return;
        }
        Agency agency = agencies.get(c.agencyId());
        PersonalData pd = PersonalData.of(c.enterpriseId() == null ? c.partyName() : null);
        String party = c.enterpriseId() == null ? pd.maskedName() : c.partyName();
        Kind kind = Kind.INSPECTION;
        save(new DecisionEntry.Draft("inspection:" + e.caseId(), c.id(), c.caseNumber(), agency.id(),
                cases.undertakingUnitId(c.id()).orElse(null), agency.name(), agency.jurisdictionId(), c.scopePath(), kind,
                clip(agency.name() + kind.label() + "公示（" + (party == null ? "" : party) + "）", 200), party == null ? "—" : party,
                null, LocalDate.ofInstant(e.at(), Zones.SHANGHAI), "检查未发现需要作出处理决定的违法行为和事故隐患", null,
                pd.mask(clip(c.title(), 2000)) + "；检查结束，未作出处理决定", null), e.at());
    }

    /**
     * REC-12 / PUB-05: a classified decision is held as exempted with its legal ground, its content not even copied into
     * publicity's table (only the case and the kind, for the archive), its deadline waived.
     */
    private void save(DecisionEntry.Draft draft, java.time.Instant at) {
        Secrecy secrecy = Secrecy.of(classifications.ofDecision(draft.caseId()));
        DecisionEntry.Draft d0 = secrecy.classified() ? withheld(draft) : draft;
        DecisionEntry entry = entries.save(DecisionEntry.draft(d0, at));
        DeadlineId d = deadlines.open(new NewDeadline("decision-entry", entry.id().toString(), "PUB-06", null, entry.ownerUnitId(),
                entry.jurisdictionId(), entry.scopePath(), Period.workingDays(PUBLICATION_WORKING_DAYS), at,
                "执法决定公示：" + entry.title()));
        entry.drafted(d.value());
        if (secrecy.classified()) {
            entry.exempt(secrecy.ground(), "system");
        }
        entries.save(entry);
        if (secrecy.classified()) {
            deadlines.waive(d, "涉及" + secrecy.label() + "，依法不予公开");
        }
    }

    private static DecisionEntry.Draft withheld(DecisionEntry.Draft d) {
        return new DecisionEntry.Draft(d.sourceRef(), d.caseId(), d.caseNumber(), d.ownerAgencyId(), d.ownerUnitId(), d.ownerName(),
                d.jurisdictionId(), d.scopePath(), d.kind(), clip(d.ownerName() + d.kind().label() + "（依法不予公开）", 200), "—",
                d.documentNumber(), d.decidedOn(), null, null, null, null);
    }

    private DecisionEntry.Draft draft(String source, CaseRef c, Agency agency, DecisionIssued e) {
        CaseDecision d = e.decision();
        Kind kind = kind(c.kind(), d.kind());
        PersonalData pd = PersonalData.of(c.enterpriseId() == null ? c.partyName() : null);
        String party = c.enterpriseId() == null ? pd.maskedName() : c.partyName();
        String title = clip(agency.name() + kind.label() + "公示（" + (party == null ? "" : party) + "）", 200);
        return new DecisionEntry.Draft(source, c.id(), c.caseNumber(), agency.id(), cases.undertakingUnitId(c.id()).orElse(null),
                agency.name(), agency.jurisdictionId(), c.scopePath(), kind, title, party == null ? "—" : party,
                e.documentNumber(), LocalDate.ofInstant(e.at(), Zones.SHANGHAI),
                kind.factsLabel() == null ? null : pd.mask(clip(d.summary(), 4000)), pd.mask(clip(d.legalBasis(), 2000)),
                pd.mask(clip(decisionText(kind, d), 2000)), resultText(kind, d));
    }

    static Kind kind(CaseKind caseKind, DecisionKind k) {
        return switch (k) {
            case PENALTY, NO_PENALTY -> Kind.PENALTY;
            case COERCIVE_MEASURE, COERCIVE_EXECUTION -> Kind.COERCIVE;
            case LICENCE_GRANT, LICENCE_REFUSAL -> Kind.LICENCE;
            case RECTIFICATION -> caseKind == CaseKind.LICENCE ? Kind.LICENCE : Kind.INSPECTION;
        };
    }

    private static String decisionText(Kind kind, CaseDecision d) {
        List<String> parts = new ArrayList<>();
        if (kind != Kind.INSPECTION) {
            parts.add(d.kind().label());
        } else {
            parts.add("责令限期整改");
        }
        if (d.measures() != null) {
            parts.addAll(d.measures());
        }
        if (d.fineYuan() != null && d.fineYuan().signum() > 0) {
            parts.add("罚款人民币 " + yuan(d.fineYuan()) + " 元");
        }
        if (d.confiscationYuan() != null && d.confiscationYuan().signum() > 0) {
            parts.add("没收违法所得 " + yuan(d.confiscationYuan()) + " 元");
        }
        if (kind == Kind.INSPECTION && d.rectifyBy() != null) {
            parts.add("限 " + d.rectifyBy() + " 前整改完毕");
        }
        return String.join("；", parts);
    }

    private static String resultText(Kind kind, CaseDecision d) {
        return switch (kind) {
            case COERCIVE -> "已依法实施";
            case LICENCE -> d.kind() == DecisionKind.LICENCE_REFUSAL ? "不予许可" : "以许可证件载明的有效期为准";
            default -> null;
        };
    }

    private static String yuan(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    static String clip(String s, int max) {
        if (s == null) {
            return null;
        }
        return s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }
}
