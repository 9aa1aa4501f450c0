package cn.anjian.org;

import java.time.LocalDate;
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
 * An agency as stored (ORG-02): the Spring Data JDBC aggregate behind the read model {@link Agency}
 * ({@link AgencyRepository}, optimistic {@code @Version}). ACTIVE until retired; rename and retirement
 * check that state, refuse before changing anything and register their audit events (published on save).
 */
@Table("org_agency")
class AgencyAggregate extends AbstractAggregateRoot<AgencyAggregate> {

    enum Status { ACTIVE, RETIRED }

    @Id
    private Long id;
    @Version
    private Integer version;
    private long jurisdictionId;
    private String scopePath;
    private AgencyKind kind;
    private String name;
    private Status status;
    private LocalDate retiredAt;

    @PersistenceCreator
    private AgencyAggregate() {
    }

    /** A new agency of a division; {@code scopePath} is the division's path, copied once (ORG-03). */
    static AgencyAggregate create(Jurisdiction j, AgencyKind kind, String name) {
        AgencyAggregate a = new AgencyAggregate();
        a.jurisdictionId = j.id();
        a.scopePath = j.path();
        a.kind = kind;
        a.name = name;
        a.status = Status.ACTIVE;
        return a;
    }

    void rename(String newName) {
        if (status != Status.ACTIVE) {
            throw new BusinessException("ORG-RETIRED", "“" + name + "”已撤销，不能再更名");
        }
        if (newName.equals(name)) {
            throw BusinessException.badInput("ORG-UNCHANGED", "名称没有变化");
        }
        Map<String, Object> before = snapshot();
        this.name = newName;
        registerEvent(AuditableEvent.change("org.agency.renamed", "agency", id, before, snapshot()));
    }

    /** The state check of a retirement, first thing (before its units are counted). */
    void checkRetirable() {
        if (status != Status.ACTIVE) {
            throw new BusinessException("ORG-RETIRED", "“" + name + "”已撤销");
        }
    }

    void retire(LocalDate day) {
        checkRetirable();
        Map<String, Object> before = snapshot();
        this.status = Status.RETIRED;
        this.retiredAt = day;
        registerEvent(AuditableEvent.change("org.agency.retired", "agency", id, before, snapshot()));
    }

    /** What the audit trail records of an agency. */
    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("jurisdictionId", jurisdictionId);
        m.put("kind", kind.name());
        m.put("name", name);
        m.put("status", status.name());
        return m;
    }

    Long id() {
        return id;
    }
}
