package cn.anjian.mines.hazards;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.mines.HazardState;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * MW-06: a hazard found at a mine, from its rectification order to closure: 待整改 → (the enterprise's report) 待复查 →
 * (re-check passed) 已闭环, or back to 待整改 with a new due date when the re-check fails. Every move is audited.
 */
@Table("mine_hazard")
class Hazard extends AbstractAggregateRoot<Hazard> {

    static final String SUBJECT = "mine-hazard";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long mineId;
    private long commissionerId;
    private long agencyId;
    private long jurisdictionId;
    private String scopePath;
    private UUID checkId;
    private Long checkItemId;
    private String description;
    private boolean major;
    private HazardState state;
    private String photoFileIds;
    private String orderNumber;
    private Long orderFileId;
    private Long deadlineId;
    private java.time.LocalDate dueDate;
    private int rounds;
    private String report;
    private Long reportFileId;
    private Instant reportedAt;
    private String recheckNote;
    private Instant escalatedAt;
    private Instant foundAt;
    private String createdBy;
    private Instant closedAt;
    private String closedBy;

    @PersistenceCreator
    private Hazard() {
    }

    /** Where a hazard was found and by whom. */
    record Origin(long mineId, long commissionerId, long agencyId, long jurisdictionId, String scopePath, UUID checkId,
                  Long checkItemId) {
    }

    static Hazard found(Origin o, String description, boolean major, String photoFileIds, Instant at, String by) {
        Hazard h = new Hazard();
        h.mineId = o.mineId();
        h.commissionerId = o.commissionerId();
        h.agencyId = o.agencyId();
        h.jurisdictionId = o.jurisdictionId();
        h.scopePath = o.scopePath();
        h.checkId = o.checkId();
        h.checkItemId = o.checkItemId();
        h.description = description;
        h.major = major;
        h.state = HazardState.RECTIFYING;
        h.photoFileIds = photoFileIds == null ? "" : photoFileIds;
        h.rounds = 1;
        h.foundAt = at;
        h.createdBy = by;
        return h;
    }

    /** The audited snapshot of a new hazard (published by the service once the id is known). */
    Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("hazard", description);
        m.put("majorHazard", major);
        m.put("state", state.name());
        m.put("orderNumber", orderNumber == null ? "" : orderNumber);
        return m;
    }

    /** The numbered rectification order and its calendar deadline (MW-06). */
    void ordered(String number, Long fileId, long deadline, java.time.LocalDate due) {
        orderNumber = number;
        orderFileId = fileId;
        deadlineId = deadline;
        dueDate = due;
    }

    /** MW-06: the enterprise reported its rectification; the hazard waits for the re-check. */
    void reported(String text, Long fileId, Instant at, String by) {
        if (state != HazardState.RECTIFYING) {
            throw BusinessException.conflict("MW-06-STATE", "只有待整改的隐患可以登记整改报告（当前：" + state.label() + "）");
        }
        report = text;
        reportFileId = fileId;
        reportedAt = at;
        move(HazardState.RECHECK, "reported", by, Map.of("report", text));
    }

    /**
     * MW-06: the re-check. Passed: closed. Failed: back to rectification, a new round with a new due date (the service
     * opens it and calls {@link #newDeadline}).
     */
    void rechecked(boolean passed, String note, Instant at, String by) {
        if (state != HazardState.RECHECK) {
            throw BusinessException.conflict("MW-06-STATE", "只有待复查的隐患可以复查（当前：" + state.label() + "）");
        }
        recheckNote = note;
        if (passed) {
            closedAt = at;
            closedBy = by;
            move(HazardState.CLOSED, "closed", by, Map.of("recheckNote", note));
        } else {
            rounds++;
            move(HazardState.RECTIFYING, "reopened", by, Map.of("recheckNote", note, "rounds", rounds));
        }
    }

    void newDeadline(long deadline, java.time.LocalDate due) {
        deadlineId = deadline;
        dueDate = due;
    }

    /** MW-06: a major hazard is escalated once, at once. */
    void escalated(Instant at, String by) {
        if (!major) {
            throw new BusinessException("MW-06", "只有重大事故隐患需要立即上报");
        }
        if (escalatedAt != null) {
            return;
        }
        escalatedAt = at;
        registerEvent(new AuditableEvent("mines.hazard.escalated", SUBJECT, String.valueOf(id), null,
                Map.of("escalatedAt", at.toString()), by, null));
    }

    private void move(HazardState to, String action, String by, Map<String, Object> extra) {
        HazardState from = state;
        state = to;
        Map<String, Object> after = new LinkedHashMap<>(extra);
        after.put("state", to.name());
        registerEvent(new AuditableEvent("mines.hazard." + action, SUBJECT, String.valueOf(id),
                Map.of("state", from.name()), after, by, null));
    }

    Long id() {
        return id;
    }

    long mineId() {
        return mineId;
    }

    long commissionerId() {
        return commissionerId;
    }

    long agencyId() {
        return agencyId;
    }

    long jurisdictionId() {
        return jurisdictionId;
    }

    String scopePath() {
        return scopePath;
    }

    String description() {
        return description;
    }

    boolean major() {
        return major;
    }

    HazardState state() {
        return state;
    }

    Long deadlineId() {
        return deadlineId;
    }

    int rounds() {
        return rounds;
    }

    Instant foundAt() {
        return foundAt;
    }

    Instant escalatedAt() {
        return escalatedAt;
    }
}
