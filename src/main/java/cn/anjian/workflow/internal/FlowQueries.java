package cn.anjian.workflow.internal;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
import cn.anjian.org.ScopeSql;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.InboxFilter;
import cn.anjian.workflow.InboxItem;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Read queries: the inbox (one SQL, scoped, paginated) and look-ups by subject. */
@Component
@RequiredArgsConstructor
public class FlowQueries {

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    boolean hasRunning(String definitionCode, String subjectType, String subjectId) {
        return jdbc.sql("""
                        SELECT EXISTS (SELECT 1 FROM wf_flow WHERE definition_code = :d AND subject_type = :t
                                       AND subject_id = :s AND state IN ('RUNNING', 'RETURNED'))""")
                .param("d", definitionCode).param("t", subjectType).param("s", subjectId).query(Boolean.class).single();
    }

    /** Row-locks the flow if it still has {@code version}; false when someone else changed it meanwhile. */
    boolean claim(long id, int version) {
        return jdbc.sql("SELECT id FROM wf_flow WHERE id = :id AND version = :v FOR UPDATE")
                .param("id", id).param("v", version).query(Long.class).optional().isPresent();
    }

    List<Long> idsForSubject(String subjectType, String subjectId) {
        return jdbc.sql("SELECT id FROM wf_flow WHERE subject_type = :t AND subject_id = :s ORDER BY id DESC")
                .param("t", subjectType).param("s", subjectId).query(Long.class).list();
    }

    /** The flow types that have flows in the scope (for the inbox filter). */
    public Map<String, String> definitionNames(Actor actor) {
        Map<String, String> m = new LinkedHashMap<>();
        ScopeSql.bind(jdbc.sql("SELECT DISTINCT definition_code, definition_name FROM wf_flow WHERE "
                        + ScopeSql.condition("scope_path") + " ORDER BY definition_name"), actor)
                .query((rs, n) -> m.put(rs.getString(1), rs.getString(2))).list();
        return m;
    }

    /**
     * Steps pending for a role the user holds in the user's agency ({@code roles}: read from the grants
     * by {@link StaffDirectory}, so the inbox shows exactly what {@code decide} accepts), plus the user's
     * own returned flows.
     */
    Page<InboxItem> inbox(Actor actor, List<String> roles, InboxFilter filter, ListSort.Sort sort, Pageable pageable,
                          Instant now) {
        Map<String, Object> p = new LinkedHashMap<>();
        String sql = inboxSql(actor, roles, filter, now, p);
        long total = jdbc.sql("SELECT count(*) FROM (" + sql + ") c").params(p).query(Long.class).single();
        List<InboxItem> items = jdbc.sql(sql + sort.orderBy() + " LIMIT :limit OFFSET :offset")
                .params(p).param("limit", pageable.getPageSize()).param("offset", pageable.getOffset())
                .query((rs, n) -> item(rs, now)).list();
        return new PageImpl<>(items, pageable, total);
    }

    /** Every item of the inbox in {@code sort} order, streamed (the Excel export). */
    @Transactional(readOnly = true)
    public void eachInInbox(Actor actor, List<String> roles, InboxFilter filter, ListSort.Sort sort, Instant now,
                            Consumer<InboxItem> sink) {
        Map<String, Object> p = new LinkedHashMap<>();
        String sql = inboxSql(actor, roles, filter, now, p);
        try (Stream<InboxItem> rows = export.sql(sql + sort.orderBy()).params(p).query((rs, n) -> item(rs, now)).stream()) {
            rows.forEach(sink);
        }
    }

    private static String inboxSql(Actor actor, List<String> roles, InboxFilter filter, Instant now, Map<String, Object> p) {
        String sql = """
                SELECT * FROM (
                  SELECT f.id, 'DECIDE' AS kind, f.definition_code, f.definition_name, f.title, f.subject_type, f.subject_id,
                         f.subject_url, s.idx, s.name AS step_name, f.initiating_agency_name, s.pending_since AS since, s.due_at
                  FROM wf_flow f JOIN wf_flow_step s ON s.flow_id = f.id AND s.idx = f.current_step
                  WHERE f.state = 'RUNNING' AND s.state = 'PENDING' AND s.agency_id = :agency
                    AND s.role_code IN (:roles)
                    AND f.initiator_user_id <> :user
                    AND %s
                  UNION ALL
                  SELECT f.id, 'RETURNED', f.definition_code, f.definition_name, f.title, f.subject_type, f.subject_id,
                         f.subject_url, -1, NULL, f.initiating_agency_name,
                         (SELECT max(e.decided_at) FROM wf_flow_entry e WHERE e.flow_id = f.id), NULL
                  FROM wf_flow f
                  WHERE f.state = 'RETURNED' AND f.initiator_user_id = :user AND %s
                ) x
                WHERE (CAST(:def AS VARCHAR) IS NULL OR x.definition_code = :def)
                  AND (:overdue = FALSE OR x.due_at < :now)
                """.formatted(ScopeSql.condition("f.scope_path"), ScopeSql.condition("f.scope_path"));
        p.put("agency", actor.agencyId());
        p.put("user", actor.userId());
        // no role in the agency: an impossible code keeps the IN list valid and matches nothing
        p.put("roles", roles.isEmpty() ? List.of("-") : roles);
        p.put("def", filter.definitionCode() == null || filter.definitionCode().isBlank() ? null : filter.definitionCode().strip());
        p.put("overdue", filter.overdueOnly());
        p.put("now", Timestamp.from(now));
        p.put(ScopeSql.PARAM, actor.scope().pattern());
        return sql;
    }

    private static InboxItem item(ResultSet rs, Instant now) throws SQLException {
        Timestamp since = rs.getTimestamp("since");
        Timestamp due = rs.getTimestamp("due_at");
        Instant dueAt = due == null ? null : due.toInstant();
        return new InboxItem(new FlowId(rs.getLong("id")), rs.getString("kind"), rs.getString("definition_code"),
                rs.getString("definition_name"), rs.getString("title"), rs.getString("subject_type"),
                rs.getString("subject_id"), rs.getString("subject_url"), rs.getInt("idx"), rs.getString("step_name"),
                rs.getString("initiating_agency_name"), since == null ? null : since.toInstant(), dueAt,
                dueAt != null && dueAt.isBefore(now));
    }
}
