package cn.anjian.enforcement.plans;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.enterprises.Industry;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Reading plans and their items (the lists with filters stay SQL). */
@Component
@RequiredArgsConstructor
class PlanQueries {

    private static final String SELECT = """
            SELECT p.*, (SELECT count(*) FROM enf_plan_item i WHERE i.plan_id = p.id) AS item_count,
                   (SELECT coalesce(sum(planned_count), 0) FROM enf_plan_item i WHERE i.plan_id = p.id) AS planned_total,
                   (SELECT u.display_name FROM iam_user_view u WHERE u.username = p.created_by) AS created_by_name
              FROM enf_plan p""";

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    PlanViews.Plan get(Actor actor, long id) {
        return ScopeSql.requireInScope(actor, find(id), PlanViews.Plan::scopePath, InspectionPlans.WHAT);
    }

    Optional<PlanViews.Plan> find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(PlanQueries::map).optional();
    }

    List<PlanViews.Item> items(long planId) {
        return jdbc.sql("SELECT * FROM enf_plan_item WHERE plan_id = :p ORDER BY id").param("p", planId)
                .query(PlanQueries::mapItem).list();
    }

    /** The plan list's sortable columns (issue 12): newest year first by default, id as tiebreaker. */
    static final ListSort SORT = ListSort.by("p.id")
            .key("year", "年度", "p.plan_year").key("title", "计划名称", "p.title")
            .key("agency", "机构", "p.agency_name").key("published", "公布时间", "p.published_at")
            .byDefault("year", false);

    /** Plans in the actor's scope in {@code sort} order; filters optional. */
    PlanViews.Page list(Actor actor, Integer year, PlanStatus status, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, year, status, params);
        long total = jdbc.sql("SELECT count(*) FROM enf_plan p" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        List<PlanViews.Plan> items = jdbc.sql(SELECT + where + sort.orderBy() + slice.window())
                .params(params).query(PlanQueries::map).list();
        return new PlanViews.Page(items, slice.page(), size, total);
    }

    /** Every plan of the filter in {@code sort} order, streamed (the Excel export). */
    @Transactional(readOnly = true)
    public void each(Actor actor, Integer year, PlanStatus status, ListSort.Sort sort, Consumer<PlanViews.Plan> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, year, status, params);
        try (Stream<PlanViews.Plan> rows = export.sql(SELECT + where + sort.orderBy()).params(params)
                .query(PlanQueries::map).stream()) {
            rows.forEach(sink);
        }
    }

    private static String where(Actor actor, Integer year, PlanStatus status, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE " + ScopeSql.condition("p.scope_path"));
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        if (year != null) {
            where.append(" AND p.plan_year = :year");
            params.put("year", year);
        }
        if (status != null) {
            where.append(" AND p.status = :status");
            params.put("status", status.name());
        }
        return where.toString();
    }

    boolean anyOf(long agencyId, int year) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM enf_plan WHERE agency_id = :a AND plan_year = :y)")
                .param("a", agencyId).param("y", year).query(Boolean.class).single();
    }

    /** The id of the plan in force of the agency and year, or null. */
    Long inForce(long agencyId, int year) {
        return jdbc.sql("SELECT id FROM enf_plan WHERE agency_id = :a AND plan_year = :y AND status = 'PUBLISHED'")
                .param("a", agencyId).param("y", year).query(Long.class).optional().orElse(null);
    }

    /** Whether the agency has a plan of that year being drafted or approved. */
    boolean openExists(long agencyId, int year) {
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM enf_plan WHERE agency_id = :a AND plan_year = :y
                   AND status IN ('DRAFT', 'SUBMITTED', 'RETURNED', 'APPROVED'))""")
                .param("a", agencyId).param("y", year).query(Boolean.class).single();
    }

    static PlanViews.Plan map(ResultSet rs, int n) throws SQLException {
        return new PlanViews.Plan(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("agency_name"),
                rs.getString("scope_path"), rs.getInt("plan_year"), rs.getString("title"),
                PlanStatus.valueOf(rs.getString("status")), rs.getInt("revision"), (Long) rs.getObject("supersedes_id"),
                rs.getString("revision_reason"), (Long) rs.getObject("flow_id"), rs.getString("created_by_name"),
                instant(rs, "created_at"), instant(rs, "approved_at"), rs.getString("published_by"),
                instant(rs, "published_at"), instant(rs, "superseded_at"), rs.getInt("version"),
                rs.getInt("item_count"), rs.getInt("planned_total"), rs.getLong("jurisdiction_id"),
                new GradeFrequencies(rs.getInt("freq_a"), rs.getInt("freq_b"), rs.getInt("freq_c"), rs.getInt("freq_d")));
    }

    private static PlanViews.Item mapItem(ResultSet rs, int n) throws SQLException {
        String industry = rs.getString("industry");
        return new PlanViews.Item(rs.getLong("id"), TargetKind.valueOf(rs.getString("target_kind")),
                (Long) rs.getObject("enterprise_id"), rs.getString("target_name"), industry,
                industry == null ? "" : Industry.valueOf(industry).label(), rs.getString("content"), rs.getString("period"),
                PlanViews.periodLabel(rs.getString("period")), rs.getString("responsible_unit"), rs.getInt("planned_count"));
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }
}
