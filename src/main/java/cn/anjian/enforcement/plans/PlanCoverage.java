package cn.anjian.enforcement.plans;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-10 (分类分级执法): every operating enterprise of the plan's area (enterprises' published view) with
 * the inspections its risk grade requires a year under the plan, the inspections the plan schedules for it
 * by name, and the inspection cases the plan's agency actually opened on it in the plan's year.
 */
@Component
@RequiredArgsConstructor
class PlanCoverage {

    @Getter
    @RequiredArgsConstructor
    enum Shortfall {
        PLANNED("计划安排不足"), ACTUAL("实际检查不足"), EITHER("计划或实际不足");

        private final String label;
    }

    /** The sortable columns (the list kit); a gap is how many inspections are missing, so its useful order is desc. */
    static final ListSort SORT = ListSort.by("id")
            .key("name", "单位名称", "name").key("grade", "风险等级", "risk_grade").keyNotNull("required", "年度频次", "required")
            .keyNotNull("planned", "计划安排", "planned").keyNotNull("actual", "实际检查", "actual")
            .keyNotNull("plannedGap", "计划缺口", "required - planned").keyNotNull("actualGap", "实际缺口", "required - actual")
            .byDefault("grade", true);

    /** {@code sort} null = the default order. */
    record Filter(RiskGrade grade, Shortfall shortfall, String q, ListSort.Sort sort) {
        ListSort.Sort order() {
            return sort == null ? SORT.defaults() : sort;
        }
    }

    record Row(long enterpriseId, String name, String creditCode, Industry industry, RiskGrade grade, int required,
               int planned, int actual) {
        public boolean plannedShort() {
            return planned < required;
        }

        public boolean actualShort() {
            return actual < required;
        }
    }

    record GradeSummary(RiskGrade grade, int required, long enterprises, long plannedShort, long actualShort,
                        long planned, long actual) {
    }

    record Page(List<GradeSummary> summary, List<Row> rows, int page, int size, long total) {
        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    private static final String BASE = """
            WITH planned AS (
                SELECT enterprise_id, sum(planned_count) AS n FROM enf_plan_item
                 WHERE plan_id = :plan AND target_kind = 'ENTERPRISE' GROUP BY enterprise_id),
            actual AS (
                SELECT enterprise_id, count(*) AS n FROM enf_case
                 WHERE agency_id = :agency AND kind = 'INSPECTION' AND enterprise_id IS NOT NULL
                   AND opened_at >= :from AND opened_at < :to GROUP BY enterprise_id),
            cov AS (
                SELECT e.id, e.name, e.credit_code, e.industry, e.risk_grade,
                       CASE e.risk_grade WHEN 'A' THEN :fa WHEN 'B' THEN :fb WHEN 'C' THEN :fc ELSE :fd END AS required,
                       coalesce(p.n, 0) AS planned, coalesce(a.n, 0) AS actual
                  FROM ent_enterprise_view e
                  LEFT JOIN planned p ON p.enterprise_id = e.id
                  LEFT JOIN actual a ON a.enterprise_id = e.id
                 WHERE e.scope_path LIKE :scope ESCAPE '\\' AND e.status <> 'CLOSED' AND e.kind <> 'CITIZEN')
            """;

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    Page page(PlanViews.Plan plan, Filter filter, int page, int size) {
        Map<String, Object> params = params(plan);
        String where = where(filter, params);
        long total = jdbc.sql(BASE + "SELECT count(*) FROM cov" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        List<Row> rows = jdbc.sql(BASE + "SELECT * FROM cov" + where + filter.order().orderBy() + slice.window())
                .params(params).query(PlanCoverage::row).list();
        return new Page(summary(plan, params), rows, slice.page(), size, total);
    }

    /** Every row the filter selects, in its order, for the Excel export (streamed: a read-only transaction). */
    @Transactional(readOnly = true)
    public void each(PlanViews.Plan plan, Filter filter, Consumer<Row> sink) {
        Map<String, Object> params = params(plan);
        String where = where(filter, params);
        try (var rows = export.sql(BASE + "SELECT * FROM cov" + where + filter.order().orderBy()).params(params)
                .query(PlanCoverage::row).stream()) {
            rows.forEach(sink);
        }
    }

    private List<GradeSummary> summary(PlanViews.Plan plan, Map<String, Object> params) {
        Map<RiskGrade, GradeSummary> byGrade = new EnumMap<>(RiskGrade.class);
        jdbc.sql(BASE + """
                SELECT risk_grade, count(*) AS n, count(*) FILTER (WHERE planned < required) AS planned_short,
                       count(*) FILTER (WHERE actual < required) AS actual_short,
                       sum(planned) AS planned, sum(actual) AS actual
                  FROM cov GROUP BY risk_grade""").params(params).query((rs, n) -> {
            RiskGrade g = RiskGrade.valueOf(rs.getString("risk_grade").strip());
            return byGrade.put(g, new GradeSummary(g, plan.frequencies().of(g), rs.getLong("n"),
                    rs.getLong("planned_short"), rs.getLong("actual_short"), rs.getLong("planned"), rs.getLong("actual")));
        }).list();
        List<GradeSummary> out = new ArrayList<>();
        for (RiskGrade g : RiskGrade.values()) {
            out.add(byGrade.getOrDefault(g, new GradeSummary(g, plan.frequencies().of(g), 0, 0, 0, 0, 0)));
        }
        return out;
    }

    private static Map<String, Object> params(PlanViews.Plan plan) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("plan", plan.id());
        params.put("agency", plan.agencyId());
        params.put("from", LocalDate.of(plan.year(), 1, 1).atStartOfDay(Zones.SHANGHAI).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC));
        params.put("to", LocalDate.of(plan.year() + 1, 1, 1).atStartOfDay(Zones.SHANGHAI).toOffsetDateTime()
                .withOffsetSameInstant(ZoneOffset.UTC));
        GradeFrequencies f = plan.frequencies();
        params.put("fa", f.a());
        params.put("fb", f.b());
        params.put("fc", f.c());
        params.put("fd", f.d());
        params.put("scope", Like.escape(plan.scopePath()) + "%");
        return params;
    }

    private static String where(Filter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE true");
        if (f.grade() != null) {
            where.append(" AND risk_grade = :grade");
            params.put("grade", f.grade().name());
        }
        if (f.shortfall() != null) {
            where.append(switch (f.shortfall()) {
                case PLANNED -> " AND planned < required";
                case ACTUAL -> " AND actual < required";
                case EITHER -> " AND (planned < required OR actual < required)";
            });
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND (name ILIKE :q OR credit_code ILIKE :q)");
            params.put("q", Like.contains(f.q()));
        }
        return where.toString();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("name"), rs.getString("credit_code"),
                Industry.valueOf(rs.getString("industry")), RiskGrade.valueOf(rs.getString("risk_grade").strip()),
                rs.getInt("required"), rs.getInt("planned"), rs.getInt("actual"));
    }
}
