package cn.anjian.mines.app;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/** MW-11 (art. 20): a commissioner's leave request, decided by the department on workflow. */
@Table("mine_leave")
class Leave extends AbstractAggregateRoot<Leave> {

    /** At most this long in one request (a longer absence is an adjustment of the assignment, MC-05). */
    static final int MAX_DAYS = 90;

    @Id
    private Long id;
    @Version
    private Integer version;
    private long commissionerId;
    private long userId;
    private long agencyId;
    private String scopePath;
    private LocalDate startsOn;
    private LocalDate endsOn;
    private String reason;
    private long substituteId;
    private LeaveStatus status;
    private Long flowId;
    private String opinion;
    private Instant createdAt;
    private String createdBy;
    private Instant decidedAt;

    @PersistenceCreator
    private Leave() {
    }

    /** Refuses an empty or reversed period, one starting in the past, and the commissioner standing in for himself. */
    static Leave request(Me me, LocalDate startsOn, LocalDate endsOn, String reason, long substituteId, LocalDate today,
                         Instant now, String by) {
        if (startsOn == null || endsOn == null) {
            throw BusinessException.badInput("MW-11-DATES", "请填写请假的起止日期");
        }
        if (endsOn.isBefore(startsOn)) {
            throw new BusinessException("MW-11-DATES", "请假结束日期不能早于开始日期");
        }
        if (startsOn.isBefore(today)) {
            throw new BusinessException("MW-11-DATES", "请假开始日期不能早于今天（请销假手续应在离开前办理）");
        }
        if (ChronoUnit.DAYS.between(startsOn, endsOn) + 1 > MAX_DAYS) {
            throw new BusinessException("MW-11-DATES", "一次请假不能超过 " + MAX_DAYS + " 天，更长时间离岗请按派驻调整办理");
        }
        if (substituteId == me.commissionerId()) {
            throw new BusinessException("MW-11-SUBSTITUTE", "代岗监管专员不能是本人");
        }
        if (reason == null || reason.isBlank()) {
            throw BusinessException.badInput("MW-11-REASON", "请填写请假事由");
        }
        Leave l = new Leave();
        l.commissionerId = me.commissionerId();
        l.userId = me.userId();
        l.agencyId = me.agencyId();
        l.scopePath = me.scopePath();
        l.startsOn = startsOn;
        l.endsOn = endsOn;
        l.reason = reason.strip();
        l.substituteId = substituteId;
        l.status = LeaveStatus.REQUESTED;
        l.createdAt = now;
        l.createdBy = by;
        l.registerEvent(AuditableEvent.change("mines.leave.requested", "mine_leave", "new", null, l.snapshot()));
        return l;
    }

    void flow(long flowId) {
        this.flowId = flowId;
    }

    /** The department's decision, once. */
    void decide(boolean approved, String opinion, Instant at) {
        if (status != LeaveStatus.REQUESTED) {
            throw BusinessException.conflict("MW-11-STATE", "该请假申请已审批，不能再次审批");
        }
        Map<String, Object> before = snapshot();
        status = approved ? LeaveStatus.APPROVED : LeaveStatus.REJECTED;
        this.opinion = opinion;
        decidedAt = at;
        registerEvent(AuditableEvent.change(approved ? "mines.leave.approved" : "mines.leave.rejected", "mine_leave", id,
                before, snapshot()));
    }

    boolean overlaps(LocalDate from, LocalDate to) {
        return status != LeaveStatus.REJECTED && !startsOn.isAfter(to) && !endsOn.isBefore(from);
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("startsOn", startsOn.toString());
        m.put("endsOn", endsOn.toString());
        m.put("reason", reason);
        m.put("substituteId", substituteId);
        m.put("status", status.name());
        return m;
    }

    Long id() {
        return id;
    }

    long commissionerId() {
        return commissionerId;
    }

    String scopePath() {
        return scopePath;
    }

    LocalDate startsOn() {
        return startsOn;
    }

    LocalDate endsOn() {
        return endsOn;
    }

    LeaveStatus status() {
        return status;
    }

    Long flowId() {
        return flowId;
    }

    String reason() {
        return reason;
    }
}
