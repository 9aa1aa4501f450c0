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
 * MC-07 (art. 10): the handover at a rotation — the outgoing commissioner records the mine's situation and the
 * supervision status and confirms, then the incoming one confirms receipt; each on their own account. Complete only
 * when both have confirmed.
 */
@Table("mine_handover")
class Handover extends AbstractAggregateRoot<Handover> {

    @Getter
    @RequiredArgsConstructor
    enum Status {
        PENDING("待交出人确认"), HANDED_OVER("待接任人确认"), COMPLETED("交接完成");

        private final String label;
    }

    @Id
    private Long id;
    @Version
    private Integer version;
    private long planId;
    private long mineId;
    private long outgoingId;
    private long incomingId;
    private long jurisdictionId;
    private String scopePath;
    private Status status;
    private String situation;
    private String supervisionStatus;
    private String incomingNote;
    private Instant outgoingConfirmedAt;
    private Instant incomingConfirmedAt;
    private Long deadlineId;
    private Instant createdAt;

    @PersistenceCreator
    private Handover() {
    }

    static Handover open(long planId, long mineId, long outgoingId, long incomingId, long jurisdictionId, String scopePath,
                         Instant now) {
        Handover h = new Handover();
        h.planId = planId;
        h.mineId = mineId;
        h.outgoingId = outgoingId;
        h.incomingId = incomingId;
        h.jurisdictionId = jurisdictionId;
        h.scopePath = scopePath;
        h.status = Status.PENDING;
        h.situation = "";
        h.supervisionStatus = "";
        h.incomingNote = "";
        h.createdAt = now;
        h.registerEvent(AuditableEvent.change("mines.handover.created", "mine_handover", "new", null, h.snapshot()));
        return h;
    }

    void deadline(long id) {
        deadlineId = id;
    }

    /** The outgoing commissioner records the mine's situation and the supervision status, and confirms. */
    void confirmOutgoing(long commissionerId, String situationText, String supervisionText, Instant at) {
        if (commissionerId != outgoingId) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "MC-07-HANDOVER-WHO", "只有交出的监管专员本人可以确认交出");
        }
        if (status != Status.PENDING) {
            throw BusinessException.conflict("MC-07-HANDOVER-STATE", "交出人已确认过该交接");
        }
        if (situationText == null || situationText.isBlank() || supervisionText == null || supervisionText.isBlank()) {
            throw BusinessException.badInput("MC-07-HANDOVER-CONTENT", "请填写矿山基本情况和监管工作情况");
        }
        Map<String, Object> before = snapshot();
        situation = situationText.strip();
        supervisionStatus = supervisionText.strip();
        outgoingConfirmedAt = at;
        status = Status.HANDED_OVER;
        registerEvent(AuditableEvent.change("mines.handover.outgoing-confirmed", "mine_handover", id, before, snapshot()));
    }

    /** The incoming commissioner confirms receipt, after the outgoing one; the handover is then complete. */
    void confirmIncoming(long commissionerId, String note, Instant at) {
        if (commissionerId != incomingId) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "MC-07-HANDOVER-WHO", "只有接任的监管专员本人可以确认接收");
        }
        if (status == Status.PENDING) {
            throw BusinessException.conflict("MC-07-HANDOVER-STATE", "交出人尚未填写并确认交接内容，接任人暂不能确认");
        }
        if (status == Status.COMPLETED) {
            throw BusinessException.conflict("MC-07-HANDOVER-STATE", "该交接已完成");
        }
        Map<String, Object> before = snapshot();
        incomingNote = note == null ? "" : note.strip();
        incomingConfirmedAt = at;
        status = Status.COMPLETED;
        registerEvent(AuditableEvent.change("mines.handover.incoming-confirmed", "mine_handover", id, before, snapshot()));
    }

    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("mineId", mineId);
        m.put("outgoingId", outgoingId);
        m.put("incomingId", incomingId);
        m.put("status", status.name());
        m.put("situation", situation);
        m.put("supervisionStatus", supervisionStatus);
        m.put("incomingNote", incomingNote);
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

    Long deadlineId() {
        return deadlineId;
    }

    long outgoingId() {
        return outgoingId;
    }

    long incomingId() {
        return incomingId;
    }
}
