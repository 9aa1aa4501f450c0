package cn.anjian.org;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.RevisionedSnapshot;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Every agency's units as committed, kept on this node for the list pages' unit filters (issue 20 item 7: one statement
 * per page that the lists' APIs do not run). {@code org_unit_revision} moves with every statement that changes
 * {@code org_unit} (a trigger, V3_91); this node compares it at most once per {@code anjian.org.unit-snapshot-ttl}
 * (default 30 s), and {@link Agencies} drops the copy after its own unit changes commit.
 */
@Component
class UnitCopy {

    private final JdbcClient jdbc;
    private final RevisionedSnapshot<Map<Long, List<OrgUnit>>> snapshot;

    UnitCopy(JdbcClient jdbc, Clock clock, @Value("${anjian.org.unit-snapshot-ttl:30s}") Duration ttl) {
        this.jdbc = jdbc;
        this.snapshot = new RevisionedSnapshot<>(this::revision, r -> load(), clock, ttl);
    }

    /** The agency's units in the order of {@link Agencies#units(long)} (status, kind, name). */
    List<OrgUnit> of(long agencyId) {
        return snapshot.get().getOrDefault(agencyId, List.of());
    }

    void changed() {
        snapshot.invalidateAfterCommit();
    }

    private long revision() {
        return jdbc.sql("SELECT revision FROM org_unit_revision WHERE id = 1").query(Long.class).single();
    }

    private Map<Long, List<OrgUnit>> load() {
        Map<Long, List<OrgUnit>> byAgency = new HashMap<>();
        jdbc.sql("SELECT " + Agencies.UNIT_COLUMNS + " FROM org_unit u ORDER BY u.agency_id, u.status, u.kind, u.name")
                .query(Agencies::mapUnit).list()
                .forEach(u -> byAgency.computeIfAbsent(u.agencyId(), k -> new java.util.ArrayList<>()).add(u));
        Map<Long, List<OrgUnit>> frozen = new HashMap<>();
        byAgency.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
