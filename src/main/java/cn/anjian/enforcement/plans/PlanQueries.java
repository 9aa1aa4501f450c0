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

import cn.anjian.enterprises.Industry;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.PageSlice;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reading plans and their items (the lists with filters stay SQL). */
@Component
@RequiredArgsConstructor
class PlanQueries {

    static final int PAGE_SIZE = 20;

    private static final String SELECT = """
            SELECT p.*, (SELECT count(*) FROM enf_plan_item i WHERE i.plan_id = p.id) AS item_count,
                   (SELECT coalesce(sum(planned_count), 0) FROM enf_plan_item i WHERE i.plan_id = p.id) AS planned_total,
                   (SELECT u.display_name FROM iam_user_view u WHERE u.username = p.created_by) AS created_by_name
              FROM enf_plan p""";

    private final JdbcClient jdbc;

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

    /** Plans in the actor's scope, newest year first; filters optional. */
    PlanViews.Page list(Actor actor, Integer year, PlanStatus status, int page) {
        StringBuilder where = new StringBuilder(" WHERE " + ScopeSql.condition("p.scope_path"));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        if (year != null) {
            where.append(" AND p.plan_year = :year");
            params.put("year", year);
        }
        if (status != null) {
            where.append(" AND p.status = :status");
            params.put("status", status.name());
        }
        long total = jdbc.sql("SELECT count(*) FROM enf_plan p" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, PAGE_SIZE, total);
        List<PlanViews.Plan> items = jdbc.sql(SELECT + where + " ORDER BY p.plan_year DESC, p.id DESC" + slice.window())
                .params(params).query(PlanQueries::map).list();
        return new PlanViews.Page(items, slice.page(), PAGE_SIZE, total);
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
