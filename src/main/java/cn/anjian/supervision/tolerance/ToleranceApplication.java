package cn.anjian.supervision.tolerance;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.supervision.tolerance.ToleranceEnums.Kind;
import cn.anjian.supervision.tolerance.ToleranceEnums.Outcome;
import cn.anjian.supervision.tolerance.ToleranceEnums.Requested;
import cn.anjian.supervision.tolerance.ToleranceEnums.Status;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * COR-04: an application for fault tolerance or due-diligence exemption. Art. 2 admits only a mistake made diligently
 * (勤勉尽责), lawfully (不违反法律规定和政策规定) and without private gain (未谋取私利): each criterion is answered with
 * its grounds, and an application failing one is refused before anything is stored. A due-diligence exemption states
 * the responsibility boundary, the duties and the accountability conditions first (003 第（十二）项). The decision
 * (exempted, mitigated, refused) and its reasons come from the workflow.
 */
@Table("sup_tolerance")
class ToleranceApplication extends AbstractAggregateRoot<ToleranceApplication> {

    /** The three criteria of art. 2, each answered with its grounds. */
    record Criteria(boolean diligent, String diligentNote, boolean lawful, String lawfulNote, boolean noPrivateGain,
                    String noPrivateGainNote) {
    }

    /** 003 第（十二）项: what a due-diligence exemption rests on. */
    record Responsibility(String boundary, String duties, String accountability) {
    }

    @Id
    private Long id;
    @Version
    private Integer version;
    private long agencyId;
    private long jurisdictionId;
    private String scopePath;
    private Kind kind;
    private long personId;
    private String personName;
    private String matter;
    private boolean diligent;
    private String diligentNote;
    private boolean lawful;
    private String lawfulNote;
    private boolean noPrivateGain;
    private String noPrivateGainNote;
    private String boundary;
    private String duties;
    private String accountability;
    private Requested requested;
    private Status status;
    private Outcome outcome;
    private String decisionReason;
    private Long flowId;
    private Instant createdAt;
    private String createdBy;
    private Instant decidedAt;
    private String decidedBy;

    @PersistenceCreator
    private ToleranceApplication() {
    }

    static ToleranceApplication apply(long agencyId, long jurisdictionId, String scopePath, Kind kind, long personId,
                                      String personName, String matter, Criteria c, Responsibility r, Requested requested,
                                      Instant at, String by) {
        if (!c.diligent() || !c.lawful() || !c.noPrivateGain()) {
            throw new BusinessException("COR-04", "只有勤勉尽责、不违反法律和政策规定、未谋取私利的失误偏差才能容错免责"
                    + "（《安全生产执法纠错制度》第二条），本申请不符合：" + failed(c));
        }
        if (kind == Kind.DUE_DILIGENCE && (r == null || r.boundary() == null || r.duties() == null || r.accountability() == null)) {
            throw new BusinessException("COR-04-RESPONSIBILITY", "尽职免责须先明确执法责任边界、履职内容和追责条件"
                    + "（《晋城市人民政府办公室关于加强市县乡安全生产监管能力建设的实施意见》第（十二）项）");
        }
        ToleranceApplication a = new ToleranceApplication();
        a.agencyId = agencyId;
        a.jurisdictionId = jurisdictionId;
        a.scopePath = scopePath;
        a.kind = kind;
        a.personId = personId;
        a.personName = personName;
        a.matter = matter;
        a.diligent = true;
        a.diligentNote = c.diligentNote();
        a.lawful = true;
        a.lawfulNote = c.lawfulNote();
        a.noPrivateGain = true;
        a.noPrivateGainNote = c.noPrivateGainNote();
        if (r != null) {
            a.boundary = r.boundary();
            a.duties = r.duties();
            a.accountability = r.accountability();
        }
        a.requested = requested;
        a.status = Status.IN_REVIEW;
        a.createdAt = at;
        a.createdBy = by;
        return a;
    }

    private static String failed(Criteria c) {
        StringBuilder s = new StringBuilder();
        if (!c.diligent()) {
            s.append("未勤勉尽责；");
        }
        if (!c.lawful()) {
            s.append("违反法律或政策规定；");
        }
        if (!c.noPrivateGain()) {
            s.append("谋取了私利；");
        }
        return s.substring(0, s.length() - 1);
    }

    Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.name());
        m.put("officer", personName);
        m.put("matter", matter);
        m.put("diligent", diligentNote);
        m.put("lawful", lawfulNote);
        m.put("noPrivateGain", noPrivateGainNote);
        m.put("requested", requested.name());
        m.put("status", status.name());
        return m;
    }

    void flow(long flowId) {
        this.flowId = flowId;
    }

    /** The workflow's decision: approved grants what was asked, rejected refuses; the reasons are required. */
    void decide(boolean approved, String reason, Instant at, String by) {
        if (status != Status.IN_REVIEW) {
            throw BusinessException.conflict("COR-04-STATE", "该容错免责申请已作出决定");
        }
        if (reason == null || reason.isBlank()) {
            throw new BusinessException("COR-04-REASON", "请在审批意见中写明容错免责决定的理由");
        }
        status = Status.DECIDED;
        outcome = !approved ? Outcome.REFUSED : requested == Requested.EXEMPT ? Outcome.EXEMPTED : Outcome.MITIGATED;
        decisionReason = reason.strip();
        decidedAt = at;
        decidedBy = by;
        registerEvent(new AuditableEvent("supervision.tolerance.decided", "sup-tolerance", String.valueOf(id),
                Map.of("status", Status.IN_REVIEW.name()),
                Map.of("status", status.name(), "outcome", outcome.name(), "decisionReason", decisionReason), by, null));
    }

    Long id() {
        return id;
    }

    String scopePath() {
        return scopePath;
    }

    long agencyId() {
        return agencyId;
    }

    Kind kind() {
        return kind;
    }

    String personName() {
        return personName;
    }

    String matter() {
        return matter;
    }

    Requested requested() {
        return requested;
    }

    String diligentNote() {
        return diligentNote;
    }

    String lawfulNote() {
        return lawfulNote;
    }

    String noPrivateGainNote() {
        return noPrivateGainNote;
    }

    String boundary() {
        return boundary;
    }

    String duties() {
        return duties;
    }

    String accountability() {
        return accountability;
    }

    Status status() {
        return status;
    }

    Outcome outcome() {
        return outcome;
    }

    String decisionReason() {
        return decisionReason;
    }
}
