package cn.anjian.enforcement.cases;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** CASE-12 as the case page and the API show it (labels, never codes). */
public record PenaltyView(long caseId, String noticeNumber, long noticeDocumentId, String notified, BigDecimal notifiedFineYuan,
                          boolean hearingRights, LocalDate servedOn, LocalDate statementUntil, LocalDate hearingRequestUntil,
                          String statementStatus, String statementLabel, String statement, LocalDate statedOn,
                          String answer, Instant answeredAt, String hearingStatus, String hearingLabel,
                          LocalDate hearingRequestedOn, LocalDate hearingDate, String hearingPlace,
                          LocalDate hearingNoticeServedOn, String hearingNoticeNumber, LocalDate hearingHeldOn,
                          String hearingRecordNumber, String hearingReportNumber, String hearingOpinion) {

    static PenaltyView of(PenaltyNotice p) {
        return new PenaltyView(p.caseId(), p.noticeNumber(), p.noticeDocumentId(), p.notifiedText(), p.notifiedFineYuan(),
                p.hearingRights(), p.servedOn(), p.statementUntil(), p.hearingRequestUntil(), p.statementStatus().name(),
                switch (p.statementStatus()) {
                    case PENDING -> "待陈述、申辩";
                    case WAIVED -> "当事人放弃陈述、申辩和听证";
                    case STATED -> p.answer() == null ? "已陈述、申辩，待复核答复" : "已陈述、申辩并答复";
                },
                p.statement(), p.statedOn(), p.answer(), p.answeredAt(), p.hearingStatus().name(),
                switch (p.hearingStatus()) {
                    case NONE -> "不属于听证范围";
                    case AVAILABLE -> "有听证权利，未申请";
                    case REQUESTED -> "已申请听证，待通知";
                    case NOTICED -> "已通知听证";
                    case HELD -> "已举行听证，待听证报告";
                    case REPORTED -> "已提交听证报告";
                },
                p.hearingRequestedOn(), p.hearingDate(), p.hearingPlace(), p.hearingNoticeServedOn(), p.hearingNoticeNumber(),
                p.hearingHeldOn(), p.hearingRecordNumber(), p.hearingReportNumber(), p.hearingOpinion());
    }

    public boolean canState() {
        return "PENDING".equals(statementStatus);
    }

    public boolean canAnswer() {
        return "STATED".equals(statementStatus) && answer == null;
    }

    public boolean canRequestHearing() {
        return "AVAILABLE".equals(hearingStatus);
    }

    public boolean canNoticeHearing() {
        return "REQUESTED".equals(hearingStatus);
    }

    public boolean canRecordHearing() {
        return "NOTICED".equals(hearingStatus);
    }

    public boolean canReportHearing() {
        return "HELD".equals(hearingStatus);
    }
}
