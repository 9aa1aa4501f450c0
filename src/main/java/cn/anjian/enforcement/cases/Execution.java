package cn.anjian.enforcement.cases;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * CASE-15: the execution of a fine, started when the penalty decision is served. Payment within 15 days (a calendar
 * deadline, CAL-03); the late penalty ({@link LatePenalty}); deferral or instalments approved on the workflow (each
 * instalment a deadline); payments recorded against it; the 催告 and the application to the court for enforcement
 * once the party's remedy periods have ended (行政强制法 art. 53–54); or another lawful ending. {@link #closable()}
 * is what the EXECUTION → CLOSURE guard asks.
 */
@Table("enf_execution")
class Execution extends AbstractAggregateRoot<Execution> {

    /** 行政处罚法 art. 67: 自收到行政处罚决定书之日起十五日内. */
    static final int PAY_WITHIN_DAYS = 15;
    /** 行政强制法 art. 54: 催告书送达十日后当事人仍未履行义务的. */
    static final int REMINDER_DAYS = 10;

    enum PlanStatus { NONE, PENDING, APPROVED, REJECTED }

    @Getter
    @RequiredArgsConstructor
    enum PlanKind {
        DEFERRAL("延期缴纳"),
        INSTALMENTS("分期缴纳");

        private final String label;
    }

    /** One instalment of an approved plan (a deferral has one), with its deadline. */
    @Table("enf_execution_instalment")
    record Instalment(BigDecimal amount, LocalDate dueDate, Long deadlineId, boolean paidOff) {
    }

    /** A payment recorded against the fine. */
    @Table("enf_execution_payment")
    record Payment(LocalDate paidOn, BigDecimal amount, String receipt, Instant recordedAt, String recordedBy) {
    }

    @Id
    private Long id;
    @Version
    private Integer version;
    private long caseId;
    private BigDecimal fineYuan;
    private LocalDate servedOn;
    private Long paymentDeadlineId;
    private LocalDate paymentDue;
    private LocalDate remedyEnd;
    private Long courtDeadlineId;
    private LocalDate courtDue;
    private LocalDate paidOffOn;
    private PlanKind planKind;
    private PlanStatus planStatus;
    private Long planFlowId;
    private String planReason;
    private String planNumber;
    private String reminderNumber;
    private LocalDate reminderOn;
    private LocalDate courtAppliedOn;
    private String courtName;
    private String courtNumber;
    private String endedOtherwise;
    private Instant createdAt;
    @MappedCollection(idColumn = "execution_id", keyColumn = "position")
    private List<Instalment> instalments = new ArrayList<>();
    @MappedCollection(idColumn = "execution_id", keyColumn = "position")
    private List<Payment> payments = new ArrayList<>();

    @PersistenceCreator
    private Execution() {
    }

    /** Started when the penalty decision is served on {@code servedOn}; the remedy periods end on {@code remedyEnd}. */
    static Execution start(long caseId, BigDecimal fine, LocalDate servedOn, LocalDate remedyEnd, Instant at) {
        Execution e = new Execution();
        e.caseId = caseId;
        e.fineYuan = fine;
        e.servedOn = servedOn;
        e.remedyEnd = remedyEnd;
        e.planStatus = PlanStatus.NONE;
        e.createdAt = at;
        return e;
    }

    /** The payment deadline and the court-application deadline, opened after the first save. */
    void deadlines(long paymentId, LocalDate payDue, long courtId, LocalDate courtBy) {
        paymentDeadlineId = paymentId;
        paymentDue = payDue;
        courtDeadlineId = courtId;
        courtDue = courtBy;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("caseId", caseId);
        after.put("fineYuan", fineYuan.toPlainString());
        after.put("servedOn", servedOn.toString());
        after.put("paymentDue", payDue == null ? null : payDue.toString());
        after.put("remedyEnd", remedyEnd.toString());
        after.put("courtDue", courtBy == null ? null : courtBy.toString());
        registerEvent(AuditableEvent.change("enforcement.case.execution-started", "case_execution", id, null, after));
    }

    /** The calendar's due dates, once it knows them (deadlines pending next year's holidays had none). */
    void duesKnown(LocalDate pay, LocalDate court) {
        paymentDue = paymentDue == null ? pay : paymentDue;
        courtDue = courtDue == null ? court : courtDue;
    }

    // ---- amounts ----

    BigDecimal paid() {
        return payments.stream().map(Payment::amount).reduce(BigDecimal.ZERO, BigDecimal::add).setScale(2);
    }

    /** The fine still unpaid (payments go to the fine first). */
    BigDecimal fineOutstanding() {
        return fineYuan.subtract(paid()).max(BigDecimal.ZERO).setScale(2);
    }

    /**
     * The due date the late penalty runs from: the original one, or with an approved plan the due date of the first
     * instalment not yet paid off (none: the plan was kept).
     */
    LocalDate effectiveDue() {
        if (planStatus == PlanStatus.APPROVED) {
            return instalments.stream().filter(i -> !i.paidOff()).map(Instalment::dueDate).findFirst().orElse(null);
        }
        return paymentDue;
    }

    /** CASE-15: the late penalty on {@code asOf} (frozen on the day the fine was paid off). */
    BigDecimal latePenalty(LocalDate asOf) {
        LocalDate until = paidOffOn != null && paidOffOn.isBefore(asOf) ? paidOffOn : asOf;
        return LatePenalty.of(fineYuan, effectiveDue(), until);
    }

    /** Fine and late penalty still owed on {@code asOf}. */
    BigDecimal owed(LocalDate asOf) {
        return fineYuan.add(latePenalty(asOf)).subtract(paid()).max(BigDecimal.ZERO).setScale(2);
    }

    // ---- deferral / instalments (行政处罚法 art. 66) ----

    /** The checks of a plan request (before its flow starts): one plan, a fine still owed, amounts adding up to it. */
    void requirePlannable(PlanKind kind, List<Instalment> plan, LocalDate today) {
        if (planStatus == PlanStatus.PENDING || planStatus == PlanStatus.APPROVED) {
            throw BusinessException.conflict("CASE-15-PLAN-EXISTS", planStatus == PlanStatus.PENDING
                    ? "延期（分期）缴纳申请正在审批中" : "本案已批准" + planKind.label() + "，不能再次申请");
        }
        requireOpen();
        if (kind == null) {
            throw BusinessException.badInput("CASE-15-PLAN-KIND", "请选择延期缴纳或分期缴纳");
        }
        if (plan == null || plan.isEmpty() || kind == PlanKind.DEFERRAL && plan.size() != 1
                || kind == PlanKind.INSTALMENTS && plan.size() < 2) {
            throw BusinessException.badInput("CASE-15-PLAN-ITEMS", kind == PlanKind.DEFERRAL
                    ? "延期缴纳须写明一个缴纳日期和金额" : "分期缴纳至少分两期，每期写明金额和缴纳日期");
        }
        LocalDate previous = today;
        BigDecimal sum = BigDecimal.ZERO;
        for (Instalment i : plan) {
            if (i.amount() == null || i.amount().signum() <= 0 || i.dueDate() == null) {
                throw BusinessException.badInput("CASE-15-PLAN-ITEMS", "每期须写明大于零的金额和缴纳日期");
            }
            if (!i.dueDate().isAfter(previous)) {
                throw BusinessException.badInput("CASE-15-PLAN-DATES", "各期缴纳日期须晚于今天并依次推后");
            }
            if (i.dueDate().isAfter(today.plusYears(3))) {
                throw BusinessException.badInput("CASE-15-PLAN-DATES", "缴纳日期不能晚于三年之后");
            }
            previous = i.dueDate();
            sum = sum.add(i.amount());
        }
        if (sum.compareTo(fineOutstanding()) != 0) {
            throw BusinessException.badInput("CASE-15-PLAN-SUM", "各期金额合计（" + sum.toPlainString() + " 元）须等于尚未缴纳的罚款 "
                    + fineOutstanding().toPlainString() + " 元");
        }
    }

    void requestPlan(PlanKind kind, List<Instalment> plan, String reason, long flowId, LocalDate today, String by) {
        requirePlannable(kind, plan, today);
        planKind = kind;
        planStatus = PlanStatus.PENDING;
        planReason = reason;
        planFlowId = flowId;
        instalments = new ArrayList<>(plan.stream().map(i -> new Instalment(i.amount(), i.dueDate(), null, false)).toList());
        registerEvent(new AuditableEvent("enforcement.case.payment-plan-requested", "case_execution", String.valueOf(id),
                Map.of("planStatus", PlanStatus.NONE.name()), Map.of("planKind", kind.name(), "instalments", plan.size(),
                "flowId", flowId), by, null));
    }

    /** The plan's flow ended: approved with its number and each instalment's deadline (same order), or not. */
    void planDecided(boolean approved, String number, List<Instalment> withDeadlines, String by) {
        if (planStatus != PlanStatus.PENDING) {
            throw BusinessException.conflict("CASE-15-PLAN-STATE", "该延期（分期）缴纳申请已办结");
        }
        planStatus = approved ? PlanStatus.APPROVED : PlanStatus.REJECTED;
        if (approved) {
            planNumber = number;
            instalments = new ArrayList<>(withDeadlines);
        } else {
            instalments = new ArrayList<>();
        }
        registerEvent(new AuditableEvent("enforcement.case.payment-plan-" + planStatus.name().toLowerCase(), "case_execution",
                String.valueOf(id), Map.of("planStatus", PlanStatus.PENDING.name()),
                Map.of("planStatus", planStatus.name(), "planNumber", number == null ? "" : number), by, null));
    }

    // ---- payments ----

    /**
     * Records a payment; returns the deadlines it meets (instalments now covered, and the payment deadline once the
     * fine is paid off). Refused when nothing is owed or the amount exceeds what is owed on that day.
     */
    List<Long> pay(BigDecimal amount, LocalDate on, String receipt, Instant at, String by) {
        if (amount == null || amount.signum() <= 0) {
            throw BusinessException.badInput("CASE-15-PAYMENT", "缴款金额须大于零");
        }
        if (on.isBefore(servedOn)) {
            throw BusinessException.badInput("CASE-15-PAYMENT-DATE", "缴款日期不能早于处罚决定书送达日期（" + Fmt.date(servedOn) + "）");
        }
        BigDecimal owed = owed(on);
        if (owed.signum() == 0) {
            throw BusinessException.conflict("CASE-15-PAID", "罚款及加处罚款已全部缴清");
        }
        if (amount.compareTo(owed) > 0) {
            throw BusinessException.badInput("CASE-15-PAYMENT", "缴款金额超过应缴金额（截至" + Fmt.date(on) + "应缴 " + owed.toPlainString() + " 元）");
        }
        payments.add(new Payment(on, amount.setScale(2), receipt, at, by));
        List<Long> met = new ArrayList<>();
        BigDecimal covered = paid();
        BigDecimal cumulative = BigDecimal.ZERO;
        List<Instalment> updated = new ArrayList<>();
        for (Instalment i : instalments) {
            cumulative = cumulative.add(i.amount());
            boolean now = !i.paidOff() && covered.compareTo(cumulative) >= 0;
            if (now && i.deadlineId() != null) {
                met.add(i.deadlineId());
            }
            updated.add(now ? new Instalment(i.amount(), i.dueDate(), i.deadlineId(), true) : i);
        }
        instalments = updated;
        if (paidOffOn == null && covered.compareTo(fineYuan) >= 0) {
            paidOffOn = on;
            if (paymentDeadlineId != null && planStatus != PlanStatus.APPROVED) {
                met.add(paymentDeadlineId);
            }
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("amount", amount.setScale(2).toPlainString());
        after.put("paidOn", on.toString());
        after.put("paidTotal", covered.toPlainString());
        after.put("receipt", receipt);
        registerEvent(new AuditableEvent("enforcement.case.payment-recorded", "case_execution", String.valueOf(id), null, after, by, null));
        return met;
    }

    // ---- 催告, court, other endings (行政强制法 art. 53–54, 40) ----

    /** The checks of a 催告 (asked before its document is numbered): the fine is owed and overdue. */
    void requireRemindable(LocalDate on) {
        requireOpen();
        LocalDate due = effectiveDue();
        if (due == null || !on.isAfter(due)) {
            throw new BusinessException("CASE-15-NOT-OVERDUE", "缴款期限" + (due == null ? "" : "（" + Fmt.date(due) + "）") + "尚未届满，不需催告");
        }
    }

    void remind(LocalDate on, String number, String by) {
        requireRemindable(on);
        reminderOn = on;
        reminderNumber = number;
        registerEvent(new AuditableEvent("enforcement.case.payment-reminded", "case_execution", String.valueOf(id), null,
                Map.of("reminderOn", on.toString(), "number", number), by, null));
    }

    /** The checks of an application to the court, also asked before its number is taken. */
    void requireCourtApplicable(LocalDate on, boolean remedyConcluded) {
        requireOpen();
        if (courtAppliedOn != null) {
            throw BusinessException.conflict("CASE-15-COURT-EXISTS", "已于" + Fmt.date(courtAppliedOn) + "申请人民法院强制执行");
        }
        if (!remedyConcluded && !on.isAfter(remedyEnd)) {
            throw new BusinessException("CASE-15-COURT-EARLY", "当事人申请行政复议、提起行政诉讼的期限至" + Fmt.date(remedyEnd)
                    + "届满，期满后方可申请人民法院强制执行（行政强制法第五十三条）");
        }
        if (reminderOn == null || on.isBefore(reminderOn.plusDays(REMINDER_DAYS))) {
            throw new BusinessException("CASE-15-COURT-REMINDER", reminderOn == null
                    ? "申请人民法院强制执行前应当催告当事人履行义务（行政强制法第五十四条）"
                    : "催告书送达十日后当事人仍未履行的，方可申请强制执行（" + Fmt.date(reminderOn.plusDays(REMINDER_DAYS)) + "起）");
        }
    }

    void applyToCourt(LocalDate on, String court, String number, boolean remedyConcluded, String by) {
        requireCourtApplicable(on, remedyConcluded);
        courtAppliedOn = on;
        courtName = court;
        courtNumber = number;
        registerEvent(new AuditableEvent("enforcement.case.court-enforcement-applied", "case_execution", String.valueOf(id), null,
                Map.of("appliedOn", on.toString(), "court", court, "number", number), by, null));
    }

    /** Another lawful ending of the execution (e.g. 行政强制法 art. 40 终结执行, the decision revoked), with its reason. */
    void endOtherwise(String reason, String by) {
        requireOpen();
        endedOtherwise = reason;
        registerEvent(new AuditableEvent("enforcement.case.execution-ended", "case_execution", String.valueOf(id), null,
                Map.of("reason", reason), by, null));
    }

    private void requireOpen() {
        if (paidOffOn != null) {
            throw BusinessException.conflict("CASE-15-PAID", "罚款已于" + Fmt.date(paidOffOn) + "缴清");
        }
        if (endedOtherwise != null) {
            throw BusinessException.conflict("CASE-15-ENDED", "本案执行已终结：" + endedOtherwise);
        }
    }

    /** Whether the case may leave EXECUTION: the fine paid, the court applied to, or another lawful ending recorded. */
    boolean closable() {
        return paidOffOn != null || courtAppliedOn != null || endedOtherwise != null;
    }

    Long id() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    Long paymentDeadlineIdOrNull() {
        return planStatus == PlanStatus.APPROVED ? null : paymentDeadlineId;
    }

    Long courtDeadlineIdOrNull() {
        return courtDeadlineId;
    }

    Long paymentDeadlineId() {
        return paymentDeadlineId;
    }

    PlanStatus planStatus() {
        return planStatus;
    }

    PlanKind planKind() {
        return planKind;
    }

    LocalDate paidOffOn() {
        return paidOffOn;
    }

    List<Instalment> instalments() {
        return List.copyOf(instalments);
    }

    /** The read model on {@code asOf}. */
    CoercionViews.ExecutionView view(LocalDate asOf) {
        LocalDate due = effectiveDue();
        LocalDate until = paidOffOn != null && paidOffOn.isBefore(asOf) ? paidOffOn : asOf;
        List<CoercionViews.InstalmentView> plan = new ArrayList<>();
        for (int k = 0; k < instalments.size(); k++) {
            Instalment i = instalments.get(k);
            plan.add(new CoercionViews.InstalmentView(k + 1, i.amount(), i.dueDate(), i.paidOff(),
                    !i.paidOff() && planStatus == PlanStatus.APPROVED && asOf.isAfter(i.dueDate())));
        }
        List<CoercionViews.PaymentView> paidList = payments.stream()
                .map(p -> new CoercionViews.PaymentView(p.paidOn(), p.amount(), p.receipt(), p.recordedBy())).toList();
        return new CoercionViews.ExecutionView(caseId, fineYuan, servedOn, paymentDue, due, asOf,
                LatePenalty.daysLate(due, until), latePenalty(asOf), paid(), fineOutstanding(), owed(asOf), paidOffOn,
                planKind == null ? null : planKind.name(), planKind == null ? null : planKind.label(), planStatus.name(),
                CoercionViews.PLAN_LABELS.get(planStatus.name()), planReason, planNumber, plan, paidList, remedyEnd, courtDue, reminderOn,
                reminderNumber, courtAppliedOn, courtName, courtNumber, endedOtherwise, closable());
    }
}
