package cn.anjian.mines.planner;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * MC-07: a request that a commissioner stays on the same mine for one more year. Requested by the city or county
 * department, decided by the provincial department through {@code workflow}; the planner honours only APPROVED ones
 * of the plan's year ({@link PlanInputs}).
 */
@Table("mine_rotation_exception")
class RotationException extends AbstractAggregateRoot<RotationException> {

    @Getter
    @RequiredArgsConstructor
    enum Status {
        PENDING("待省级部门批准"), APPROVED("已批准"), REJECTED("未批准");

        private final String label;
    }

    @Id
    private Long id;
    @Version
    private Integer version;
    private long jurisdictionId;
    private String scopePath;
    private int planYear;
    private long commissionerId;
    private long mineId;
    private String reason;
    private Status status;
    private Long flowId;
    private Instant createdAt;
    private String createdBy;
    private Instant decidedAt;

    @PersistenceCreator
    private RotationException() {
    }

    static RotationException request(long jurisdictionId, String scopePath, int year, long commissionerId, long mineId,
                                     String reason, Instant now, String by) {
        if (reason == null || reason.isBlank()) {
            throw BusinessException.badInput("MC-07-REASON", "请说明需要延期轮换的理由");
        }
        RotationException x = new RotationException();
        x.jurisdictionId = jurisdictionId;
        x.scopePath = scopePath;
        x.planYear = year;
        x.commissionerId = commissionerId;
        x.mineId = mineId;
        x.reason = reason.strip();
        x.status = Status.PENDING;
        x.createdAt = now;
        x.createdBy = by;
        x.registerEvent(AuditableEvent.change("mines.rotation-exception.requested", "mine_rotation_exception", "new",
                null, x.snapshot()));
        return x;
    }

    void started(long flow) {
        flowId = flow;
    }

    /** The province's decision (the flow's last step); a decided request is final. */
    void decide(boolean approved, Instant at) {
        if (status != Status.PENDING) {
            throw BusinessException.conflict("MC-07-STATE", "该延期轮换申请已有审批结果");
        }
        Map<String, Object> before = snapshot();
        status = approved ? Status.APPROVED : Status.REJECTED;
        decidedAt = at;
        registerEvent(AuditableEvent.change("mines.rotation-exception." + (approved ? "approved" : "rejected"),
                "mine_rotation_exception", id, before, snapshot()));
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("planYear", planYear);
        m.put("commissionerId", commissionerId);
        m.put("mineId", mineId);
        m.put("reason", reason);
        m.put("status", status.name());
        return m;
    }

    Long id() {
        return id;
    }

    String scopePath() {
        return scopePath;
    }

    Status status() {
        return status;
    }

    int planYear() {
        return planYear;
    }

    long commissionerId() {
        return commissionerId;
    }

    long mineId() {
        return mineId;
    }

    String reason() {
        return reason;
    }
}
