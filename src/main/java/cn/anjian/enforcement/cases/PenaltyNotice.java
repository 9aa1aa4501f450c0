package cn.anjian.enforcement.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * CASE-12 (行政处罚法第四十四条、第四十五条、第六十三条至第六十五条): the served 行政处罚告知书 of a penalty case, the party's
 * statement and defence and its answer, and the hearing (requested within 5 working days of service, noticed at
 * least 7 working days before, held, reported). Dates that need the working-day calendar are computed by the
 * service and handed in; every transition checks the state and refuses before changing anything.
 */
@Table("enf_penalty_notice")
class PenaltyNotice extends AbstractAggregateRoot<PenaltyNotice> {

    enum StatementStatus { PENDING, WAIVED, STATED }

    enum HearingStatus { NONE, AVAILABLE, REQUESTED, NOTICED, HELD, REPORTED }

    /** The law's periods (第六十四条, 第八十五条: working days), fixed by its text. */
    static final int HEARING_REQUEST_WORKING_DAYS = 5;
    static final int HEARING_NOTICE_WORKING_DAYS = 7;

    @Id
    private Long id;
    @Version
    private Integer version;
    private long caseId;
    private long noticeDocumentId;
    private String noticeNumber;
    private BigDecimal notifiedFineYuan;
    private BigDecimal notifiedConfiscationYuan;
    private String notifiedMeasures;
    private int notifiedRank;
    private boolean hearingRights;
    private LocalDate servedOn;
    private LocalDate statementUntil;
    private LocalDate hearingRequestUntil;
    private StatementStatus statementStatus;
    private String statement;
    private LocalDate statedOn;
    private String answer;
    private Instant answeredAt;
    private String answeredBy;
    private HearingStatus hearingStatus;
    private LocalDate hearingRequestedOn;
    private LocalDate hearingDate;
    private String hearingPlace;
    private LocalDate hearingNoticeServedOn;
    private String hearingNoticeNumber;
    private LocalDate hearingHeldOn;
    private String hearingRecordNumber;
    private String hearingReportNumber;
    private String hearingOpinion;
    private Instant createdAt;
    private String createdBy;

    @PersistenceCreator
    private PenaltyNotice() {
    }

    /** What the notice told the party the decision would be (the ceiling of the decision, 第四十五条第二款). */
    record Notified(BigDecimal fineYuan, BigDecimal confiscationYuan, List<String> measures, boolean hearingRights) {
    }

    /** The notice was generated and served on {@code servedOn}; the periods are computed by the calendar. */
    static PenaltyNotice served(long caseId, long documentId, String number, Notified n, LocalDate servedOn,
                                LocalDate statementUntil, LocalDate hearingRequestUntil, Instant at, String by) {
        PenaltyNotice p = new PenaltyNotice();
        p.caseId = caseId;
        p.noticeDocumentId = documentId;
        p.noticeNumber = number;
        p.notifiedFineYuan = n.fineYuan();
        p.notifiedConfiscationYuan = n.confiscationYuan();
        p.notifiedMeasures = String.join("\n", n.measures());
        p.notifiedRank = PenaltySeverity.rank(n.measures());
        p.hearingRights = n.hearingRights();
        p.servedOn = servedOn;
        p.statementUntil = statementUntil;
        p.hearingRequestUntil = n.hearingRights() ? hearingRequestUntil : null;
        p.statementStatus = StatementStatus.PENDING;
        p.hearingStatus = n.hearingRights() ? HearingStatus.AVAILABLE : HearingStatus.NONE;
        p.createdAt = at;
        p.createdBy = by;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("caseId", caseId);
        after.put("noticeNumber", number);
        after.put("fineYuan", n.fineYuan() == null ? null : n.fineYuan().toPlainString());
        after.put("measures", n.measures());
        after.put("hearingRights", n.hearingRights());
        after.put("servedOn", servedOn.toString());
        after.put("statementUntil", statementUntil.toString());
        p.registerEvent(new AuditableEvent("enforcement.case.penalty-notice-served", "case", Long.toString(caseId), null,
                after, by, null));
        return p;
    }

    /** The party stated and defended itself (received on {@code on}), or waived it (陈述申辩). Once. */
    void state(boolean waived, String text, LocalDate on, LocalDate today, String by) {
        if (statementStatus != StatementStatus.PENDING) {
            throw BusinessException.conflict("CASE-12-STATED", "已登记当事人" + (statementStatus == StatementStatus.WAIVED
                    ? "放弃陈述、申辩" : "的陈述、申辩"));
        }
        if (on == null || on.isBefore(servedOn) || on.isAfter(today)) {
            throw BusinessException.badInput("CASE-12-DATE", "陈述、申辩日期应在告知书送达之日（" + Fmt.date(servedOn) + "）至今天之间");
        }
        if (!waived && (text == null || text.isBlank())) {
            throw BusinessException.badInput("CASE-12-STATEMENT", "请填写当事人陈述、申辩的内容");
        }
        statementStatus = waived ? StatementStatus.WAIVED : StatementStatus.STATED;
        statement = waived ? null : text;
        statedOn = on;
        audit("statement-recorded", Map.of("statementStatus", statementStatus.name(), "statedOn", on.toString()), by);
    }

    /** The agency's answer to the statement (复核意见): the facts, reasons and evidence were checked (第四十五条). */
    void answer(String text, Instant at, String by) {
        if (statementStatus != StatementStatus.STATED) {
            throw BusinessException.conflict("CASE-12-NO-STATEMENT", "当事人尚未提出陈述、申辩，无需答复");
        }
        if (answer != null) {
            throw BusinessException.conflict("CASE-12-ANSWERED", "已答复当事人的陈述、申辩");
        }
        if (text == null || text.isBlank()) {
            throw BusinessException.badInput("CASE-12-ANSWER", "请填写对陈述、申辩的复核意见");
        }
        answer = text;
        answeredAt = at;
        answeredBy = by;
        audit("statement-answered", Map.of("answeredAt", at.toString()), by);
    }

    /** 第六十四条第（一）项: a hearing request received on {@code on}, within 5 working days of service. */
    void requestHearing(LocalDate on, LocalDate today, String by) {
        if (hearingStatus == HearingStatus.NONE) {
            throw new BusinessException("CASE-12-NO-HEARING", "告知的处罚不属于听证范围，当事人无听证权利");
        }
        if (hearingStatus != HearingStatus.AVAILABLE) {
            throw BusinessException.conflict("CASE-12-HEARING-STATE", "已登记听证申请");
        }
        if (on == null || on.isBefore(servedOn) || on.isAfter(today)) {
            throw BusinessException.badInput("CASE-12-DATE", "听证申请日期应在告知书送达之日（" + Fmt.date(servedOn) + "）至今天之间");
        }
        if (on.isAfter(hearingRequestUntil)) {
            throw new BusinessException("CASE-12-HEARING-LATE", "听证申请应在告知书送达之日（" + Fmt.date(servedOn)
                    + "）起五个工作日内提出，即不晚于" + Fmt.date(hearingRequestUntil) + "；" + Fmt.date(on) + "提出的申请已逾期，视为放弃听证权利");
        }
        hearingStatus = HearingStatus.REQUESTED;
        hearingRequestedOn = on;
        audit("hearing-requested", Map.of("requestedOn", on.toString()), by);
    }

    /** 第六十四条第（二）项: the hearing notice served on {@code servedOn}, at least 7 working days before the hearing. */
    void noticeHearing(LocalDate date, String place, LocalDate noticeServedOn, LocalDate earliest, String number, String by) {
        checkHearingNotice(date, earliest, noticeServedOn);
        hearingStatus = HearingStatus.NOTICED;
        hearingDate = date;
        hearingPlace = place;
        hearingNoticeServedOn = noticeServedOn;
        hearingNoticeNumber = number;
        audit("hearing-noticed", Map.of("hearingDate", date.toString(), "noticeServedOn", noticeServedOn.toString(),
                "number", number), by);
    }

    /** Checks before the 听证通知书 is numbered (so a refusal burns no number). */
    void checkHearingNotice(LocalDate date, LocalDate earliest, LocalDate noticeServedOn) {
        requireHearing(HearingStatus.REQUESTED, "只有已申请听证、尚未通知的案件才能发出听证通知");
        if (date.isBefore(earliest)) {
            throw new BusinessException("CASE-12-HEARING-NOTICE", "听证通知书应当在举行听证的七个工作日前送达：通知于"
                    + Fmt.date(noticeServedOn) + "送达，听证最早可于" + Fmt.date(earliest) + "举行，不能定在" + Fmt.date(date));
        }
    }

    /** Checks before the 听证笔录 is numbered: noticed, held on or after the noticed day and not in the future. */
    void checkHeld(LocalDate heldOn, LocalDate today) {
        requireHearing(HearingStatus.NOTICED, "听证尚未通知，不能登记听证笔录");
        if (heldOn == null || heldOn.isBefore(hearingDate) || heldOn.isAfter(today)) {
            throw BusinessException.badInput("CASE-12-DATE", "听证举行日期应在通知的听证日期（" + Fmt.date(hearingDate) + "）至今天之间");
        }
    }

    /** The hearing was held and its record (听证笔录) filed. */
    void held(LocalDate heldOn, LocalDate today, String number, String by) {
        checkHeld(heldOn, today);
        hearingStatus = HearingStatus.HELD;
        hearingHeldOn = heldOn;
        hearingRecordNumber = number;
        audit("hearing-held", Map.of("heldOn", heldOn.toString(), "number", number), by);
    }

    void checkReport() {
        requireHearing(HearingStatus.HELD, "听证笔录尚未归档，不能提交听证报告");
    }

    /** The hearing report (听证报告) with the hearing officers' opinion was filed (第六十五条). */
    void reported(String opinion, String number, String by) {
        checkReport();
        hearingStatus = HearingStatus.REPORTED;
        hearingOpinion = opinion;
        hearingReportNumber = number;
        audit("hearing-reported", Map.of("number", number), by);
    }

    /**
     * CASE-12 gate of a penalty decision on {@code today}: notice served, statement period over (or stated and
     * answered, or waived), a requested hearing held and reported, and nothing heavier than notified.
     */
    void checkDecision(BigDecimal fine, BigDecimal confiscation, List<String> measures, LocalDate today) {
        if (statementStatus == StatementStatus.STATED && answer == null) {
            throw new BusinessException("CASE-12-UNANSWERED", "当事人的陈述、申辩尚未复核答复，不能作出处罚决定");
        }
        if (statementStatus == StatementStatus.PENDING && !today.isAfter(statementUntil)) {
            throw new BusinessException("CASE-12-STATEMENT-PERIOD", "陈述、申辩期限至" + Fmt.date(statementUntil)
                    + "届满，当事人尚未陈述、申辩或放弃，期限内不能作出处罚决定");
        }
        if (hearingStatus == HearingStatus.AVAILABLE && statementStatus != StatementStatus.WAIVED
                && !today.isAfter(hearingRequestUntil)) {
            throw new BusinessException("CASE-12-HEARING-PERIOD", "听证申请期限至" + Fmt.date(hearingRequestUntil)
                    + "届满，期限内不能作出处罚决定");
        }
        if (hearingStatus == HearingStatus.REQUESTED || hearingStatus == HearingStatus.NOTICED
                || hearingStatus == HearingStatus.HELD) {
            throw new BusinessException("CASE-12-HEARING-PENDING", "当事人已申请听证，听证举行并提交听证报告后方可作出处罚决定");
        }
        if (more(fine, notifiedFineYuan) || more(confiscation, notifiedConfiscationYuan)
                || PenaltySeverity.rank(measures) > notifiedRank) {
            throw new BusinessException("CASE-12-HEAVIER", "处罚决定重于告知书告知的处罚（" + notifiedText()
                    + "），不得因当事人陈述、申辩而给予更重的处罚；如需加重，应重新告知");
        }
    }

    String notifiedText() {
        StringBuilder b = new StringBuilder(notifiedMeasures.isEmpty() ? "" : notifiedMeasures.replace("\n", "；"));
        if (notifiedFineYuan != null && notifiedFineYuan.signum() > 0) {
            b.append(b.isEmpty() ? "" : "；").append("罚款 ").append(notifiedFineYuan.toPlainString()).append(" 元");
        }
        if (notifiedConfiscationYuan != null && notifiedConfiscationYuan.signum() > 0) {
            b.append(b.isEmpty() ? "" : "；").append("没收 ").append(notifiedConfiscationYuan.toPlainString()).append(" 元");
        }
        return b.isEmpty() ? "无" : b.toString();
    }

    private static boolean more(BigDecimal v, BigDecimal notified) {
        return v != null && v.signum() > 0 && (notified == null || v.compareTo(notified) > 0);
    }

    private void requireHearing(HearingStatus expected, String message) {
        if (hearingStatus != expected) {
            throw BusinessException.conflict("CASE-12-HEARING-STATE", message);
        }
    }

    private void audit(String action, Map<String, ?> after, String by) {
        registerEvent(new AuditableEvent("enforcement.case." + action, "case", Long.toString(caseId), null, after, by, null));
    }

    Long id() { return id; }
    long caseId() { return caseId; }
    long noticeDocumentId() { return noticeDocumentId; }
    String noticeNumber() { return noticeNumber; }
    BigDecimal notifiedFineYuan() { return notifiedFineYuan; }
    BigDecimal notifiedConfiscationYuan() { return notifiedConfiscationYuan; }
    boolean hearingRights() { return hearingRights; }
    LocalDate servedOn() { return servedOn; }
    LocalDate statementUntil() { return statementUntil; }
    LocalDate hearingRequestUntil() { return hearingRequestUntil; }
    StatementStatus statementStatus() { return statementStatus; }
    String statement() { return statement; }
    LocalDate statedOn() { return statedOn; }
    String answer() { return answer; }
    Instant answeredAt() { return answeredAt; }
    HearingStatus hearingStatus() { return hearingStatus; }
    LocalDate hearingRequestedOn() { return hearingRequestedOn; }
    LocalDate hearingDate() { return hearingDate; }
    String hearingPlace() { return hearingPlace; }
    LocalDate hearingNoticeServedOn() { return hearingNoticeServedOn; }
    String hearingNoticeNumber() { return hearingNoticeNumber; }
    LocalDate hearingHeldOn() { return hearingHeldOn; }
    String hearingRecordNumber() { return hearingRecordNumber; }
    String hearingReportNumber() { return hearingReportNumber; }
    String hearingOpinion() { return hearingOpinion; }
}
