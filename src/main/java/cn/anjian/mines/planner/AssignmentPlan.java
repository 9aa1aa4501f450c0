package cn.anjian.mines.planner;

import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * MC-09: a jurisdiction's yearly assignment plan. The outcome (JSON of {@link PlanOutcome}) and the checker's
 * violations are replaced only by the solver's result or an officer's checked move; the pairs are kept as rows.
 */
@Table("mine_plan")
class AssignmentPlan extends AbstractAggregateRoot<AssignmentPlan> {

    @Table("mine_plan_assignment")
    record Pair(long mineId, long commissionerId) {
    }

    @Id
    private Long id;
    @Version
    private Integer version;
    private long jurisdictionId;
    private String scopePath;
    private int planYear;
    private PlanStatus status;
    private String score;
    private String outcome;
    private String violations;
    private Long previousPlanId;
    private Long flowId;
    private Instant createdAt;
    private String createdBy;
    private Instant solvedAt;
    private Instant decidedAt;
    private String supervisionPhone;
    private Instant reportedAt;
    @MappedCollection(idColumn = "plan_id")
    private Set<Pair> pairs = new HashSet<>();

    @PersistenceCreator
    private AssignmentPlan() {
    }

    static AssignmentPlan start(long jurisdictionId, String scopePath, int year, Long previousPlanId, Instant now, String by) {
        AssignmentPlan p = new AssignmentPlan();
        p.jurisdictionId = jurisdictionId;
        p.scopePath = scopePath;
        p.planYear = year;
        p.status = PlanStatus.SOLVING;
        p.score = "";
        p.outcome = "";
        p.violations = "";
        p.previousPlanId = previousPlanId;
        p.createdAt = now;
        p.createdBy = by;
        p.supervisionPhone = "";
        p.registerEvent(AuditableEvent.change("mines.plan.created", "mine_plan", "new", null, p.snapshot()));
        return p;
    }

    /** The solver's final best plan (audited as the officer who asked for it). */
    void solved(String outcomeJson, String violationsJson, String score, Set<Pair> pairs, Instant at) {
        if (status != PlanStatus.SOLVING) {
            throw BusinessException.conflict("MC-09-STATE", "该方案不在计算中");
        }
        replace(outcomeJson, violationsJson, score, pairs);
        status = PlanStatus.SOLVED;
        solvedAt = at;
        registerEvent(new AuditableEvent("mines.plan.solved", "mine_plan", String.valueOf(id), null, snapshot(),
                createdBy, null));
    }

    void failed(Instant at) {
        if (status != PlanStatus.SOLVING) {
            throw BusinessException.conflict("MC-09-STATE", "该方案不在计算中");
        }
        status = PlanStatus.FAILED;
        solvedAt = at;
        registerEvent(new AuditableEvent("mines.plan.failed", "mine_plan", String.valueOf(id), null, snapshot(),
                createdBy, null));
    }

    /** An officer's move, already re-checked by the checker. */
    void adjusted(String outcomeJson, String violationsJson, Set<Pair> pairs, Map<String, ?> move) {
        adjusted(outcomeJson, violationsJson, pairs, "mines.plan.adjusted", move);
    }

    /** An officer's checked change of the draft, audited under {@code action} (a move, an addition, a removal). */
    void adjusted(String outcomeJson, String violationsJson, Set<Pair> pairs, String action, Map<String, ?> change) {
        requireEditable();
        replace(outcomeJson, violationsJson, score, pairs);
        registerEvent(AuditableEvent.change(action, "mine_plan", id, null, change));
    }

    void submitted(long flow, boolean clean) {
        requireEditable();
        if (!clean) {
            throw new BusinessException("MC-09", "方案仍有违反派驻规则的情形，不能提交审批");
        }
        Map<String, Object> before = snapshot();
        flowId = flow;
        status = PlanStatus.IN_REVIEW;
        registerEvent(AuditableEvent.change("mines.plan.submitted", "mine_plan", id, before, snapshot()));
    }

    void decided(boolean approved, Instant at) {
        if (status != PlanStatus.IN_REVIEW) {
            throw BusinessException.conflict("MC-06-STATE", "该方案不在审批中");
        }
        Map<String, Object> before = snapshot();
        status = approved ? PlanStatus.APPROVED : PlanStatus.RETURNED;
        decidedAt = at;
        if (approved) {
            reportedAt = at;   // MC-06: the approved plan is reported to the province and published at once
        }
        registerEvent(AuditableEvent.change("mines.plan." + (approved ? "approved" : "returned"), "mine_plan", id,
                before, snapshot()));
    }

    /** MC-06 (art. 9): the approved plan was reported to these provincial agencies (audited with who was told). */
    void reportedTo(java.util.List<String> agencies) {
        if (status != PlanStatus.APPROVED || reportedAt == null) {
            throw BusinessException.conflict("MC-06-STATE", "只有已批准的方案报送省级矿山安全监管部门");
        }
        registerEvent(AuditableEvent.change("mines.plan.reported", "mine_plan", id, null,
                Map.of("reportedTo", String.join("、", agencies))));
    }

    /** MC-06: the supervision phone published with the plan (checked by the caller with {@code Phones}). */
    void contact(String phone) {
        requireEditable();
        Map<String, Object> before = Map.of("supervisionPhone", supervisionPhone);
        supervisionPhone = phone;
        registerEvent(AuditableEvent.change("mines.plan.contact-changed", "mine_plan", id, before,
                Map.of("supervisionPhone", phone)));
    }

    String supervisionPhone() {
        return supervisionPhone;
    }

    Instant reportedAt() {
        return reportedAt;
    }

    private void requireEditable() {
        if (status != PlanStatus.SOLVED && status != PlanStatus.RETURNED) {
            throw BusinessException.conflict("MC-09-STATE", "只有计算完成或已退回的方案可以调整或提交");
        }
    }

    private void replace(String outcomeJson, String violationsJson, String newScore, Set<Pair> newPairs) {
        outcome = outcomeJson;
        violations = violationsJson;
        score = newScore == null ? "" : newScore;
        pairs = new HashSet<>(newPairs);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("planYear", planYear);
        m.put("status", status.name());
        m.put("score", score);
        return m;
    }

    Long id() {
        return id;
    }

    long jurisdictionId() {
        return jurisdictionId;
    }

    String scopePath() {
        return scopePath;
    }

    int planYear() {
        return planYear;
    }

    PlanStatus status() {
        return status;
    }

    String score() {
        return score;
    }

    String outcome() {
        return outcome;
    }

    String violations() {
        return violations;
    }

    Long previousPlanId() {
        return previousPlanId;
    }
}
