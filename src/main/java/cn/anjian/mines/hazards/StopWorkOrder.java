package cn.anjian.mines.hazards;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * MW-12 (art. 43): a "三违" stop order or a stop-production/evacuation order in imminent danger — recorded with its
 * time, reason, scope, people evacuated and photos, numbered, reported to the department, lifted later with a record.
 */
@Table("mine_stop_order")
class StopWorkOrder extends AbstractAggregateRoot<StopWorkOrder> {

    static final String SUBJECT = "mine-stop-order";

    @Id
    private Long id;
    @Version
    private Integer version;
    private UUID clientId;
    private String requestHash;
    private long mineId;
    private long commissionerId;
    private long agencyId;
    private long jurisdictionId;
    private String scopePath;
    private StopWorkKind kind;
    private Instant orderedAt;
    private String reason;
    private String scopeText;
    private int peopleEvacuated;
    private String photoFileIds;
    private String orderNumber;
    private Long orderFileId;
    private StopWorkState state;
    private Instant escalatedAt;
    private Instant liftedAt;
    private String liftNote;
    private String liftedBy;
    private String createdBy;

    @PersistenceCreator
    private StopWorkOrder() {
    }

    /** What the commissioner ordered. */
    record Facts(StopWorkKind kind, Instant orderedAt, String reason, String scopeText, int peopleEvacuated, String photos) {
    }

    static StopWorkOrder order(UUID clientId, String requestHash, Hazard.Origin o, Facts f, String by) {
        if (f.peopleEvacuated() < 0) {
            throw BusinessException.badInput("MW-12-EVACUATED", "撤出人数不能为负数");
        }
        StopWorkOrder s = new StopWorkOrder();
        s.clientId = clientId;
        s.requestHash = requestHash;
        s.mineId = o.mineId();
        s.commissionerId = o.commissionerId();
        s.agencyId = o.agencyId();
        s.jurisdictionId = o.jurisdictionId();
        s.scopePath = o.scopePath();
        s.kind = f.kind();
        s.orderedAt = f.orderedAt();
        s.reason = f.reason();
        s.scopeText = f.scopeText();
        s.peopleEvacuated = f.peopleEvacuated();
        s.photoFileIds = f.photos();
        s.state = StopWorkState.IN_FORCE;
        s.createdBy = by;
        return s;
    }

    Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("stopKind", kind.name());
        m.put("stopReason", reason);
        m.put("scopeText", scopeText);
        m.put("peopleEvacuated", peopleEvacuated);
        m.put("orderNumber", orderNumber == null ? "" : orderNumber);
        return m;
    }

    void numbered(String number, long fileId) {
        orderNumber = number;
        orderFileId = fileId;
    }

    void escalated(Instant at) {
        escalatedAt = at;
    }

    /** MW-12: the order is lifted (the danger removed, the violation stopped), with a record. */
    void lift(String note, Instant at, String by) {
        if (state != StopWorkState.IN_FORCE) {
            throw BusinessException.conflict("MW-12-STATE", "该指令已解除");
        }
        state = StopWorkState.LIFTED;
        liftedAt = at;
        liftNote = note;
        liftedBy = by;
        registerEvent(new AuditableEvent("mines.stop-order.lifted", SUBJECT, String.valueOf(id),
                Map.of("state", StopWorkState.IN_FORCE.name()), Map.of("state", state.name(), "liftNote", note), by, null));
    }

    Long id() {
        return id;
    }

    String requestHash() {
        return requestHash;
    }

    long mineId() {
        return mineId;
    }

    String scopePath() {
        return scopePath;
    }

    StopWorkKind kind() {
        return kind;
    }

    StopWorkState state() {
        return state;
    }

    String orderNumber() {
        return orderNumber;
    }
}
