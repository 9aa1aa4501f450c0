package cn.anjian.enforcement.cases;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * CASE-13 (行政处罚法第六十条): a request to extend a case's time limit by {@code extraDays}, with its reason, approved
 * by the agency's head on the one approval mechanism. PENDING, then APPROVED (with the old and new due and the new
 * length) or REJECTED once.
 */
@Table("enf_case_extension")
class TimeLimitExtension extends AbstractAggregateRoot<TimeLimitExtension> {

    enum Status { PENDING, APPROVED, REJECTED }

    static final int MAX_EXTRA_DAYS = 365;

    @Id
    private Long id;
    @Version
    private Integer version;
    private long caseId;
    private long flowId;
    private int extraDays;
    private String reason;
    private Status status;
    private Instant oldDueAt;
    private Instant newDueAt;
    private Integer newLengthDays;
    private Instant requestedAt;
    private String requestedBy;
    private Instant decidedAt;
    private String decidedBy;
    private String opinion;

    @PersistenceCreator
    private TimeLimitExtension() {
    }

    static TimeLimitExtension request(long caseId, long flowId, int extraDays, String reason, Instant oldDueAt, Instant at,
                                      String by) {
        check(extraDays, reason);
        TimeLimitExtension e = new TimeLimitExtension();
        e.caseId = caseId;
        e.flowId = flowId;
        e.extraDays = extraDays;
        e.reason = reason;
        e.status = Status.PENDING;
        e.oldDueAt = oldDueAt;
        e.requestedAt = at;
        e.requestedBy = by;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("caseId", caseId);
        after.put("extraDays", extraDays);
        after.put("reason", reason);
        after.put("flowId", flowId);
        e.registerEvent(new AuditableEvent("enforcement.case.extension-requested", "case", Long.toString(caseId), null,
                after, by, null));
        return e;
    }

    /** The request's own rules, checked before a flow is started. */
    static void check(int extraDays, String reason) {
        if (extraDays < 1 || extraDays > MAX_EXTRA_DAYS) {
            throw BusinessException.badInput("CASE-13-DAYS", "延长天数应为 1 至 " + MAX_EXTRA_DAYS + " 日");
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessException.badInput("CASE-13-REASON", "请写明延长办案期限的理由");
        }
    }

    /** The flow ended: approved with the new due and length, or not approved. */
    void decide(boolean approved, Instant newDue, Integer newLength, Instant at, String by, String opinion) {
        if (status != Status.PENDING) {
            throw BusinessException.conflict("CASE-13-STATE", "该延期申请已办结，不能再次审批");
        }
        status = approved ? Status.APPROVED : Status.REJECTED;
        newDueAt = approved ? newDue : null;
        newLengthDays = approved ? newLength : null;
        decidedAt = at;
        decidedBy = by;
        this.opinion = opinion;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status.name());
        after.put("newDueAt", newDueAt == null ? null : newDueAt.toString());
        after.put("newLengthDays", newLengthDays);
        registerEvent(new AuditableEvent("enforcement.case.extension-" + status.name().toLowerCase(), "case",
                Long.toString(caseId), Map.of("status", Status.PENDING.name()), after, by, null));
    }

    Long id() {
        return id;
    }

    boolean pending() {
        return status == Status.PENDING;
    }

    long caseId() {
        return caseId;
    }

    int extraDays() {
        return extraDays;
    }
}
