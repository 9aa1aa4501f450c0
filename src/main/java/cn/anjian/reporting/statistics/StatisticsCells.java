package cn.anjian.reporting.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.reporting.StatGroup;
import cn.anjian.reporting.StatPeriod;
import cn.anjian.reporting.StatSource;
import cn.anjian.reporting.StatSource.Figure;
import cn.anjian.reporting.StatSource.Measure;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 19 (a county's table ≤ 300 ms with 10 users): the pre-aggregated figures. A figure whose records are one row per
 * fact, each dated by {@code day} within the period ({@code trend}, no grouping), is additive over places and months:
 * its value for a subtree and a period is the sum of its monthly cells per jurisdiction path ({@code rep_stat_cell}).
 * A cell is computed by the figure's own records SQL — the drill-down's, grouped by path and month — so there is no
 * second definition of a figure. Freshness: the records' owners move a revision per path on every statement that
 * changes them (triggers, so plain SQL counts as much as the domain); before reading, the cells of every path in the
 * subtree whose revision moved since they were computed are recomputed. Officers trained, courses and certificate holders
 * are kept as distinct members ({@link StatisticsMembers}); officers on inspections, coercive cases and documents in force
 * stay live ({@link StatisticsTally}: a few index pages for a county).
 */
@Component
class StatisticsCells {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StatisticsCells.class);

    /** All of time a figure can be asked for (StatPeriod: 2000—2100). */
    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate END = LocalDate.of(2101, 1, 1);
    /** The advisory lock serialising recomputations (arbitrary, unique in the application). */
    private static final long LOCK = 1_900_019L;

    /** A pre-aggregated figure and the owner whose revision dates its records. */
    private record Cell(Figure figure, String source) {
    }

    /** The owners' revisions of the paths matching {@code :p}. */
    private static final String REVISIONS = """
            SELECT 'enf' AS src, r.scope_path, r.slot, r.revision FROM enf_stat_revision_view r WHERE r.scope_path LIKE :p
            UNION ALL SELECT 'off', r.scope_path, r.slot, r.revision FROM off_stat_revision_view r WHERE r.scope_path LIKE :p
            UNION ALL SELECT 'cmp', r.scope_path, r.slot, r.revision FROM cmp_stat_revision_view r WHERE r.scope_path LIKE :p""";

    /** Those that moved since the cells were computed. */
    private static final String STALE = "SELECT v.src, v.scope_path, v.slot, v.revision FROM (" + REVISIONS + ") v "
            + "LEFT JOIN rep_stat_seen s ON s.source = v.src AND s.scope_path = v.scope_path AND s.slot = v.slot "
            + "WHERE s.revision IS DISTINCT FROM v.revision";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final List<Cell> cells;
    private final StatisticsMembers members;
    private final Set<String> additive;
    private final Set<String> keys;
    private final AtomicBoolean built = new AtomicBoolean();

    StatisticsCells(JdbcClient jdbc, PlatformTransactionManager transactions, List<StatSource> sources,
                    ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        List<Cell> all = new ArrayList<>();
        for (StatSource s : sources) {
            String owner = owner(s.group());
            s.figures().stream().filter(f -> owner != null && additive(f)).forEach(f -> all.add(new Cell(f, owner)));
        }
        this.cells = List.copyOf(all);
        this.members = new StatisticsMembers(jdbc, sources);
        this.additive = cells.stream().map(c -> c.figure().key()).collect(Collectors.toUnmodifiableSet());
        Set<String> served = new java.util.HashSet<>(additive);
        served.addAll(members.keys());
        this.keys = Set.copyOf(served);
    }

    /** One record per fact, dated within the period: the figure of a subtree and a period is the sum over paths and months. */
    static boolean additive(Figure f) {
        return f.trend() && !f.records().contains("GROUP BY");
    }

    /** Whose revision says the records of a group changed (null: not pre-aggregated). */
    private static String owner(StatGroup g) {
        return switch (g) {
            case TRAINING, CERTIFICATES -> "off";
            case COMPLAINTS -> "cmp";
            case INSPECTIONS, PENALTIES, COERCION -> "enf";
            case PUBLICITY, NORMATIVE_DOCUMENTS -> null;    // this module's registers: a few index pages, live
        };
    }

    /** The figures served from the cells (sums and distinct members). */
    Set<String> keys() {
        return keys;
    }

    /** The figures kept as sums per place and month (the trend and the comparison read them too). */
    Set<String> additive() {
        return additive;
    }

    /** A cell's month as the trend keys it (202607). */
    static final String MONTH = "(extract(year FROM c.month) * 100 + extract(month FROM c.month))::int::text";

    /**
     * The pre-aggregated figures of a subtree ({@code path}) and a period, after recomputing the stale cells (in a
     * transaction of their own: call this outside a transaction, so that no connection is held while one waits for another
     * reader's recomputation).
     */
    Map<String, BigDecimal> values(String path, StatPeriod period) {
        fresh(path);
        LocalDate lastMonth = period.to().minusMonths(1);
        if (!members.hasStock(lastMonth)) {
            tx.executeWithoutResult(s -> {
                lock();
                members.stockMonth(lastMonth);
            });
        }
        Map<String, BigDecimal> values = new HashMap<>();
        members.values(path, period, values);
        cells.forEach(c -> values.put(c.figure().key(), BigDecimal.ZERO));
        jdbc.sql("""
                SELECT c.figure, sum(c.value) AS v FROM rep_stat_cell c
                WHERE c.scope_path LIKE :p AND c.month >= :from AND c.month < :to GROUP BY c.figure""")
                .param("p", path + "%").param("from", period.from()).param("to", period.to())
                .query(rs -> {
                    if (values.containsKey(rs.getString("figure"))) {
                        values.put(rs.getString("figure"), StatisticsEngine.plain(rs.getBigDecimal("v")));
                    }
                });
        return values;
    }

    /** A pre-aggregated figure of a subtree and a period by {@code by} (an expression of the cell {@code c}), unrounded. */
    Map<String, BigDecimal> grouped(String path, StatPeriod period, String key, String by) {
        fresh(path);
        Map<String, BigDecimal> values = new HashMap<>();
        jdbc.sql("SELECT " + by + " AS g, sum(c.value) AS v FROM rep_stat_cell c WHERE c.figure = :f AND c.scope_path LIKE :p"
                        + " AND c.month >= :from AND c.month < :to GROUP BY 1")
                .param("f", key).param("p", path + "%").param("from", period.from()).param("to", period.to())
                .query(rs -> {
                    values.put(rs.getString("g"), rs.getBigDecimal("v"));
                });
        return values;
    }

    /** Builds the cells when there are none (the first start after V23_30), then recomputes the subtree's stale paths. */
    private void fresh(String path) {
        if (!built.get()) {
            if (jdbc.sql("SELECT count(*) FROM rep_stat_cell_state").query(Long.class).single() == 0) {
                tx.executeWithoutResult(s -> {
                    lock();
                    if (jdbc.sql("SELECT count(*) FROM rep_stat_cell_state").query(Long.class).single() == 0) {
                        rebuildLocked();
                    }
                });
            }
            built.set(true);
        }
        if (stale(path).isEmpty()) {
            return;
        }
        tx.executeWithoutResult(s -> {
            lock();
            Map<String, Map<String, Map<Integer, Long>>> moved = stale(path);    // again under the lock: another reader may have done it
            moved.forEach((source, paths) -> paths.forEach((scope, slots) -> recompute(source, scope, slots)));
        });
    }

    /** source → path → slot → its current revision, for the paths of the subtree whose cells are older. */
    private Map<String, Map<String, Map<Integer, Long>>> stale(String path) {
        Map<String, Map<String, Map<Integer, Long>>> moved = new LinkedHashMap<>();
        jdbc.sql(STALE).param("p", path + "%").query(rs -> {
            moved.computeIfAbsent(rs.getString("src"), k -> new LinkedHashMap<>())
                    .computeIfAbsent(rs.getString("scope_path"), k -> new HashMap<>()).put(rs.getInt("slot"), rs.getLong("revision"));
        });
        return moved;
    }

    private void lock() {
        jdbc.sql("SELECT pg_advisory_xact_lock(:k)").param("k", LOCK).query((rs, i) -> 1).list();
    }

    /** The cells of one owner's figures at one path (exactly: the pattern has no wildcard), over all months. */
    private void recompute(String source, String scope, Map<Integer, Long> revisions) {
        if (source.equals(StatisticsMembers.source())) {
            members.recompute(scope);
        }
        List<Cell> of = cells.stream().filter(c -> c.source().equals(source)).toList();
        if (!of.isEmpty()) {
            jdbc.sql("DELETE FROM rep_stat_cell WHERE scope_path = :s AND figure IN (:f)").param("s", scope)
                    .param("f", of.stream().map(c -> c.figure().key()).toList()).update();
            of.forEach(c -> insert(c, scope));
        }
        revisions.forEach((slot, revision) -> jdbc.sql("""
                INSERT INTO rep_stat_seen (source, scope_path, slot, revision) VALUES (:src, :s, :slot, :r)
                ON CONFLICT (source, scope_path, slot) DO UPDATE SET revision = EXCLUDED.revision""")
                .param("src", source).param("s", scope).param("slot", slot).param("r", revision).update());
    }

    /**
     * The figure's records (the drill-down's SQL) for a path pattern ({@code %}: all; a path without wildcard: that path
     * alone) over all of time, summed per path and month.
     */
    private void insert(Cell c, String pattern) {
        Figure f = c.figure();
        String value = f.measure() == Measure.SUM ? "coalesce(sum(t.amount), 0)" : "count(*)";
        jdbc.sql("INSERT INTO rep_stat_cell (figure, scope_path, month, value) SELECT :figure, t.scope_path, "
                        + "date_trunc('month', t.day::timestamp)::date, " + value + " FROM (" + f.records() + ") t "
                        + "WHERE t.scope_path IS NOT NULL GROUP BY t.scope_path, date_trunc('month', t.day::timestamp)")
                .params(StatisticsEngine.params(pattern, FIRST, END)).param("figure", f.key()).update();
    }

    /**
     * Recomputes every cell from scratch (set-based: one INSERT … SELECT … GROUP BY per figure), on a province-level user's
     * request (the cells of every place), audited; the number of cells.
     */
    long rebuild(Actor actor) {
        if (!actor.scope().isProvince()) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "STAT-REBUILD-SCOPE", "只有省级用户可以重新汇总全省的统计数据");
        }
        Long n = tx.execute(s -> {
            lock();
            rebuildLocked();
            long count = jdbc.sql("SELECT count(*) FROM rep_stat_cell").query(Long.class).single();
            events.publishEvent(new AuditableEvent("reporting.statistics.cells-rebuilt", "stat-cells", "all", null,
                    Map.of("figures", cells.size(), "cells", count), actor.username(), null));
            return count;
        });
        built.set(true);
        return n == null ? 0 : n;
    }

    private void rebuildLocked() {
        long started = System.nanoTime();
        jdbc.sql("DELETE FROM rep_stat_cell").update();
        jdbc.sql("DELETE FROM rep_stat_seen").update();
        // the revisions first: a change committed after them moves them again, so it is recomputed on the next read
        jdbc.sql("INSERT INTO rep_stat_seen (source, scope_path, slot, revision) SELECT v.src, v.scope_path, v.slot, v.revision FROM ("
                + REVISIONS + ") v").param("p", "%").update();
        cells.forEach(c -> insert(c, "%"));
        members.rebuild();
        jdbc.sql("""
                INSERT INTO rep_stat_cell_state (id, built_at) VALUES (1, now())
                ON CONFLICT (id) DO UPDATE SET built_at = EXCLUDED.built_at""").update();
        log.info("Statistics cells rebuilt from scratch: {} figures in {} ms", cells.size(), (System.nanoTime() - started) / 1_000_000);
    }
}
