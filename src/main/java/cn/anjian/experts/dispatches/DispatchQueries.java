package cn.anjian.experts.dispatches;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.experts.dispatches.DispatchEnums.Overall;
import cn.anjian.experts.dispatches.DispatchEnums.Reimbursement;
import cn.anjian.experts.dispatches.DispatchEnums.Source;
import cn.anjian.experts.dispatches.DispatchEnums.Status;
import cn.anjian.experts.dispatches.DispatchEnums.TitleGrade;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Params;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The dispatch list (list kit, export), a dispatch's page, and an expert's own dispatches — all scoped in SQL. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class DispatchQueries {

    /** The list's filters: text (task, expert, place), state, and "register sent to HR" (HR's copies, art. 17). */
    record Filter(String q, Status status, boolean hrCopies) {
    }

    record Result(List<DispatchView> items, long total, int page) {
    }

    static final ListSort SORT = ListSort.by("d.id")
            .key("start", "任务日期", "d.task_start").key("expert", "专家", "coalesce(e.name, d.outside_name)")
            .key("status", "状态", "d.status").key("requested", "申请顺序", "d.id")
            .byDefault("requested", false);

    private static final String SELECT = """
            SELECT d.*, coalesce(e.name, d.outside_name) AS expert_name, coalesce(e.title, d.outside_title) AS expert_title,
                   coalesce(e.employer_name, d.outside_employer) AS expert_employer, f.name AS field_name,
                   t.name AS enterprise_name, u.name AS unit_name, a.name AS agency_name,
                   ap.applicant
            FROM exp_dispatch d
            LEFT JOIN exp_expert e ON e.id = d.expert_id
            LEFT JOIN exp_field f ON f.code = e.field_code
            LEFT JOIN ent_enterprise_view t ON t.id = d.enterprise_id
            LEFT JOIN org_unit_view u ON u.id = d.unit_id
            LEFT JOIN org_agency_view a ON a.id = d.agency_id
            LEFT JOIN exp_use_application ap ON ap.id = d.application_id""";

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    Result list(Actor actor, Filter filter, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, filter, params);
        long total = jdbc.sql("SELECT count(*) FROM exp_dispatch d LEFT JOIN exp_expert e ON e.id = d.expert_id" + where)
                .params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result(jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params).query(DispatchQueries::map).list(),
                total, slice.page());
    }

    void each(Actor actor, Filter filter, ListSort.Sort sort, Consumer<DispatchView> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, filter, params);
        try (Stream<DispatchView> rows = export.sql(SELECT + where + sort.orderBy()).params(params).query(DispatchQueries::map).stream()) {
            rows.forEach(sink);
        }
    }

    /** A dispatch in the actor's scope, else 404 (records of V20_0 without a scope are no dispatch page). */
    DispatchView get(Actor actor, long id) {
        return jdbc.sql(SELECT + " WHERE d.id = :id AND" + ScopeSql.condition("d.scope_path"))
                .param("id", id).param(ScopeSql.PARAM, actor.scope().pattern()).query(DispatchQueries::map).optional()
                .orElseThrow(() -> BusinessException.notFound(DispatchRequests.WHAT));
    }

    /** The expert's own dispatches (his account linked to his pool record), newest task first. */
    List<DispatchView> mine(Actor actor) {
        return jdbc.sql(SELECT + " WHERE e.user_id = :u AND d.scope_path IS NOT NULL ORDER BY d.task_start DESC NULLS LAST, d.id DESC LIMIT 200")
                .param("u", actor.userId()).query(DispatchQueries::map).list();
    }

    DispatchView mine(Actor actor, long id) {
        return mine(actor).stream().filter(d -> d.id() == id).findFirst()
                .orElseThrow(() -> BusinessException.notFound(DispatchRequests.WHAT));
    }

    private static String where(Actor actor, Filter filter, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" WHERE d.scope_path IS NOT NULL AND").append(ScopeSql.condition("d.scope_path"));
        params.put(ScopeSql.PARAM, actor == null ? "/%" : actor.scope().pattern());
        String q = Params.text("任务、专家或地点", filter.q(), 50);
        if (q != null && !q.isEmpty()) {
            w.append(" AND (d.task LIKE :q OR d.place LIKE :q OR e.name LIKE :q OR d.outside_name LIKE :q)");
            params.put("q", Like.contains(q));
        }
        if (filter.status() != null) {
            w.append(" AND d.status = :status");
            params.put("status", filter.status().name());
        }
        if (filter.hrCopies()) {
            w.append(" AND d.hr_copy_at IS NOT NULL");
        }
        return w.toString();
    }

    static DispatchView map(ResultSet rs, int n) throws SQLException {
        String grade = rs.getString("outside_grade");
        String overall = rs.getString("q_overall");
        String reimb = rs.getString("reimburse_status");
        java.sql.Date start = rs.getDate("task_start");
        java.sql.Date end = rs.getDate("task_end");
        return new DispatchView(rs.getLong("id"), Status.valueOf(rs.getString("status")), Source.valueOf(rs.getString("source")),
                rs.getObject("expert_id", Long.class), rs.getString("expert_name"), rs.getString("expert_title"),
                rs.getString("expert_employer"), grade == null ? null : TitleGrade.valueOf(grade), rs.getString("field_name"),
                rs.getString("task"), rs.getString("content"), rs.getString("place"),
                start == null ? rs.getDate("dispatched_on").toLocalDate() : start.toLocalDate(), end == null ? null : end.toLocalDate(),
                rs.getString("enterprise_name"), rs.getBoolean("paid"), rs.getBigDecimal("fee"), rs.getString("unit_name"),
                rs.getString("agency_name"), rs.getObject("draw_id", Long.class), rs.getObject("replaces_id", Long.class),
                rs.getString("replacement_reason"), rs.getObject("application_id", Long.class), rs.getString("applicant"),
                rs.getObject("flow_id", Long.class), at(rs, "requested_at"), rs.getString("requested_by"), at(rs, "decided_at"),
                rs.getString("decision_opinion"), at(rs, "responded_at"), rs.getString("decline_reason"),
                rs.getObject("report_file_id", Long.class), rs.getString("report_name"), rs.getString("report_summary"),
                at(rs, "reported_at"), rs.getObject("q_attitude", Integer.class), rs.getObject("q_expertise", Integer.class),
                rs.getObject("q_integrity", Integer.class), overall == null ? null : Overall.valueOf(overall), rs.getString("q_remarks"),
                at(rs, "q_filed_at"), rs.getString("q_filed_by"), at(rs, "hr_copy_at"),
                reimb == null ? null : Reimbursement.valueOf(reimb), rs.getObject("reimburse_flow_id", Long.class), at(rs, "reimbursed_at"));
    }

    private static java.time.Instant at(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }
}
