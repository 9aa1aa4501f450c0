package cn.anjian.mines.assessment;

import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * MA-01: a commissioner's assessment of one year. The grade is computed (never typed); while it is a draft a re-run
 * replaces it. The unit confirms it through workflow (four eyes); an override of the computed grade needs a reason and
 * the head's approval. A confirmed assessment is never re-computed.
 */
@Table("mine_assessment")
class Assessment extends AbstractAggregateRoot<Assessment> {

    @lombok.Getter
    @lombok.RequiredArgsConstructor
    enum Status {
        DRAFT("待确认"), CONFIRMING("确认审核中"), OVERRIDING("调整等次审批中"), CONFIRMED("已确认");

        private final String label;
    }

    static final String SUBJECT = "mine_assessment";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long commissionerId;
    private int year;
    private long agencyId;
    private String scopePath;
    private Status status;
    private Grade computedGrade;
    private Grade grade;
    private String criteria;
    private int requiredChecks;
    private int doneChecks;
    private String thresholds;
    private Grade overrideGrade;
    private String overrideReason;
    private Long flowId;
    private Instant computedAt;
    private Instant confirmedAt;

    @PersistenceCreator
    private Assessment() {
    }

    static Assessment computed(long commissionerId, int year, long agencyId, String scopePath,
                               AssessmentRules.Outcome o, WorkRecordFacts.CompletionRate r, AssessmentRules.Thresholds t,
                               Instant now) {
        Assessment a = new Assessment();
        a.commissionerId = commissionerId;
        a.year = year;
        a.agencyId = agencyId;
        a.scopePath = scopePath;
        a.status = Status.DRAFT;
        a.apply(o, r, t, now);
        a.registerEvent(AuditableEvent.change("mines.assessment.computed", SUBJECT, "new", null, a.snapshot()));
        return a;
    }

    /** Re-computation: only a draft changes, and only when the result differs (a re-run is idempotent). */
    boolean recompute(AssessmentRules.Outcome o, WorkRecordFacts.CompletionRate r, AssessmentRules.Thresholds t, Instant now) {
        if (status != Status.DRAFT) {
            return false;
        }
        if (o.grade() == computedGrade && o.stored().equals(criteria) && r.required() == requiredChecks
                && r.done() == doneChecks && t.stored().equals(thresholds)) {
            return false;
        }
        Map<String, Object> before = snapshot();
        apply(o, r, t, now);
        registerEvent(AuditableEvent.change("mines.assessment.computed", SUBJECT, id, before, snapshot()));
        return true;
    }

    private void apply(AssessmentRules.Outcome o, WorkRecordFacts.CompletionRate r, AssessmentRules.Thresholds t, Instant now) {
        computedGrade = o.grade();
        grade = o.grade();
        criteria = o.stored();
        requiredChecks = r.required();
        doneChecks = r.done();
        thresholds = t.stored();
        computedAt = now;
    }

    /** The unit submits the computed grade for confirmation. */
    void submit() {
        requireDraft();
        status = Status.CONFIRMING;
    }

    /** The confirmation or override flow was started for this assessment. */
    void flowStarted(long flow) {
        flowId = flow;
        registerEvent(AuditableEvent.change(status == Status.OVERRIDING ? "mines.assessment.override-requested"
                : "mines.assessment.submitted", SUBJECT, id, null, snapshot()));
    }

    /** An override: another grade with a reason, for the head's approval. */
    void requestOverride(Grade to, String reason) {
        requireDraft();
        if (to == null || to == computedGrade) {
            throw BusinessException.badInput("MA-01-OVERRIDE", "请选择与计算结果不同的考核等次");
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessException.badInput("MA-01-OVERRIDE-REASON", "调整考核等次须说明理由");
        }
        status = Status.OVERRIDING;
        overrideGrade = to;
        overrideReason = reason;
    }

    /** The flow's outcome: approved → confirmed (with the override's grade); rejected or returned → a draft again. */
    void decided(boolean approved, Instant at) {
        if (status != Status.CONFIRMING && status != Status.OVERRIDING) {
            throw BusinessException.conflict("MA-01-STATE", "该考核结果不在审核中");
        }
        Map<String, Object> before = snapshot();
        if (approved) {
            if (status == Status.OVERRIDING) {
                grade = overrideGrade;
            }
            status = Status.CONFIRMED;
            confirmedAt = at;
        } else {
            status = Status.DRAFT;
            overrideGrade = null;
            overrideReason = null;
        }
        flowId = null;
        registerEvent(AuditableEvent.change(approved ? "mines.assessment.confirmed" : "mines.assessment.returned", SUBJECT,
                id, before, snapshot()));
    }

    private void requireDraft() {
        if (status != Status.DRAFT) {
            throw BusinessException.conflict("MA-01-STATE", status == Status.CONFIRMED ? "该考核结果已确认" : "该考核结果正在审核中");
        }
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("status", status.name());
        m.put("computedGrade", computedGrade.name());
        m.put("grade", grade.name());
        m.put("completion", doneChecks + "/" + requiredChecks);
        m.put("thresholds", thresholds);
        if (overrideGrade != null) {
            m.put("overrideGrade", overrideGrade.name());
            m.put("overrideReason", overrideReason);
        }
        return m;
    }

    List<AssessmentRules.Criterion> criteria() {
        return criteria.isEmpty() ? List.of() : Arrays.stream(criteria.split("\n")).map(AssessmentRules.Criterion::parse).toList();
    }

    Long id() { return id; }
    long commissionerId() { return commissionerId; }
    int year() { return year; }
    long agencyId() { return agencyId; }
    String scopePath() { return scopePath; }
    Status status() { return status; }
    Grade computedGrade() { return computedGrade; }
    Grade grade() { return grade; }
    int requiredChecks() { return requiredChecks; }
    int doneChecks() { return doneChecks; }
    Grade overrideGrade() { return overrideGrade; }
    String overrideReason() { return overrideReason; }
    Long flowId() { return flowId; }
    Instant computedAt() { return computedAt; }
}
