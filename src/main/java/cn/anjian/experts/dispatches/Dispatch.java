package cn.anjian.experts.dispatches;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.experts.dispatches.DispatchEnums.Overall;
import cn.anjian.experts.dispatches.DispatchEnums.Reimbursement;
import cn.anjian.experts.dispatches.DispatchEnums.Source;
import cn.anjian.experts.dispatches.DispatchEnums.Status;
import cn.anjian.experts.dispatches.DispatchEnums.TitleGrade;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A dispatch of an expert to one task (一事一派, EXP-09..EXP-13): requested on the dispatch approval form (annex 4),
 * approved by the deputy director through workflow, accepted or declined by the expert, reported, and closed by the
 * using unit's service-quality register (annex 6), a copy of which goes to HR. It counts for the draw's rotation
 * ({@code dispatched_on}) from the day the expert accepts.
 */
@Table("exp_dispatch")
class Dispatch extends AbstractAggregateRoot<Dispatch> {

    @Id
    private Long id;
    @Version
    private Integer version;
    private Long expertId;
    private Long enterpriseId;
    private LocalDate dispatchedOn;
    private Status status;
    private String task;
    private Long agencyId;
    private String scopePath;
    private Long unitId;
    private Source source;
    private Long drawId;
    private Long applicationId;
    private Long replacesId;
    private String replacementReason;
    private String content;
    private String place;
    private LocalDate taskStart;
    private LocalDate taskEnd;
    private String outsideName;
    private String outsideTitle;
    private TitleGrade outsideGrade;
    private String outsideEmployer;
    private boolean paid;
    private BigDecimal fee;
    private Long budgetId;
    private Long flowId;
    private Instant requestedAt;
    private String requestedBy;
    private Instant decidedAt;
    private String decisionOpinion;
    private Instant respondedAt;
    private String declineReason;
    private Long reportFileId;
    private String reportName;
    private String reportSummary;
    private Instant reportedAt;
    private Integer qAttitude;
    private Integer qExpertise;
    private Integer qIntegrity;
    private Overall qOverall;
    private String qRemarks;
    private Instant qFiledAt;
    private String qFiledBy;
    private Instant hrCopyAt;
    private Reimbursement reimburseStatus;
    private Long reimburseFlowId;
    private Instant reimbursedAt;

    @PersistenceCreator
    private Dispatch() {
    }

    /** What the using unit asks for on the dispatch approval form (annex 4). */
    record Form(String task, String content, String place, LocalDate taskStart, LocalDate taskEnd, Long enterpriseId,
                boolean paid, BigDecimal fee) {
    }

    /** An out-of-pool expert (EXP-10). */
    record Outside(String name, String title, TitleGrade grade, String employer) {
    }

    static Dispatch request(long agencyId, String scopePath, Long unitId, Source source, Long expertId, Outside outside,
                            Form form, Long drawId, Long applicationId, Long budgetId, Instant at, String by) {
        if (source == Source.OUT_OF_POOL && (outside == null || outside.grade() == null || !outside.grade().seniorOrAbove())) {
            throw new BusinessException("EXP-10", "使用专家库之外的专家，须具备高级以上（含高级）专业技术职称");
        }
        Dispatch d = new Dispatch();
        d.agencyId = agencyId;
        d.scopePath = scopePath;
        d.unitId = unitId;
        d.source = source;
        d.expertId = expertId;
        if (outside != null) {
            d.outsideName = outside.name();
            d.outsideTitle = outside.title();
            d.outsideGrade = outside.grade();
            d.outsideEmployer = outside.employer();
        }
        d.task = form.task();
        d.content = form.content();
        d.place = form.place();
        d.taskStart = form.taskStart();
        d.taskEnd = form.taskEnd();
        d.enterpriseId = form.enterpriseId();
        d.paid = form.paid();
        d.fee = form.fee();
        d.drawId = drawId;
        d.applicationId = applicationId;
        d.budgetId = budgetId;
        d.status = Status.REQUESTED;
        d.requestedAt = at;
        d.requestedBy = by;
        return d;
    }

    /** EXP-09: a replacement of {@code old} goes through the same approval as the first dispatch. */
    Dispatch replacing(Dispatch old, String reason) {
        if (old.status != Status.APPROVED && old.status != Status.ACCEPTED && old.status != Status.DECLINED) {
            throw BusinessException.conflict("EXP-09-STATE", "只有已批准派出、执行中或专家拒绝的派遣可以更换专家");
        }
        replacesId = old.id;
        replacementReason = reason;
        return this;
    }

    void started(long flow) {
        flowId = flow;
    }

    /** EXP-09: the deputy director signed the form; an out-of-pool expert is engaged at once (no account to answer). */
    void decided(boolean approved, String opinion, Instant at, String by) {
        requireStatus(Status.REQUESTED, "该派遣不在审批中");
        Status from = status;
        decidedAt = at;
        decisionOpinion = opinion;
        if (!approved) {
            status = Status.REJECTED;
        } else if (source == Source.OUT_OF_POOL) {
            status = Status.ACCEPTED;
            respondedAt = at;
            dispatchedOn = LocalDate.ofInstant(at, Zones.SHANGHAI);
        } else {
            status = Status.APPROVED;
        }
        audit("decided", from, by);
    }

    /** The expert accepts: from today the dispatch counts for rotation (EXP-07). */
    void accept(Instant at, String by) {
        requireStatus(Status.APPROVED, "该派遣当前不需要您确认");
        respondedAt = at;
        dispatchedOn = LocalDate.ofInstant(at, Zones.SHANGHAI);
        move(Status.ACCEPTED, "accepted", by);
    }

    /** The expert declines with a reason (EXP-14 counts these). */
    void decline(String reason, Instant at, String by) {
        requireStatus(Status.APPROVED, "该派遣当前不需要您确认");
        respondedAt = at;
        declineReason = reason;
        move(Status.DECLINED, "declined", by);
    }

    /** EXP-13: the written report after the task (art. 13). */
    void report(long fileId, String name, String summary, Instant at, String by) {
        requireStatus(Status.ACCEPTED, "只有执行中的派遣可以提交任务报告");
        reportFileId = fileId;
        reportName = name;
        reportSummary = summary;
        reportedAt = at;
        move(Status.REPORTED, "reported", by);
    }

    /** EXP-13: the service-quality register (annex 6); the copy is sent to HR with it (art. 17). */
    void register(int attitude, int expertise, int integrity, Overall overall, String remarks, Instant at, String by) {
        requireStatus(Status.REPORTED, "专家提交任务报告后才能填写服务质量登记表");
        qAttitude = attitude;
        qExpertise = expertise;
        qIntegrity = integrity;
        qOverall = overall;
        qRemarks = remarks;
        qFiledAt = at;
        qFiledBy = by;
        hrCopyAt = at;
        move(Status.COMPLETED, "registered", by);
    }

    /** EXP-09: the approved replacement takes this expert's place; a decline keeps counting (EXP-14). */
    void replaced(String by) {
        if (status == Status.APPROVED || status == Status.ACCEPTED) {
            dispatchedOn = null;
            move(Status.REPLACED, "replaced", by);
        }
    }

    /** EXP-16: reimbursement asks for the form and the register, i.e. a completed paid dispatch (art. 20). */
    void reimbursementRequested(long flow, String by) {
        if (!paid) {
            throw BusinessException.conflict("EXP-16-STATE", "该派遣不支付劳务报酬，无需报销");
        }
        requireStatus(Status.COMPLETED, "填写服务质量登记表后才能申请报销");
        if (reimburseStatus == Reimbursement.PENDING || reimburseStatus == Reimbursement.PAID) {
            throw BusinessException.conflict("EXP-16-STATE", "该派遣的报销已在办理或已报销");
        }
        Reimbursement from = reimburseStatus;
        reimburseStatus = Reimbursement.PENDING;
        reimburseFlowId = flow;
        registerEvent(new AuditableEvent("experts.dispatch.reimbursement-requested", "expert-dispatch", String.valueOf(id),
                from == null ? null : Map.of("reimbursement", from.name()), Map.of("reimbursement", "PENDING", "fee", fee.toPlainString()),
                by, null));
    }

    void reimbursementDecided(boolean approved, Instant at, String by) {
        if (reimburseStatus != Reimbursement.PENDING) {
            throw BusinessException.conflict("EXP-16-STATE", "该派遣没有在办的报销");
        }
        reimburseStatus = approved ? Reimbursement.PAID : Reimbursement.REJECTED;
        reimbursedAt = approved ? at : null;
        registerEvent(new AuditableEvent("experts.dispatch.reimbursement-decided", "expert-dispatch", String.valueOf(id),
                Map.of("reimbursement", "PENDING"), Map.of("reimbursement", reimburseStatus.name()), by, null));
    }

    private void requireStatus(Status expected, String message) {
        if (status != expected) {
            throw BusinessException.conflict("EXP-DISPATCH-STATE", message);
        }
    }

    private void move(Status to, String verb, String by) {
        Status from = status;
        status = to;
        audit(verb, from, by);
    }

    private void audit(String verb, Status from, String by) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status.name());
        if (declineReason != null && status == Status.DECLINED) {
            after.put("declineReason", declineReason);
        }
        if (decisionOpinion != null && ("decided".equals(verb))) {
            after.put("opinion", decisionOpinion);
        }
        if (status == Status.COMPLETED) {
            after.put("overall", qOverall.name());
        }
        registerEvent(new AuditableEvent("experts.dispatch." + verb, "expert-dispatch", String.valueOf(id),
                Map.of("status", from.name()), after, by, null));
    }

    Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", status.name());
        m.put("source", source.name());
        m.put("expertId", expertId == null ? "" : expertId);
        m.put("outsideName", outsideName == null ? "" : outsideName);
        m.put("task", task);
        m.put("place", place);
        m.put("taskStart", String.valueOf(taskStart));
        m.put("taskEnd", String.valueOf(taskEnd));
        m.put("paid", paid);
        m.put("fee", fee == null ? "" : fee.toPlainString());
        m.put("replacesId", replacesId == null ? "" : replacesId);
        return m;
    }

    Long id() {
        return id;
    }

    Long expertId() {
        return expertId;
    }

    String scopePath() {
        return scopePath;
    }

    long agencyId() {
        return agencyId;
    }

    Long unitId() {
        return unitId;
    }

    Status status() {
        return status;
    }

    Long replacesId() {
        return replacesId;
    }

    Long enterpriseId() {
        return enterpriseId;
    }

    String task() {
        return task;
    }

    BigDecimal fee() {
        return fee;
    }

    boolean paid() {
        return paid;
    }

    Long budgetId() {
        return budgetId;
    }

    LocalDate taskStart() {
        return taskStart;
    }

    Form form() {
        return new Form(task, content, place, taskStart, taskEnd, enterpriseId, paid, fee);
    }
}
