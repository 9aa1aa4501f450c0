package cn.anjian.reporting.statistics;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import cn.anjian.reporting.PublicityActivityKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Issue 19 (STAT-09 at province scale): the figures not kept in monthly cells ({@link StatisticsCells}), for a place and a
 * period, in one statement — one scan per source with a {@code FILTER} per figure instead of one query (and one plan) per
 * figure. Each column is named by its figure's
 * key and aggregates exactly the rows that figure's records SQL ({@code StatSource.Figure.records}) selects, so the
 * drill-down still lists what the table counts; {@code StatisticsTallyTests} recomputes every figure per figure on
 * generated data and asserts the two agree. A figure missing here is computed on its own (slower, never wrong).
 */
@Component
class StatisticsTally {

    /** One scan of a source: the figures' keys and the statement giving their values, in that order, as one array. */
    private record Part(List<String> keys, String sql) {
        static Part of(String sql, String... keys) {
            return new Part(List.of(keys), sql);
        }
    }

    // only the figures that are not kept in monthly cells ({@link StatisticsCells}: the sums per place and month and the
    // distinct members): their value over a subtree and a period is not a sum of cells. inspections.officers counts
    // distinct officers over the cases (a grouping of the records SQL becomes a count of distinct keys).
    private static final List<Part> PARTS = List.of(
            Part.of("""
                    SELECT ARRAY[count(DISTINCT m.person_id)]::numeric[]
                    FROM enf_stat_case_view c JOIN enf_stat_member_view m ON m.case_id = c.id
                    WHERE c.scope_path LIKE :p AND c.opened_at >= :fromTs AND c.opened_at < :toTs AND c.kind = 'INSPECTION'""",
                    "inspections.officers"),
            Part.of("""
                    SELECT ARRAY[count(DISTINCT k.case_id)]::numeric[] FROM enf_stat_coercion_view k
                    WHERE k.scope_path LIKE :p AND k.decided_on >= :from AND k.decided_on < :to""",
                    "coercion.cases"),
            publicity(),
            Part.of("""
                    SELECT ARRAY[count(*) FILTER (WHERE d.issued_on >= :from AND d.issued_on < :to),
                                 count(*) FILTER (WHERE d.effective_on <= :last AND d.status = 'IN_FORCE')]::numeric[]
                    FROM rep_normative_doc d WHERE d.scope_path LIKE :p""",
                    "normative.issued", "normative.in-force"));

    private static Part publicity() {
        List<PublicityActivityKind> kinds = List.of(PublicityActivityKind.values());
        return new Part(kinds.stream().map(k -> "publicity." + k.name().toLowerCase()).toList(), """
                SELECT ARRAY[%s]::numeric[] FROM rep_publicity_activity r
                WHERE r.scope_path LIKE :p AND r.held_on >= :from AND r.held_on < :to""".formatted(kinds.stream()
                .map(k -> "coalesce(sum(r.quantity) FILTER (WHERE r.kind = '%s'), 0)".formatted(k.name()))
                .collect(Collectors.joining(", "))));
    }

    // each part a scalar subquery of the select list: planned on its own (a FROM list of fifteen one-row subqueries made
    // the planner search their join orders: 50 ms of planning)
    private static final String SQL = "SELECT " + PARTS.stream().map(p -> "(" + p.sql() + ")").collect(Collectors.joining(",\n"));

    private final JdbcClient jdbc;

    StatisticsTally(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every figure this statement knows, by key, for the parameters of {@code StatisticsEngine.params}. */
    Map<String, BigDecimal> values(Map<String, Object> params) {
        return values(params, PARTS, SQL);
    }

    /**
     * The figures of {@code needed} this statement knows (and the others its scans give anyway): only the scans that
     * give one of them ({@link StatisticsCells} keeps the rest). The needed keys are fixed at start, so is the statement.
     */
    Map<String, BigDecimal> values(Map<String, Object> params, Set<String> needed) {
        Selection s = selections.computeIfAbsent(needed, n -> {
            List<Part> parts = PARTS.stream().filter(p -> p.keys().stream().anyMatch(n::contains)).toList();
            return new Selection(parts, "SELECT " + parts.stream().map(p -> "(" + p.sql() + ")").collect(Collectors.joining(",\n")));
        });
        return s.parts().isEmpty() ? new HashMap<>() : values(params, s.parts(), s.sql());
    }

    private record Selection(List<Part> parts, String sql) {
    }

    private final Map<Set<String>, Selection> selections = new ConcurrentHashMap<>();

    private Map<String, BigDecimal> values(Map<String, Object> params, List<Part> parts, String sql) {
        Map<String, BigDecimal> values = new HashMap<>();
        jdbc.sql(sql).params(params).query(rs -> {
            for (int i = 0; i < parts.size(); i++) {
                Object[] v = (Object[]) rs.getArray(i + 1).getArray();
                List<String> keys = parts.get(i).keys();
                for (int k = 0; k < keys.size(); k++) {
                    values.put(keys.get(k), StatisticsEngine.plain((BigDecimal) v[k]));
                }
            }
        });
        return values;
    }
}
