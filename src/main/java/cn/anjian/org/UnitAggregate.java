package cn.anjian.org;

import java.util.Map;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An internal unit (内设机构) as stored (ORG-02): the Spring Data JDBC aggregate behind the read model
 * {@link OrgUnit} ({@link UnitRepository}, optimistic {@code @Version}). ACTIVE until retired; rename
 * and retirement ({@link OrgNodeAggregate}) check that state, refuse before changing anything and register
 * their audit events.
 */
@Table("org_unit")
class UnitAggregate extends OrgNodeAggregate<UnitAggregate> {

    private long agencyId;
    private UnitKind kind;

    @PersistenceCreator
    private UnitAggregate() {
    }

    static UnitAggregate create(long agencyId, UnitKind kind, String name) {
        UnitAggregate u = new UnitAggregate();
        u.agencyId = agencyId;
        u.kind = kind;
        u.open(name);
        return u;
    }

    @Override
    String auditType() {
        return "unit";
    }

    @Override
    void describe(Map<String, Object> snapshot) {
        snapshot.put("agencyId", agencyId);
        snapshot.put("kind", kind.name());
    }
}
