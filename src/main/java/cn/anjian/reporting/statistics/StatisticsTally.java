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
 * Issue 19 (STAT-09 at province scale): the whole table of a place and a period in one statement — one scan per source
 * with a {@code FILTER} per figure instead of one query (and one plan) per figure. Each column is named by its figure's
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

    // the groupings of the records SQL become counts of distinct keys (never null there: person_id, case_id are NOT NULL;
    // a course is (course, start, end) like its GROUP BY)
    private static final List<Part> PARTS = List.of(
            Part.of("""
                    SELECT ARRAY[count(DISTINCT t.person_id), coalesce(sum(t.class_hours), 0),
                                 count(DISTINCT (t.course, t.start_date, t.end_date)), count(*)]::numeric[]
                    FROM off_stat_training_view t
                    WHERE t.scope_path LIKE :p AND t.end_date >= :from AND t.end_date < :to
                      AND t.attendance NOT IN ('ABSENT', 'NOT_ATTENDED')""",
                    "training.officers", "training.hours", "training.courses", "training.participants"),
            Part.of("""
                    SELECT ARRAY[count(DISTINCT c.person_id) FILTER (WHERE c.kind = 'ENFORCEMENT'),
                                 count(DISTINCT c.person_id) FILTER (WHERE c.kind = 'SUPERVISION')]::numeric[]
                    FROM off_stat_certificate_view c
                    WHERE c.scope_path LIKE :p AND c.kind IN ('ENFORCEMENT', 'SUPERVISION') AND c.valid_from <= :last
                      AND c.valid_to >= :last AND (c.status = 'VALID' OR c.status_on > :last)""",
                    "certificates.enforcement", "certificates.supervision"),
            Part.of("""
                    SELECT ARRAY[count(*) FILTER (WHERE s.kind = 'CONSULTATION'),
                                 count(*) FILTER (WHERE s.kind NOT IN ('CONSULTATION', 'CORRECTION'))]::numeric[]
                    FROM cmp_stat_submission_view s
                    WHERE s.scope_path LIKE :p AND s.submitted_at >= :fromTs AND s.submitted_at < :toTs""",
                    "complaints.consultations", "complaints.reports"),
            Part.of("""
                    SELECT ARRAY[count(*)]::numeric[] FROM cmp_stat_submission_view s
                    WHERE s.scope_path LIKE :p AND s.accepted_at >= :fromTs AND s.accepted_at < :toTs""",
                    "complaints.accepted"),
            Part.of("""
                    SELECT ARRAY[count(*)]::numeric[] FROM cmp_stat_submission_view s
                    WHERE s.scope_path LIKE :p AND s.answered_at >= :fromTs AND s.answered_at < :toTs""",
                    "complaints.handled"),
            Part.of("""
                    SELECT ARRAY[count(*) FILTER (WHERE c.kind = 'INSPECTION' AND %1$s),
                                 count(*) FILTER (WHERE c.kind = 'INSPECTION' AND NOT %1$s),
                                 coalesce(sum(c.vehicle_count) FILTER (WHERE c.kind = 'INSPECTION' AND c.vehicle_count > 0), 0),
                                 count(*) FILTER (WHERE c.kind = 'PENALTY')]::numeric[]
                    FROM enf_stat_case_view c
                    WHERE c.scope_path LIKE :p AND c.opened_at >= :fromTs AND c.opened_at < :toTs
                      AND c.kind IN ('INSPECTION', 'PENALTY')""".formatted(CaseSources.SPECIAL),
                    "inspections.special", "inspections.patrol", "inspections.vehicles", "penalties.opened"),
            Part.of("""
                    SELECT ARRAY[count(DISTINCT m.person_id)]::numeric[]
                    FROM enf_stat_case_view c JOIN enf_stat_member_view m ON m.case_id = c.id
                    WHERE c.scope_path LIKE :p AND c.opened_at >= :fromTs AND c.opened_at < :toTs AND c.kind = 'INSPECTION'""",
                    "inspections.officers"),
            Part.of("""
                    SELECT ARRAY[count(*)]::numeric[] FROM enf_stat_case_view c
                    WHERE c.scope_path LIKE :p AND c.closed_at >= :fromTs AND c.closed_at < :toTs AND c.kind = 'PENALTY'""",
                    "penalties.closed"),
            Part.of("""
                    SELECT ARRAY[coalesce(sum(d.fine_yuan) FILTER (WHERE d.fine_yuan > 0), 0),
                                 coalesce(sum(d.confiscation_yuan) FILTER (WHERE d.confiscation_yuan > 0), 0)]::numeric[]
                    FROM enf_stat_decision_view d
                    WHERE d.scope_path LIKE :p AND d.issued_at >= :fromTs AND d.issued_at < :toTs
                      AND (d.fine_yuan > 0 OR d.confiscation_yuan > 0)""",
                    "penalties.fines", "penalties.confiscations"),
            Part.of("""
                    SELECT ARRAY[count(*)]::numeric[] FROM enf_stat_hearing_view h
                    WHERE h.scope_path LIKE :p AND h.hearing_held_on >= :from AND h.hearing_held_on < :to""",
                    "penalties.hearings"),
            Part.of("""
                    SELECT ARRAY[count(*)]::numeric[] FROM enf_stat_remedy_view r
                    WHERE r.review_scope_path LIKE :p AND r.filed_on >= :from AND r.filed_on < :to AND r.kind = 'RECONSIDERATION'""",
                    "penalties.reconsiderations-received"),
            Part.of("""
                    SELECT ARRAY[count(*) FILTER (WHERE r.kind = 'RECONSIDERATION'), count(*) FILTER (WHERE r.kind = 'LITIGATION')]::numeric[]
                    FROM enf_stat_remedy_view r
                    WHERE r.scope_path LIKE :p AND r.filed_on >= :from AND r.filed_on < :to
                      AND r.kind IN ('RECONSIDERATION', 'LITIGATION')""",
                    "penalties.reconsiderations-against", "penalties.lawsuits"),
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
