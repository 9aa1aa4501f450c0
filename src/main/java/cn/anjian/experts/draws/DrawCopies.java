package cn.anjian.experts.draws;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import cn.anjian.kernel.RevisionedSnapshot;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The pools' in-memory copies for draws ({@link PoolCopy}), keyed by {@code exp_draw_revision} (V20_90: triggers bump it
 * in the transaction of every change of the experts, their sub-specialties, dispatch dates and declared conflicts).
 * The revision is read at every draw (one row; TTL zero), so a change committed on any node is seen by the next draw
 * on every node; a copy is loaded once per pool and revision. Reading ~1,000 experts with a dispatch probe each was
 * the draw's largest cost (bench/expert-draw.md).
 */
@Component
class DrawCopies {

    private final JdbcClient jdbc;
    private final RevisionedSnapshot<Map<Long, PoolCopy>> copies;

    DrawCopies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.copies = new RevisionedSnapshot<>(this::revision, r -> new ConcurrentHashMap<>(), clock, Duration.ZERO);
    }

    /** The copy of the agency's pool at the revision read now (loaded by the first draw of the revision). */
    PoolCopy of(long agencyId) {
        // the revision is read before the pool: a change committed in between is newer than its key, which only
        // costs another load at the next draw, never a stale copy under a newer revision
        return copies.get().computeIfAbsent(agencyId, this::load);
    }

    long revision() {
        return jdbc.sql("SELECT revision FROM exp_draw_revision WHERE id = 1").query(Long.class).single();
    }

    private PoolCopy load(long agencyId) {
        record Row(long id, String name, String field, String level, Long employer, Long person) {
        }
        String active = "SELECT id FROM exp_expert WHERE agency_id = :a AND status = 'ACTIVE'";
        List<Row> rows = jdbc.sql("""
                        SELECT id, name, field_code, level, employer_enterprise_id, person_id FROM exp_expert
                        WHERE agency_id = :a AND status = 'ACTIVE' ORDER BY id""")
                .param("a", agencyId)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, Long.class), rs.getObject(6, Long.class)))
                .list();
        Map<Long, Set<String>> subs = new HashMap<>();
        jdbc.sql("SELECT expert_id, sub_code FROM exp_expert_sub WHERE expert_id IN (" + active + ")").param("a", agencyId)
                .query(rs -> {
                    subs.computeIfAbsent(rs.getLong(1), k -> new HashSet<>(4)).add(rs.getString(2));
                });
        Map<Long, int[]> days = new HashMap<>();
        jdbc.sql("""
                        SELECT expert_id, array_agg((dispatched_on - DATE '1970-01-01') ORDER BY dispatched_on) FROM exp_dispatch
                        WHERE dispatched_on IS NOT NULL AND expert_id IN (""" + active + ") GROUP BY expert_id")
                .param("a", agencyId)
                .query(rs -> {
                    Integer[] d = (Integer[]) rs.getArray(2).getArray();
                    int[] sorted = new int[d.length];
                    for (int i = 0; i < d.length; i++) {
                        sorted[i] = d[i];
                    }
                    days.put(rs.getLong(1), sorted);
                });
        Map<Long, List<PoolCopy.Declared>> declared = new HashMap<>();
        jdbc.sql("""
                        SELECT enterprise_id, expert_id, relation, from_date, to_date FROM exp_conflict
                        WHERE expert_id IN (""" + active + ") ORDER BY enterprise_id, from_date, id")
                .param("a", agencyId)
                .query(rs -> {
                    declared.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new PoolCopy.Declared(rs.getLong(2),
                            rs.getString(3), rs.getObject(4, LocalDate.class), rs.getObject(5, LocalDate.class)));
                });
        Map<String, List<PoolCopy.Expert>> byField = new LinkedHashMap<>();
        int[] none = new int[0];
        for (Row r : rows) {
            int[] d = days.getOrDefault(r.id(), none);
            LocalDate[] dates = new LocalDate[d.length];
            for (int i = 0; i < d.length; i++) {
                dates[i] = LocalDate.ofEpochDay(d[i]);
            }
            byField.computeIfAbsent(r.field(), k -> new ArrayList<>()).add(new PoolCopy.Expert(r.id(), r.name(), r.level(),
                    r.employer(), r.person(), Set.copyOf(subs.getOrDefault(r.id(), Set.of())), d, dates));
        }
        byField.replaceAll((k, v) -> List.copyOf(v));
        declared.replaceAll((k, v) -> List.copyOf(v));
        return new PoolCopy(Map.copyOf(byField), Map.copyOf(declared));
    }
}
