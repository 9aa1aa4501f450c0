package cn.anjian.enforcement.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** CASE-12: what the API and the case page hand to {@link PenaltyProcedures} (checked there). */
public final class PenaltyInputs {

    private PenaltyInputs() {
    }

    /**
     * The 行政处罚告知书: facts, provisions, the intended penalty, how and when it was served ({@code servedOn} as on
     * the receipt; null: today).
     */
    public record Notice(String facts, String basis, BigDecimal fineYuan, BigDecimal confiscationYuan,
                         List<String> measures, ServiceMethod method, String recipient, LocalDate servedOn) {
    }

    /** The party's statement and defence received on {@code on}, or its waiver. */
    public record Statement(boolean waived, String text, LocalDate on) {
    }

    /** The 听证通知书: when and where the hearing is held, who presides, when it was served (null: today). */
    public record HearingNotice(LocalDate hearingDate, String place, String presider, ServiceMethod method,
                                String recipient, LocalDate servedOn) {
    }

    /** The 听证笔录: when the hearing was held and what was said. */
    public record HearingRecord(LocalDate heldOn, String record) {
    }

    /** The 听证报告: the hearing's course and the presider's opinion (第六十五条). */
    public record HearingReport(String summary, String opinion) {
    }
}
