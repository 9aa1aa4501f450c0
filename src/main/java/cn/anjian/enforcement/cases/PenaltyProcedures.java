package cn.anjian.enforcement.cases;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.calendar.WorkingCalendar;
import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;
import cn.anjian.settings.Settings;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-12: prior notice (行政处罚告知书, generated and served through {@link CaseDocuments}), statement and defence,
 * and the hearing of a penalty case; {@link PenaltyProcedureGate} asks {@link #checkDecision} before a penalty
 * decision is issued. Periods in working days come from the calendar; the thresholds and the statement period are
 * settings read on the day of the act.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PenaltyProcedures {

    static final int MAX_TEXT = 2000;
    /** How far back a service on paper may still be registered. */
    static final int LATE_ENTRY_DAYS = 180;

    private final CaseService cases;
    private final CaseDocuments documents;
    private final PenaltyNoticeRepository notices;
    private final WorkingCalendar calendar;
    private final Settings settings;

    /** The procedure of a case in the actor's scope; empty when no notice was served (or not a penalty case). */
    public Optional<PenaltyView> find(Actor actor, long caseId) {
        cases.get(actor, caseId);
        return notices.findByCaseId(caseId).map(PenaltyView::of);
    }

    /** Whether the notice form is offered: a penalty case in the decision stage, no decision and no notice yet. */
    public boolean canNotify(CaseView c) {
        return c.kind() == CaseKind.PENALTY && c.stage() == CaseStage.DECISION && !cases.decisionIssued(c.id())
                && notices.findByCaseId(c.id()).isEmpty();
    }

    /**
     * Generates the 行政处罚告知书 (saying whether the intended penalty carries hearing rights) and records its service
     * today, with its receipt; the statement and hearing-request periods run from today.
     */
    @Transactional
    public PenaltyView notify(Actor actor, long caseId, PenaltyInputs.Notice in) {
        Guards.require(actor, "case:manage");
        CaseView c = cases.get(actor, caseId);
        if (c.kind() != CaseKind.PENALTY) {
            throw new BusinessException("CASE-12-KIND", "只有行政处罚案件需要送达行政处罚告知书");
        }
        if (c.stage() != CaseStage.DECISION || cases.decisionIssued(caseId)) {
            throw new BusinessException("CASE-12-STAGE", "行政处罚告知书在“审查决定”阶段、作出处罚决定之前送达");
        }
        if (notices.findByCaseId(caseId).isPresent()) {
            throw BusinessException.conflict("CASE-12-NOTIFIED", "本案已送达行政处罚告知书");
        }
        if (in == null) {
            throw BusinessException.badInput("CASE-12-MISSING", "请填写行政处罚告知书");
        }
        String facts = required(in.facts(), "违法事实");
        String basis = required(in.basis(), "违反的规定及处罚依据");
        BigDecimal fine = Guards.amount(in.fineYuan(), "拟罚款金额");
        BigDecimal confiscation = Guards.amount(in.confiscationYuan(), "拟没收金额");
        List<String> measures = measures(in.measures());
        if (measures.isEmpty() && zero(fine) && zero(confiscation)) {
            throw BusinessException.badInput("CASE-12-EMPTY", "告知书须载明拟作出的处罚种类或罚没金额");
        }
        if (in.method() == null) {
            throw BusinessException.badInput("CASE-SERVE-METHOD", "请选择送达方式");
        }
        String recipient = required(in.recipient(), "受送达人");
        LocalDate today = cases.today();
        LocalDate servedOn = in.servedOn() == null ? today : in.servedOn();
        // a notice served on paper may be registered later (补登), within LATE_ENTRY_DAYS
        if (servedOn.isAfter(today) || servedOn.isBefore(today.minusDays(LATE_ENTRY_DAYS))) {
            throw BusinessException.badInput("CASE-12-SERVED-ON", "送达日期应在" + Fmt.date(today.minusDays(LATE_ENTRY_DAYS))
                    + "至今天之间（纸质送达的可在 " + LATE_ENTRY_DAYS + " 日内补登）");
        }
        BigDecimal threshold = settings.value(PenaltySeverity.individual(c.partyKind())
                ? PenaltySettings.HEARING_FINE_CITIZEN : PenaltySettings.HEARING_FINE_ORGANISATION, servedOn);
        boolean rights = PenaltySeverity.hearingRights(fine, confiscation, measures, threshold);
        int statementDays = settings.value(PenaltySettings.STATEMENT_WORKING_DAYS, servedOn);
        LocalDate statementUntil = calendar.addWorkingDays(servedOn, statementDays).date();
        LocalDate requestUntil = rights ? calendar.addWorkingDays(servedOn, PenaltyNotice.HEARING_REQUEST_WORKING_DAYS).date() : null;
        PenaltyNotice.Notified n = new PenaltyNotice.Notified(fine, confiscation, measures, rights);
        String intended = CaseDecisions.decisionText(new CaseDecision(caseId, CaseDecision.DecisionKind.PENALTY, measures,
                fine, confiscation, c.partyKind(), null), null) + "。" + rightsText(rights, statementDays);
        CaseDocumentView doc = documents.generate(actor, caseId, "PENALTY_NOTICE",
                new CaseDocuments.DocumentFields(facts, basis, intended, null, null));
        documents.serve(actor, caseId, doc.id(), in.method(), recipient);
        notices.save(PenaltyNotice.served(caseId, doc.id(), doc.documentNumber(), n, servedOn, statementUntil, requestUntil,
                cases.now(), actor.username()));
        return find(actor, caseId).orElseThrow();
    }

    static String rightsText(boolean rights, int statementDays) {
        String s = "你（单位）可在收到本告知书之日起" + statementDays + "个工作日内进行陈述和申辩";
        return rights ? s + "；拟作出的处罚属于听证范围，你（单位）有权要求举行听证，应当在收到本告知书之日起五个工作日内提出，逾期视为放弃听证权利。"
                : s + "。";
    }

    /** The party's statement and defence (or its waiver), received on {@code in.on()}. */
    @Transactional
    public PenaltyView state(Actor actor, long caseId, PenaltyInputs.Statement in) {
        PenaltyNotice p = load(actor, caseId);
        String text = in.waived() ? null : Guards.text(in.text(), MAX_TEXT, "陈述、申辩内容");
        p.state(in.waived(), text, in.on(), cases.today(), actor.username());
        return save(actor, p);
    }

    /** The agency's answer (复核意见) to the statement. */
    @Transactional
    public PenaltyView answer(Actor actor, long caseId, String text) {
        PenaltyNotice p = load(actor, caseId);
        p.answer(Guards.text(text, MAX_TEXT, "复核意见"), cases.now(), actor.username());
        return save(actor, p);
    }

    /** A hearing request received on {@code on} (5 working days from service, 第六十四条). */
    @Transactional
    public PenaltyView requestHearing(Actor actor, long caseId, LocalDate on) {
        PenaltyNotice p = load(actor, caseId);
        p.requestHearing(on, cases.today(), actor.username());
        return save(actor, p);
    }

    /** The 听证通知书, generated and served today, at least 7 working days before the hearing. */
    @Transactional
    public PenaltyView noticeHearing(Actor actor, long caseId, PenaltyInputs.HearingNotice in) {
        PenaltyNotice p = load(actor, caseId);
        if (in.hearingDate() == null) {
            throw BusinessException.badInput("CASE-12-DATE", "请填写听证日期");
        }
        String place = required(in.place(), "听证地点");
        String presider = required(in.presider(), "听证主持人");
        if (in.method() == null) {
            throw BusinessException.badInput("CASE-SERVE-METHOD", "请选择送达方式");
        }
        String recipient = required(in.recipient(), "受送达人");
        LocalDate today = cases.today();
        LocalDate servedOn = in.servedOn() == null ? today : in.servedOn();
        if (servedOn.isAfter(today) || servedOn.isBefore(p.hearingRequestedOn() == null ? p.servedOn() : p.hearingRequestedOn())) {
            throw BusinessException.badInput("CASE-12-SERVED-ON", "听证通知书送达日期应在听证申请之日至今天之间");
        }
        LocalDate earliest = calendar.addWorkingDays(servedOn, PenaltyNotice.HEARING_NOTICE_WORKING_DAYS).date();
        p.checkHearingNotice(in.hearingDate(), earliest, servedOn);
        CaseView c = cases.get(actor, caseId);
        Map<String, Object> model = documents.fill(c, CaseDocuments.DocumentFields.none());
        model.put("hearingDate", in.hearingDate());
        model.put("hearingPlace", place);
        model.put("presider", presider);
        CaseDocumentView doc = documents.issue(actor, c, "HEARING_NOTICE", model);
        documents.serve(actor, caseId, doc.id(), in.method(), recipient);
        p.noticeHearing(in.hearingDate(), place, servedOn, earliest, doc.documentNumber(), actor.username());
        return save(actor, p);
    }

    /** The hearing was held: its 听证笔录 is generated and filed. */
    @Transactional
    public PenaltyView recordHearing(Actor actor, long caseId, PenaltyInputs.HearingRecord in) {
        PenaltyNotice p = load(actor, caseId);
        String record = required(in.record(), "听证笔录内容");
        LocalDate today = cases.today();
        p.checkHeld(in.heldOn(), today);
        CaseView c = cases.get(actor, caseId);
        Map<String, Object> model = documents.fill(c, new CaseDocuments.DocumentFields(record, null, null, null, null));
        model.put("hearingDate", in.heldOn());
        model.put("hearingPlace", p.hearingPlace());
        CaseDocumentView doc = documents.issue(actor, c, "HEARING_RECORD", model);
        p.held(in.heldOn(), today, doc.documentNumber(), actor.username());
        return save(actor, p);
    }

    /** The 听证报告 with the presider's opinion is generated and filed (第六十五条). */
    @Transactional
    public PenaltyView reportHearing(Actor actor, long caseId, PenaltyInputs.HearingReport in) {
        PenaltyNotice p = load(actor, caseId);
        String summary = required(in.summary(), "听证基本情况");
        String opinion = required(in.opinion(), "处理意见及建议");
        p.checkReport();
        CaseView c = cases.get(actor, caseId);
        Map<String, Object> model = documents.fill(c, new CaseDocuments.DocumentFields(summary, null, opinion, null, null));
        model.put("hearingDate", p.hearingHeldOn());
        CaseDocumentView doc = documents.issue(actor, c, "HEARING_REPORT", model);
        p.reported(opinion, doc.documentNumber(), actor.username());
        return save(actor, p);
    }

    /** CASE-12 gate of a penalty decision (asked by {@link PenaltyProcedureGate} inside the issuing transaction). */
    void checkDecision(long caseId, CaseDecision d) {
        PenaltyNotice p = notices.findByCaseId(caseId).orElseThrow(() -> new BusinessException("CASE-12-NO-NOTICE",
                "作出行政处罚决定前，须先在“处罚告知、陈述申辩与听证”中制作并登记送达行政处罚告知书，告知拟作出的处罚内容及事实、理由、依据和当事人的权利"));
        p.checkDecision(d.fineYuan(), d.confiscationYuan(), d.measures(), cases.today());
    }

    private PenaltyNotice load(Actor actor, long caseId) {
        Guards.require(actor, "case:manage");
        CaseView c = cases.get(actor, caseId);
        if (cases.decisionIssued(caseId) || c.stage().compareTo(CaseStage.DECISION) > 0) {
            throw new BusinessException("CASE-12-STAGE", "本案已作出决定，不能再登记告知、陈述申辩或听证");
        }
        return notices.findByCaseId(caseId).orElseThrow(() -> new BusinessException("CASE-12-NO-NOTICE",
                "本案尚未送达行政处罚告知书"));
    }

    private PenaltyView save(Actor actor, PenaltyNotice p) {
        try {
            notices.save(p); // publishes the audit entry
        } catch (OptimisticLockingFailureException e) {
            throw BusinessException.conflict("CASE-12-CONCURRENT", "该案件的告知、听证记录已被他人修改，请刷新后重试");
        }
        return find(actor, p.caseId()).orElseThrow();
    }

    private static String required(String v, String label) {
        String s = Guards.text(v, MAX_TEXT, label);
        if (s == null) {
            throw BusinessException.badInput("CASE-12-REQUIRED", "请填写" + label);
        }
        return s;
    }

    private static List<String> measures(List<String> in) {
        List<String> out = new ArrayList<>();
        if (in != null) {
            if (in.size() > CaseDecisions.MAX_MEASURES) {
                throw BusinessException.badInput("CASE-DECISION-MEASURES", "处罚种类不能超过 " + CaseDecisions.MAX_MEASURES + " 项");
            }
            for (String m : in) {
                String s = Guards.text(m == null ? null : m.replace('\n', ' '), CaseDecisions.MAX_MEASURE, "处罚种类");
                if (s != null) {
                    out.add(s);
                }
            }
        }
        return out;
    }

    private static boolean zero(BigDecimal v) {
        return v == null || v.signum() == 0;
    }
}
