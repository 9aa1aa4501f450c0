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
 * An internal unit (内设机构) as stored (ORG-02): the Spring Data JDBC aggregate behind the read model
 * {@link OrgUnit} ({@link UnitRepository}, optimistic {@code @Version}). ACTIVE until retired; rename
 * and retirement check that state, refuse before changing anything and register their audit events.
 */
@Table("org_unit")
class UnitAggregate extends AbstractAggregateRoot<UnitAggregate> {

    enum Status { ACTIVE, RETIRED }

    @Id
    private Long id;
    @Version
    private Integer version;
    private long agencyId;
    private UnitKind kind;
    private String name;
    private Status status;
    private LocalDate retiredAt;

    @PersistenceCreator
    private UnitAggregate() {
    }

    static UnitAggregate create(long agencyId, UnitKind kind, String name) {
        UnitAggregate u = new UnitAggregate();
        u.agencyId = agencyId;
        u.kind = kind;
        u.name = name;
        u.status = Status.ACTIVE;
        return u;
    }

    /** The state checks of a rename, first thing (before the name is checked against the agency's other units). */
    void checkRenamable(String newName) {
        if (status != Status.ACTIVE) {
            throw new BusinessException("ORG-RETIRED", "“" + name + "”已撤销，不能再更名");
        }
        if (newName.equals(name)) {
            throw BusinessException.badInput("ORG-UNCHANGED", "名称没有变化");
        }
    }

    void rename(String newName) {
        checkRenamable(newName);
        Map<String, Object> before = snapshot();
        this.name = newName;
        registerEvent(AuditableEvent.change("org.unit.renamed", "unit", id, before, snapshot()));
    }

    void retire(LocalDate day) {
        if (status != Status.ACTIVE) {
            throw new BusinessException("ORG-RETIRED", "“" + name + "”已撤销");
        }
        Map<String, Object> before = snapshot();
        this.status = Status.RETIRED;
        this.retiredAt = day;
        registerEvent(AuditableEvent.change("org.unit.retired", "unit", id, before, snapshot()));
    }

    /** What the audit trail records of a unit. */
    Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("agencyId", agencyId);
        m.put("kind", kind.name());
        m.put("name", name);
        m.put("status", status.name());
        return m;
    }

    Long id() {
        return id;
    }
}
