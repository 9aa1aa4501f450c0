package cn.anjian.mines.assessment;

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

/** MA-09: an exemption of one missed-item occurrence with its art. 39 ground, approved through workflow. */
@Table("mine_exemption")
class Exemption extends AbstractAggregateRoot<Exemption> {

    @Getter
    @RequiredArgsConstructor
    enum Status {
        PENDING("审批中"), APPROVED("已批准免责"), REJECTED("未批准");

        private final String label;
    }

    static final String SUBJECT = "mine_exemption";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long commissionerId;
    private String scopePath;
    private int year;
    private String checkRef;
    private ExemptionGround ground;
    private String note;
    private Status status;
    private Long flowId;
    private Instant createdAt;
    private String createdBy;

    @PersistenceCreator
    private Exemption() {
    }

    static Exemption request(long commissionerId, String scopePath, int year, String checkRef, ExemptionGround ground,
                             String note, Instant now, String by) {
        if (ground == null) {
            throw BusinessException.badInput("MA-09-GROUND", "请选择免责情形（第三十九条）");
        }
        if (note == null || note.isBlank()) {
            throw BusinessException.badInput("MA-09-NOTE", "请写明免责的事实和依据");
        }
        Exemption e = new Exemption();
        e.commissionerId = commissionerId;
        e.scopePath = scopePath;
        e.year = year;
        e.checkRef = checkRef;
        e.ground = ground;
        e.note = note;
        e.status = Status.PENDING;
        e.createdAt = now;
        e.createdBy = by;
        return e;
    }

    void started(long flow) {
        flowId = flow;
        registerEvent(AuditableEvent.change("mines.exemption.requested", SUBJECT, id, null, snapshot()));
    }

    void decided(boolean approved) {
        if (status != Status.PENDING) {
            throw BusinessException.conflict("MA-09-STATE", "该免责申请已办结");
        }
        Map<String, Object> before = snapshot();
        status = approved ? Status.APPROVED : Status.REJECTED;
        registerEvent(AuditableEvent.change(approved ? "mines.exemption.approved" : "mines.exemption.rejected", SUBJECT, id,
                before, snapshot()));
    }

    private Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("checkRef", checkRef);
        m.put("exemptionGround", ground.name());
        m.put("note", note);
        m.put("status", status.name());
        return m;
    }

    Long id() { return id; }
    long commissionerId() { return commissionerId; }
    int year() { return year; }
    String checkRef() { return checkRef; }
    Status status() { return status; }
    String note() { return note; }
    String groundLabel() { return ground.label(); }
    String scopePath() { return scopePath; }
}
