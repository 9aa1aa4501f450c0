package cn.anjian.org;

import java.util.Map;

import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An agency as stored (ORG-02): the Spring Data JDBC aggregate behind the read model {@link Agency}
 * ({@link AgencyRepository}, optimistic {@code @Version}). ACTIVE until retired; rename and retirement
 * ({@link OrgNodeAggregate}) check that state, refuse before changing anything and register their audit
 * events (published on save).
 */
@Table("org_agency")
class AgencyAggregate extends OrgNodeAggregate<AgencyAggregate> {

    private long jurisdictionId;
    private String scopePath;
    private AgencyKind kind;

    @PersistenceCreator
    private AgencyAggregate() {
    }

    /** A new agency of a division; {@code scopePath} is the division's path, copied once (ORG-03). */
    static AgencyAggregate create(Jurisdiction j, AgencyKind kind, String name) {
        AgencyAggregate a = new AgencyAggregate();
        a.jurisdictionId = j.id();
        a.scopePath = j.path();
        a.kind = kind;
        a.open(name);
        return a;
    }

    @Override
    String auditType() {
        return "agency";
    }

    @Override
    void describe(Map<String, Object> snapshot) {
        snapshot.put("jurisdictionId", jurisdictionId);
        snapshot.put("kind", kind.name());
    }
}
