package cn.anjian.enforcement.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.enforcement.DecisionRemedied;
import cn.anjian.enforcement.RemedyKind;
import cn.anjian.enforcement.RemedyOutcome;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/** CASE-15 / STAT-07: a reconsideration (复议) or lawsuit (诉讼) against the case decision: filed, then its outcome once. */
@Table("enf_case_remedy")
class Remedy extends AbstractAggregateRoot<Remedy> {

    @Id
    private Long id;
    @Version
    private Integer version;
    private long caseId;
    private String scopePath;
    private RemedyKind kind;
    private LocalDate filedOn;
    private String body;
    private RemedyOutcome outcome;
    private LocalDate outcomeOn;
    private String note;
    private Instant recordedAt;
    private String recordedBy;
    private Long reviewAgencyId;
    private String reviewScopePath;

    @PersistenceCreator
    private Remedy() {
    }

    static Remedy filed(long caseId, String scopePath, RemedyKind kind, LocalDate on, String body, Instant at, String by) {
        Remedy r = new Remedy();
        r.caseId = caseId;
        r.scopePath = scopePath;
        r.kind = kind;
        r.filedOn = on;
        r.body = body;
        r.recordedAt = at;
        r.recordedBy = by;
        return r;
    }

    /** STAT-07: the reconsideration body is an agency of the system (it received the application). */
    Remedy reviewedBy(Long agencyId, String scopePath) {
        reviewAgencyId = agencyId;
        reviewScopePath = scopePath;
        return this;
    }

    /** Audited once the id is known (after the first save). */
    void recorded() {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("caseId", caseId);
        after.put("kind", kind.name());
        after.put("filedOn", filedOn.toString());
        after.put("body", body);
        if (reviewAgencyId != null) {
            after.put("reviewAgencyId", reviewAgencyId);
        }
        registerEvent(AuditableEvent.change("enforcement.case.remedy-filed", "case_remedy", id, null, after));
    }

    void decide(RemedyOutcome o, LocalDate on, String why, Instant at, String by) {
        if (outcome != null) {
            throw BusinessException.conflict("CASE-15-REMEDY-DECIDED", "该" + kind.label() + "已于" + Fmt.date(outcomeOn) + "登记结果：" + outcome.label());
        }
        if (o == null) {
            throw BusinessException.badInput("CASE-15-REMEDY-OUTCOME", "请选择结果");
        }
        if (on == null || on.isBefore(filedOn)) {
            throw BusinessException.badInput("CASE-15-REMEDY-DATE", "结果日期不能早于申请（起诉）日期");
        }
        outcome = o;
        outcomeOn = on;
        note = why;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("outcome", o.name());
        after.put("outcomeOn", on.toString());
        registerEvent(new AuditableEvent("enforcement.case.remedy-decided", "case_remedy", String.valueOf(id), null, after, by, null));
        registerEvent(new DecisionRemedied(caseId, id, kind, o, on, body, at, by)); // PUB-08: publicity corrects its entry
    }

    Long id() {
        return id;
    }

    long caseId() {
        return caseId;
    }

    RemedyOutcome outcome() {
        return outcome;
    }
}
