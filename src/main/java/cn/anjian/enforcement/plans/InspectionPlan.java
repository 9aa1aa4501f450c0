package cn.anjian.enforcement.plans;

import java.time.Instant;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agency;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * The annual inspection plan (CASE-07) as an aggregate: every status change is a method here that
 * checks the current status and registers its audit entry; {@code @Version} turns a concurrent change
 * into a refusal. Its items are rows of their own ({@link PlanItems}); changing them saves the plan
 * unchanged, which bumps its version.
 */
@Table("enf_plan")
class InspectionPlan extends AbstractAggregateRoot<InspectionPlan> {

    @Id
    private Long id;
    @Version
    private Integer version;
    private long agencyId;
    private String agencyName;
    private long jurisdictionId;
    private String scopePath;
    private int planYear;
    private String title;
    private PlanStatus status;
    private int revision;
    private Long supersedesId;
    private String revisionReason;
    private Long flowId;
    private String createdBy;
    private Instant createdAt;
    private Instant approvedAt;
    private String publishedBy;
    private Instant publishedAt;
    private Instant supersededAt;
    private int freqA;
    private int freqB;
    private int freqC;
    private int freqD;

    @PersistenceCreator
    private InspectionPlan() {
    }

    /** A new draft (revision 1), or the draft of a revision of the plan in force with its reason. */
    static InspectionPlan draft(Agency agency, int year, String title, int revision, Long supersedes, String reason,
                                GradeFrequencies frequencies, String by, Instant at) {
        InspectionPlan p = new InspectionPlan();
        p.assign(frequencies);
        p.agencyId = agency.id();
        p.agencyName = agency.name();
        p.jurisdictionId = agency.jurisdictionId();
        p.scopePath = agency.scopePath();
        p.planYear = year;
        p.title = title;
        p.status = PlanStatus.DRAFT;
        p.revision = revision;
        p.supersedesId = supersedes;
        p.revisionReason = reason;
        p.createdBy = by;
        p.createdAt = at;
        return p;
    }

    void requireEditable() {
        if (!status.editable()) {
            throw new BusinessException("PLAN-NOT-EDITABLE", "计划" + status.label() + "，不能修改（只有草稿或退回修改的计划可以修改）");
        }
    }

    /** CASE-10: the plan's inspections a year per risk grade, changed only while it can be edited. */
    void changeFrequencies(GradeFrequencies next) {
        requireEditable();
        GradeFrequencies before = frequencies();
        if (before.equals(next)) {
            return;
        }
        assign(next);
        registerEvent(AuditableEvent.change("enforcement.plan.frequencies-changed", "inspection-plan", id,
                before.asMap(), next.asMap()));
    }

    GradeFrequencies frequencies() {
        return new GradeFrequencies(freqA, freqB, freqC, freqD);
    }

    private void assign(GradeFrequencies f) {
        freqA = f.a();
        freqB = f.b();
        freqC = f.c();
        freqD = f.d();
    }

    /** Sent to the director in its approval flow (a returned plan goes back into the same flow). */
    void submit(long flow) {
        requireEditable();
        PlanStatus from = status;
        status = PlanStatus.SUBMITTED;
        flowId = flow;
        audit("enforcement.plan.submitted", from, Map.of("status", status.name(), "flowId", flow));
    }

    /** The director decided: approved or not (the decision time is kept either way). */
    void decide(boolean approved, Instant at) {
        requireState(PlanStatus.SUBMITTED);
        status = approved ? PlanStatus.APPROVED : PlanStatus.REJECTED;
        approvedAt = at;
        audit("enforcement.plan." + status.name().toLowerCase(), PlanStatus.SUBMITTED, Map.of("status", status.name()));
    }

    /** The director sent it back for changes. */
    void returned() {
        requireState(PlanStatus.SUBMITTED);
        status = PlanStatus.RETURNED;
        audit("enforcement.plan.returned", PlanStatus.SUBMITTED, Map.of("status", status.name()));
    }

    /** Becomes the plan in force of its agency and year. */
    void publish(String by, Instant at) {
        if (status != PlanStatus.APPROVED) {
            throw new BusinessException("PLAN-NOT-APPROVED", "计划须经局长审批同意后才能公布（当前：" + status.label() + "）");
        }
        status = PlanStatus.PUBLISHED;
        publishedBy = by;
        publishedAt = at;
        audit("enforcement.plan.published", PlanStatus.APPROVED, Map.of("status", status.name()));
    }

    /** Its published revision {@code by} takes its place. */
    void supersede(long by, Instant at) {
        requireState(PlanStatus.PUBLISHED);
        status = PlanStatus.SUPERSEDED;
        supersededAt = at;
        audit("enforcement.plan.superseded", PlanStatus.PUBLISHED, Map.of("status", status.name(), "by", by));
    }

    private void requireState(PlanStatus expected) {
        if (status != expected) {
            throw BusinessException.conflict("PLAN-STATE", "计划状态已变化（当前：" + status.label() + "），请刷新后重试");
        }
    }

    private void audit(String action, PlanStatus from, Map<String, Object> after) {
        registerEvent(AuditableEvent.change(action, "inspection-plan", id, Map.of("status", from.name()), after));
    }

    Long id() {
        return id;
    }

    PlanStatus status() {
        return status;
    }

    Integer version() {
        return version;
    }
}
