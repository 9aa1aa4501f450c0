package cn.anjian.reporting.statistics;

import java.util.ArrayList;
import java.util.List;

import cn.anjian.reporting.StatGroup;
import cn.anjian.reporting.StatSource;
import cn.anjian.reporting.StatSource.Figure;
import cn.anjian.reporting.StatSource.Measure;
import cn.anjian.reporting.PublicityActivityKind;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * STAT-02 (普法宣传: the only figures entered by hand, each with its reporter and source) and STAT-03 (规范性文件: the
 * documents issued in the period, and those in force on its last day), over this module's own registers. An activity
 * counts by its date, in its kind's unit (quantity); a document by its issue date.
 */
@Configuration(proxyBeanMethods = false)
class RegisterSources {

    @Bean
    StatSource publicitySource() {
        List<Figure> figures = new ArrayList<>();
        for (PublicityActivityKind k : PublicityActivityKind.values()) {
            figures.add(new Figure("publicity." + k.name().toLowerCase(), k.label(), k.unit(), Measure.SUM, true, """
                    SELECT r.id AS rid, r.place || coalesce('：' || r.theme, '') AS title,
                           '填报人 ' || r.reporter || '，来源 ' || r.source AS detail, a.name AS unit, r.held_on AS day,
                           r.quantity AS amount, NULL AS link, r.scope_path
                    FROM rep_publicity_activity r LEFT JOIN org_agency_view a ON a.id = r.agency_id
                    WHERE r.scope_path LIKE :p AND r.held_on >= :from AND r.held_on < :to AND r.kind = '%s'""".formatted(k.name())));
        }
        return PeopleSources.source(StatGroup.PUBLICITY, figures);
    }

    @Bean
    StatSource normativeSource() {
        String rows = """
                SELECT d.id AS rid, d.title, d.doc_number || '（' || d.issuing_unit || '）' AS detail, a.name AS unit,
                       d.issued_on AS day, NULL::numeric AS amount, '/reporting/normative-documents/' || d.id AS link, d.scope_path
                FROM rep_normative_doc d LEFT JOIN org_agency_view a ON a.id = d.agency_id
                WHERE d.scope_path LIKE :p""";
        return PeopleSources.source(StatGroup.NORMATIVE_DOCUMENTS, List.of(
                new Figure("normative.issued", "制定发布的规范性文件", "件", Measure.COUNT, true,
                        rows + " AND d.issued_on >= :from AND d.issued_on < :to"),
                new Figure("normative.in-force", "现行有效的规范性文件", "件", Measure.COUNT, false,
                        rows + " AND d.effective_on <= :last AND d.status = 'IN_FORCE'")));
    }
}
