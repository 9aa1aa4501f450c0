package cn.anjian.reporting.statistics;

import java.util.List;
import java.util.Map;

import cn.anjian.reporting.StatGroup;
import cn.anjian.reporting.StatSource;
import cn.anjian.reporting.StatSource.Figure;
import cn.anjian.reporting.StatSource.Measure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * STAT-01 (法制学习、培训: officers trained, hours and content, courses held and participants) and STAT-04 (执法证件:
 * holders of enforcement and enforcement-supervision certificates, counts and name lists), over personnel's published
 * views. A training counts in the period its last day falls in; an absence does not count; a certificate holder is
 * counted on the period's last day (valid then, not yet suspended, revoked or returned).
 */
@Configuration(proxyBeanMethods = false)
class PeopleSources {

    private static final String TRAINED = """
            FROM off_stat_training_view t LEFT JOIN org_agency_view a ON a.id = t.agency_id
            WHERE t.scope_path LIKE :p AND t.end_date >= :from AND t.end_date < :to
              AND t.attendance NOT IN ('ABSENT', 'NOT_ATTENDED')""";

    private static final String ROWS = """
            SELECT t.id AS rid, t.name AS title, t.course AS detail, a.name AS unit, t.end_date AS day,
                   t.class_hours AS amount, '/personnel/officers/' || t.person_id AS link, t.scope_path
            """ + TRAINED;

    @Bean
    StatSource trainingSource() {
        return source(StatGroup.TRAINING, List.of(
                new Figure("training.officers", "参加法律培训的执法人员", "人", Measure.COUNT, false, """
                        SELECT t.person_id AS rid, t.name AS title, string_agg(DISTINCT t.course, '、') AS detail,
                               min(a.name) AS unit, max(t.end_date) AS day, sum(t.class_hours) AS amount,
                               '/personnel/officers/' || t.person_id AS link, min(t.scope_path) AS scope_path
                        """ + TRAINED + " GROUP BY t.person_id, t.name"),
                new Figure("training.hours", "培训学时", "学时", Measure.SUM, true, ROWS),
                new Figure("training.courses", "举办法律法规培训班", "期", Measure.COUNT, true, """
                        SELECT min(t.id) AS rid, t.course AS title, to_char(t.start_date, 'YYYY-MM-DD') || ' 至 '
                               || to_char(t.end_date, 'YYYY-MM-DD') AS detail, min(a.name) AS unit, t.end_date AS day,
                               count(*) AS amount, NULL AS link, min(t.scope_path) AS scope_path
                        """ + TRAINED + " GROUP BY t.course, t.start_date, t.end_date"),
                new Figure("training.participants", "培训班参加人次", "人次", Measure.COUNT, true, ROWS)));
    }

    @Bean
    StatSource certificateSource() {
        return source(StatGroup.CERTIFICATES, List.of(
                holders("certificates.enforcement", "持行政执法证人员", "ENFORCEMENT"),
                holders("certificates.supervision", "持行政执法监督证人员", "SUPERVISION")));
    }

    private static Figure holders(String key, String label, String kind) {
        return new Figure(key, label, "人", Measure.COUNT, false, """
                SELECT c.person_id AS rid, c.name AS title, string_agg(c.number, '、' ORDER BY c.number) AS detail,
                       min(a.name) AS unit, min(c.valid_from) AS day, NULL::numeric AS amount,
                       '/personnel/officers/' || c.person_id AS link, min(c.scope_path) AS scope_path
                """ + held(kind) + " GROUP BY c.person_id, c.name");
    }

    /** The certificates of a kind held on the period's last day. */
    private static String held(String kind) {
        return """
                FROM off_stat_certificate_view c LEFT JOIN org_agency_view a ON a.id = c.agency_id
                WHERE c.scope_path LIKE :p AND c.kind = '%s' AND c.valid_from <= :last AND c.valid_to >= :last
                  AND (c.status = 'VALID' OR c.status_on > :last)""".formatted(kind);
    }

    /**
     * The distinct-count figures' members, one row per record with its place ({@code scope_path}) and, for a flow, its
     * {@code day}: the figure of a subtree and a period is the number of distinct {@code member}s of its rows — exactly
     * the groups its records SQL forms from the same rows ({@link StatisticsCells} keeps them per place and month).
     */
    static final Map<String, String> FLOW_MEMBERS = Map.of(
            "training.officers", "SELECT t.person_id::text AS member, t.end_date AS day, t.scope_path " + TRAINED,
            // dates first (fixed width), so no course name can make two courses one member
            "training.courses", "SELECT concat_ws('|', t.start_date, t.end_date, t.course) AS member, t.end_date AS day, t.scope_path "
                    + TRAINED);

    /** A stock's members on the period's last day ({@code :last}): the figure of a period is that of its last month's end. */
    static final Map<String, String> STOCK_MEMBERS = Map.of(
            "certificates.enforcement", "SELECT c.person_id::text AS member, c.scope_path " + held("ENFORCEMENT"),
            "certificates.supervision", "SELECT c.person_id::text AS member, c.scope_path " + held("SUPERVISION"));

    static StatSource source(StatGroup group, List<Figure> figures) {
        return new StatSource() {
            public StatGroup group() {
                return group;
            }

            public List<Figure> figures() {
                return figures;
            }
        };
    }
}
