package cn.anjian.enforcement.joint;

import lombok.RequiredArgsConstructor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The joint-operation list (CASE-08) in the actor's scope: filters, sort, page and the streamed Excel export. */
@Component
@RequiredArgsConstructor
class JointOperationList {

    /** The list's sortable columns (issue 12): latest start first by default. */
    static final ListSort SORT = ListSort.by("o.id")
            .key("title", "行动", "o.title").key("lead", "牵头部门", "o.lead_agency_name")
            .key("start", "开始日期", "o.start_date").key("end", "结束日期", "o.end_date")
            .byDefault("start", false);

    /** An operation with its participants' names joined (the export reads them in the same query). */
    record ExportRow(JointOperations.Operation op, String participants) {
    }

    private static final String SELECT = "SELECT o.* FROM enf_joint_operation o";
    private static final String EXPORT_SELECT = """
            SELECT o.*, (SELECT string_agg(p.name, '、' ORDER BY p.id) FROM enf_joint_participant p
                          WHERE p.operation_id = o.id) AS participant_names
              FROM enf_joint_operation o""";

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final JointOperations operations;

    JointOperations.Page list(Actor actor, String q, JointOperations.Status status, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, q, status, params);
        long total = jdbc.sql("SELECT count(*) FROM enf_joint_operation o" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        List<JointOperations.Operation> items = jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params)
                .query((rs, n) -> JointOperations.map(rs, operations.participants(rs.getLong("id")))).list();
        return new JointOperations.Page(items, slice.page(), size, total);
    }

    /** Every operation of the filter in {@code sort} order, streamed (the Excel export). */
    @Transactional(readOnly = true)
    public void each(Actor actor, String q, JointOperations.Status status, ListSort.Sort sort, Consumer<ExportRow> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, q, status, params);
        try (Stream<ExportRow> rows = export.sql(EXPORT_SELECT + where + sort.orderBy()).params(params)
                .query((rs, n) -> new ExportRow(JointOperations.map(rs, List.of()), rs.getString("participant_names")))
                .stream()) {
            rows.forEach(sink);
        }
    }

    /** Refuses a bad filter (before an export starts). */
    static void check(String q) {
        if (q != null && q.length() > 100) {
            throw BusinessException.badInput("BAD-PARAMETER", "查询条件过长");
        }
    }

    private static String where(Actor actor, String q, JointOperations.Status status, Map<String, Object> params) {
        check(q);
        StringBuilder where = new StringBuilder(" WHERE " + ScopeSql.condition("o.scope_path"));
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        if (q != null && !q.isBlank()) {
            where.append(" AND (o.title LIKE :q ESCAPE '\\' OR o.plan_number LIKE :q ESCAPE '\\')");
            params.put("q", Like.contains(q));
        }
        if (status != null) {
            where.append(" AND o.status = :status");
            params.put("status", status.name());
        }
        return where.toString();
    }
}
