package cn.anjian.settings.internal;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.RevisionedSnapshot;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The version rows and their in-memory snapshot ({@link RevisionedSnapshot}). Reads happen inside rule
 * checks on every request, so they come from an immutable snapshot (a map lookup). A change on this node
 * drops it after commit; other nodes compare {@code stg_revision} at most once per
 * {@code anjian.settings.snapshot-ttl} (default 30 s, like the calendar). A TTL rather than only
 * invalidation because several nodes share the database and nothing broadcasts between them; 30 s is
 * harmless because a new value applies from a day (today at the earliest), and the steady-state cost is
 * one tiny query per TTL.
 */
@Component
public class SettingStore {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final RevisionedSnapshot<Snapshot> snapshot;

    /** All versions by key, each list ordered by (effective_from, id): the last applicable one wins. */
    record Snapshot(Map<String, List<SettingVersion>> byKey) {
        List<SettingVersion> of(String key) {
            return byKey.getOrDefault(key, List.of());
        }
    }

    SettingStore(JdbcClient jdbc, Clock clock, @Value("${anjian.settings.snapshot-ttl:30s}") Duration ttl) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.snapshot = new RevisionedSnapshot<>(this::currentRevision, this::load, clock, ttl);
    }

    Snapshot snapshot() {
        return snapshot.get();
    }

    private Snapshot load(long revision) {
        Map<String, List<SettingVersion>> byKey = new HashMap<>();
        for (SettingVersion v : all()) {
            byKey.computeIfAbsent(v.key(), k -> new ArrayList<>()).add(v);
        }
        byKey.replaceAll((k, list) -> List.copyOf(list));
        return new Snapshot(Map.copyOf(byKey));
    }

    private List<SettingVersion> all() {
        return jdbc.sql("""
                select id, setting_key, effective_from, value, reason, created_by, created_by_name, created_at
                from stg_version order by setting_key, effective_from, id""")
                .query((rs, n) -> new SettingVersion(rs.getLong("id"), rs.getString("setting_key"),
                        rs.getObject("effective_from", LocalDate.class), rs.getString("value"), rs.getString("reason"),
                        rs.getString("created_by"), rs.getString("created_by_name"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private long currentRevision() {
        return jdbc.sql("select revision from stg_revision where id = 1").query(Long.class).single();
    }

    long insert(String key, LocalDate from, String value, String reason, String by, String byName) {
        long id = jdbc.sql("""
                insert into stg_version (setting_key, effective_from, value, reason, created_by, created_by_name, created_at)
                values (:k, :f, :v, :r, :b, :n, :t) returning id""")
                .param("k", key).param("f", Date.valueOf(from)).param("v", value).param("r", reason)
                .param("b", by).param("n", byName).param("t", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        changed();
        return id;
    }

    /** Bumps the revision (serialising concurrent writers) and drops this node's snapshot once the transaction ends. */
    public void changed() {
        jdbc.sql("update stg_revision set revision = revision + 1 where id = 1").update();
        snapshot.invalidateAfterCommit();
    }
}
