package cn.anjian.reporting.statistics;

import java.util.List;

import cn.anjian.reporting.StatGroup;
import cn.anjian.reporting.StatSource;
import cn.anjian.reporting.StatSource.Figure;
import cn.anjian.reporting.StatSource.Measure;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * STAT-05..STAT-08 over complaints' and enforcement's published views: complaints and tips (public channels only;
 * supervisors' submissions are not complaints), inspections (行政检查 cases: special = a special campaign or a joint
 * operation, otherwise patrol and routine inspections), penalties, coercive decisions. A case counts in the period it
 * was opened (or closed, or its decision issued, its hearing held, its remedy filed).
 */
@Configuration(proxyBeanMethods = false)
class CaseSources {

    private static final String CHANNEL = """
            CASE s.channel WHEN 'PUBLIC_PORTAL' THEN '网上受理' WHEN 'HOTLINE_12345' THEN '12345热线' ELSE '来信来访' END""";

    private static String submissions(String dated, String condition) {
        return """
                SELECT s.id AS rid, s.title, %s AS detail, a.name AS unit, (s.%s AT TIME ZONE 'Asia/Shanghai')::date AS day,
                       NULL::numeric AS amount, '/complaints/submissions/' || s.id AS link, s.scope_path
                FROM cmp_stat_submission_view s LEFT JOIN org_agency_view a ON a.id = s.agency_id
                WHERE s.scope_path LIKE :p AND s.%s >= :fromTs AND s.%s < :toTs %s""".formatted(CHANNEL, dated, dated, dated, condition);
    }

    @Bean
    StatSource complaintSource() {
        return PeopleSources.source(StatGroup.COMPLAINTS, List.of(
                new Figure("complaints.consultations", "咨询", "件", Measure.COUNT, true,
                        submissions("submitted_at", "AND s.kind = 'CONSULTATION'")),
                new Figure("complaints.reports", "投诉举报", "件", Measure.COUNT, true,
                        submissions("submitted_at", "AND s.kind NOT IN ('CONSULTATION', 'CORRECTION')")),
                new Figure("complaints.accepted", "受理", "件", Measure.COUNT, true, submissions("accepted_at", "")),
                new Figure("complaints.handled", "办结（已答复）", "件", Measure.COUNT, true, submissions("answered_at", ""))));
    }

    private static String cases(String dated, String condition, String amount) {
        return """
                SELECT c.id AS rid, c.case_number || ' ' || c.title AS title, c.party_name AS detail, a.name AS unit,
                       (c.%s AT TIME ZONE 'Asia/Shanghai')::date AS day, %s AS amount, '/cases/' || c.id AS link, c.scope_path
                FROM enf_stat_case_view c LEFT JOIN org_agency_view a ON a.id = c.agency_id
                WHERE c.scope_path LIKE :p AND c.%s >= :fromTs AND c.%s < :toTs %s""".formatted(dated, amount, dated, dated, condition);
    }

    static final String SPECIAL = "(c.source = 'SPECIAL_CAMPAIGN' OR c.joint_operation_id IS NOT NULL)";

    @Bean
    StatSource inspectionSource() {
        return PeopleSources.source(StatGroup.INSPECTIONS, List.of(
                new Figure("inspections.special", "专项检查", "次", Measure.COUNT, true,
                        cases("opened_at", "AND c.kind = 'INSPECTION' AND " + SPECIAL, "NULL::numeric")),
                new Figure("inspections.patrol", "巡查、日常检查", "次", Measure.COUNT, true,
                        cases("opened_at", "AND c.kind = 'INSPECTION' AND NOT " + SPECIAL, "NULL::numeric")),
                new Figure("inspections.officers", "参加检查的执法人员", "人", Measure.COUNT, false, """
                        SELECT m.person_id AS rid, min(m.person_name) AS title, count(DISTINCT c.id) || ' 次检查' AS detail,
                               min(a.name) AS unit, max((c.opened_at AT TIME ZONE 'Asia/Shanghai')::date) AS day,
                               count(DISTINCT c.id)::numeric AS amount, '/personnel/officers/' || m.person_id AS link,
                               min(c.scope_path) AS scope_path
                        FROM enf_stat_case_view c JOIN enf_stat_member_view m ON m.case_id = c.id
                        LEFT JOIN org_agency_view a ON a.id = c.agency_id
                        WHERE c.scope_path LIKE :p AND c.opened_at >= :fromTs AND c.opened_at < :toTs AND c.kind = 'INSPECTION'
                        GROUP BY m.person_id"""),
                new Figure("inspections.vehicles", "动用执法车辆", "辆次", Measure.SUM, true, """
                        SELECT c.id AS rid, c.case_number || ' ' || c.title AS title, c.vehicle_plates AS detail, a.name AS unit,
                               (c.opened_at AT TIME ZONE 'Asia/Shanghai')::date AS day, c.vehicle_count::numeric AS amount,
                               '/cases/' || c.id AS link, c.scope_path
                        FROM enf_stat_case_view c LEFT JOIN org_agency_view a ON a.id = c.agency_id
                        WHERE c.scope_path LIKE :p AND c.opened_at >= :fromTs AND c.opened_at < :toTs AND c.kind = 'INSPECTION'
                          AND c.vehicle_count > 0""")));
    }

    private static String decisions(String column) {
        return """
                SELECT d.case_id AS rid, d.case_number || ' ' || d.document_number AS title, d.party_name AS detail, a.name AS unit,
                       (d.issued_at AT TIME ZONE 'Asia/Shanghai')::date AS day, d.%s AS amount, '/cases/' || d.case_id AS link,
                       d.scope_path
                FROM enf_stat_decision_view d LEFT JOIN org_agency_view a ON a.id = d.agency_id
                WHERE d.scope_path LIKE :p AND d.issued_at >= :fromTs AND d.issued_at < :toTs AND d.%s > 0""".formatted(column, column);
    }

    private static String remedies(String scopeColumn, String kind) {
        return """
                SELECT r.id AS rid, r.case_number || ' ' || r.party_name AS title,
                       CASE r.kind WHEN 'RECONSIDERATION' THEN '复议机关：' ELSE '受理法院：' END || r.body AS detail, a.name AS unit, r.filed_on AS day,
                       NULL::numeric AS amount, '/cases/' || r.case_id AS link, r.%s AS scope_path
                FROM enf_stat_remedy_view r LEFT JOIN org_agency_view a ON a.id = r.agency_id
                WHERE r.%s LIKE :p AND r.filed_on >= :from AND r.filed_on < :to AND r.kind = '%s'""".formatted(scopeColumn, scopeColumn, kind);
    }

    @Bean
    StatSource penaltySource() {
        return PeopleSources.source(StatGroup.PENALTIES, List.of(
                new Figure("penalties.opened", "立案", "件", Measure.COUNT, true, cases("opened_at", "AND c.kind = 'PENALTY'", "NULL::numeric")),
                new Figure("penalties.closed", "结案", "件", Measure.COUNT, true, cases("closed_at", "AND c.kind = 'PENALTY'", "NULL::numeric")),
                new Figure("penalties.fines", "罚款", "元", Measure.SUM, true, decisions("fine_yuan")),
                new Figure("penalties.confiscations", "没收违法所得", "元", Measure.SUM, true, decisions("confiscation_yuan")),
                new Figure("penalties.hearings", "举行听证的案件", "件", Measure.COUNT, true, """
                        SELECT h.case_id AS rid, h.case_number AS title, h.party_name AS detail, a.name AS unit, h.hearing_held_on AS day,
                               NULL::numeric AS amount, '/cases/' || h.case_id AS link, h.scope_path
                        FROM enf_stat_hearing_view h LEFT JOIN org_agency_view a ON a.id = h.agency_id
                        WHERE h.scope_path LIKE :p AND h.hearing_held_on >= :from AND h.hearing_held_on < :to"""),
                new Figure("penalties.reconsiderations-received", "受理行政复议案件", "件", Measure.COUNT, true,
                        remedies("review_scope_path", "RECONSIDERATION")),
                new Figure("penalties.reconsiderations-against", "被提起行政复议申请", "件", Measure.COUNT, true,
                        remedies("scope_path", "RECONSIDERATION")),
                new Figure("penalties.lawsuits", "被提起行政诉讼案件", "件", Measure.COUNT, true, remedies("scope_path", "LITIGATION"))));
    }

    @Bean
    StatSource coercionSource() {
        return PeopleSources.source(StatGroup.COERCION, List.of(
                new Figure("coercion.cases", "作出行政强制决定的案件", "件", Measure.COUNT, true, """
                        SELECT k.case_id AS rid, min(k.case_number) AS title, string_agg(k.decision_number, '、') AS detail,
                               min(a.name) AS unit, min(k.decided_on) AS day, NULL::numeric AS amount, '/cases/' || k.case_id AS link,
                               min(k.scope_path) AS scope_path
                        FROM enf_stat_coercion_view k LEFT JOIN org_agency_view a ON a.id = k.agency_id
                        WHERE k.scope_path LIKE :p AND k.decided_on >= :from AND k.decided_on < :to
                        GROUP BY k.case_id""")));
    }
}
