package cn.anjian.mines.hazards;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.mines.hazards.TipEnums.Allegation;
import cn.anjian.mines.hazards.TipEnums.Source;
import cn.anjian.mines.hazards.TipEnums.TipState;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * MW-08 (art. 17): a tip or online report of a ≥较大 incident or a suspected concealed accident. Recording it orders the
 * enterprise's self-check at once (the time is kept); the commissioner forwards the self-check report to the
 * department; a major matter is flagged 立即报告 and escalated at once.
 */
@Table("mine_incident_tip")
class IncidentTip extends AbstractAggregateRoot<IncidentTip> {

    static final String SUBJECT = "mine-incident-tip";

    @Id
    private Long id;
    @Version
    private Integer version;
    private long mineId;
    private long commissionerId;
    private long agencyId;
    private long jurisdictionId;
    private String scopePath;
    private Source source;
    private Allegation kind;
    private String summary;
    private boolean immediate;
    private TipState state;
    private Instant receivedAt;
    private Instant selfCheckOrderedAt;
    private Long deadlineId;
    private java.time.LocalDate dueDate;
    private String report;
    private Long reportFileId;
    private Instant forwardedAt;
    private Instant escalatedAt;
    private String createdBy;

    @PersistenceCreator
    private IncidentTip() {
    }

    static IncidentTip received(Hazard.Origin o, Source source, Allegation kind, String summary, boolean immediate,
                                Instant receivedAt, Instant now, String by) {
        IncidentTip t = new IncidentTip();
        t.mineId = o.mineId();
        t.commissionerId = o.commissionerId();
        t.agencyId = o.agencyId();
        t.jurisdictionId = o.jurisdictionId();
        t.scopePath = o.scopePath();
        t.source = source;
        t.kind = kind;
        t.summary = summary;
        t.immediate = immediate;
        t.state = TipState.AWAITING_REPORT;
        t.receivedAt = receivedAt;
        t.selfCheckOrderedAt = now;
        t.createdBy = by;
        return t;
    }

    Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("source", source.name());
        m.put("allegation", kind.name());
        m.put("tipSummary", summary);
        m.put("reportImmediately", immediate);
        m.put("state", state.name());
        return m;
    }

    void deadline(long id, java.time.LocalDate due, Instant escalated) {
        deadlineId = id;
        dueDate = due;
        escalatedAt = escalated;
    }

    /** MW-08: the enterprise's self-check report, forwarded to the department. */
    void forward(String text, Long fileId, Instant at, String by) {
        if (state != TipState.AWAITING_REPORT) {
            throw BusinessException.conflict("MW-08-STATE", "该线索的企业自查报告已报送部门");
        }
        report = text;
        reportFileId = fileId;
        forwardedAt = at;
        state = TipState.FORWARDED;
        registerEvent(new AuditableEvent("mines.tip.forwarded", SUBJECT, String.valueOf(id),
                Map.of("state", TipState.AWAITING_REPORT.name()), Map.of("state", state.name(), "selfCheckReport", text), by, null));
    }

    Long id() {
        return id;
    }

    long mineId() {
        return mineId;
    }

    String scopePath() {
        return scopePath;
    }

    boolean immediate() {
        return immediate;
    }

    Long deadlineId() {
        return deadlineId;
    }
}
