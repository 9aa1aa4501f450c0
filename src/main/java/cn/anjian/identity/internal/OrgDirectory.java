package cn.anjian.identity.internal;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Optional;

import cn.anjian.kernel.Scope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Identity's read-only view of the org tables (agencies, units). Plain SQL instead of the org module's
 * Java API keeps identity buildable while org evolves; the tables are org's published schema.
 */
@Component
@RequiredArgsConstructor
class OrgDirectory {

    record Agency(long id, String name, long jurisdictionId, String scopePath, boolean active) {
    }

    record Unit(long id, long agencyId, String agencyName, String name, boolean active) {
    }

    private final JdbcClient jdbc;

    Optional<Agency> agency(long id) {
        return jdbc.sql("select id, name, jurisdiction_id, scope_path, status = 'ACTIVE' as active from org_agency_view where id = :id")
                .param("id", id)
                .query((rs, n) -> new Agency(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getBoolean(5)))
                .optional();
    }

    List<Agency> agenciesIn(Scope scope) {
        return jdbc.sql("""
                        select id, name, jurisdiction_id, scope_path, true from org_agency_view
                        where status = 'ACTIVE' and scope_path like :p order by scope_path, id limit 2000""")
                .param("p", scope.pattern())
                .query((rs, n) -> new Agency(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), true))
                .list();
    }

    Optional<Unit> unit(long id) {
        return jdbc.sql("""
                        select u.id, u.agency_id, a.name, u.name, u.status = 'ACTIVE'
                        from org_unit_view u join org_agency_view a on a.id = u.agency_id where u.id = :id""")
                .param("id", id)
                .query((rs, n) -> new Unit(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getBoolean(5)))
                .optional();
    }

    List<Unit> unitsIn(Scope scope) {
        return jdbc.sql("""
                        select u.id, u.agency_id, a.name, u.name, true
                        from org_unit_view u join org_agency_view a on a.id = u.agency_id
                        where u.status = 'ACTIVE' and a.status = 'ACTIVE' and a.scope_path like :p
                        order by a.scope_path, a.id, u.id limit 5000""")
                .param("p", scope.pattern())
                .query((rs, n) -> new Unit(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), true))
                .list();
    }
}
