package cn.anjian.enforcement.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/** Read models of CASE-14 (preservation, sealing/seizure) and CASE-15 (execution, remedies) for the case page and API. */
public final class CoercionViews {

    /** The Chinese labels of a payment plan's states. */
    static final java.util.Map<String, String> PLAN_LABELS = java.util.Map.of("NONE", "未申请", "PENDING", "审批中",
            "APPROVED", "已批准", "REJECTED", "未批准");

    private CoercionViews() {
    }

    /** 先行登记保存 with its goods, its 7-working-day due date and its decision. */
    public record PreservationView(long id, LocalDate registeredOn, String place, String reason, List<GoodsItem> items,
                                   LocalDate dueDate, boolean decided, String outcome, String outcomeLabel,
                                   String outcomeNote, LocalDate decidedOn, String noticeNumber, String decisionNumber,
                                   boolean overdue) {
    }

    /** 查封/扣押 with its goods, its period (extended once at most) and its release. */
    public record SeizureView(long id, String measure, String measureLabel, LocalDate startedOn, String place,
                              String reason, List<GoodsItem> items, LocalDate endsOn, String extensionStatus,
                              String extensionLabel, String extensionNumber, Long extensionFlowId, boolean released,
                              LocalDate releasedOn, String releaseReason, String releaseRecord, String decisionNumber,
                              String releaseNumber, boolean extensible, boolean overdue) {
    }

    public record InstalmentView(int no, BigDecimal amount, LocalDate dueDate, boolean paidOff, boolean overdue) {
    }

    public record PaymentView(LocalDate paidOn, BigDecimal amount, String receipt, String recordedBy) {
    }

    /**
     * The execution of the fine on {@code asOf}: due dates, the late penalty so far (days late × 3 %, at most the
     * fine), what is paid and owed, the deferral or instalment plan, 催告, court application, the remedy periods.
     */
    public record ExecutionView(long caseId, BigDecimal fineYuan, LocalDate servedOn, LocalDate paymentDue,
                                LocalDate effectiveDue, LocalDate asOf, long daysLate, BigDecimal latePenalty,
                                BigDecimal paid, BigDecimal fineOutstanding, BigDecimal owed, LocalDate paidOffOn,
                                String planKind, String planKindLabel, String planStatus, String planStatusLabel,
                                String planReason, String planNumber, List<InstalmentView> instalments,
                                List<PaymentView> payments, LocalDate remedyEnd, LocalDate courtDue,
                                LocalDate reminderOn, String reminderNumber, LocalDate courtAppliedOn, String courtName,
                                String courtNumber, String endedOtherwise, boolean closable) {
    }

    /** A reconsideration or lawsuit against the case decision. */
    public record RemedyView(long id, String kind, String kindLabel, LocalDate filedOn, String body, String outcome,
                             String outcomeLabel, LocalDate outcomeOn, String note) {
    }
}
