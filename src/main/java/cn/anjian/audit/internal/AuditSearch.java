package cn.anjian.audit.internal;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.List;

import cn.anjian.audit.AuditEntryView;
import cn.anjian.audit.AuditFilter;
import cn.anjian.audit.AuditPage;
import cn.anjian.kernel.Scope;
import cn.anjian.kernel.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Keyset-paginated search, newest first (id desc): each page is an index range scan, however deep. */
@Component
@RequiredArgsConstructor
class AuditSearch {

    private final JdbcClient jdbc;

    AuditPage search(Scope scope, AuditFilter f) {
        var params = new java.util.HashMap<String, Object>();
        StringBuilder where = where(scope, f, params);
        if (f.before() != null) {
            where.append(f.oldestFirst() ? " and e.id > :before" : " and e.id < :before");
            params.put("before", f.before());
        }
        params.put("limit", f.size() + 1);
        List<AuditEntryView> rows = jdbc.sql(SELECT + where + (f.oldestFirst() ? " order by e.id asc" : " order by e.id desc")
                        + " limit :limit")
                .params(params)
                .query((rs, i) -> row(rs))
                .list();
        if (rows.size() > f.size()) {
            List<AuditEntryView> page = rows.subList(0, f.size());
            return new AuditPage(List.copyOf(page), page.get(page.size() - 1).id());
        }
        return new AuditPage(rows, null);
    }

    /** Every entry the filter matches (the cursor and size ignored), in its order, streamed: the Excel export. */
    void each(Scope scope, AuditFilter f, Consumer<AuditEntryView> sink) {
        var params = new java.util.HashMap<String, Object>();
        StringBuilder where = where(scope, f, params);
        try (Stream<AuditEntryView> rows = jdbc.sql(SELECT + where + (f.oldestFirst() ? " order by e.id asc" : " order by e.id desc"))
                .params(params).query((rs, i) -> row(rs)).stream()) {
            rows.forEach(sink);
        }
    }

    private static final String SELECT = """
            select e.id, e.occurred_at, e.actor, e.source_address, e.action, e.subject_type, e.subject_id,
                   e.before::text as before_json, e.after::text as after_json, e.scope_path, c.position
              from audit_entry e left join audit_chain c on c.entry_id = e.id""";

    private static AuditEntryView row(ResultSet rs) throws SQLException {
        return new AuditEntryView(rs.getLong("id"),
                rs.getObject("occurred_at", OffsetDateTime.class).atZoneSameInstant(Zones.SHANGHAI).toOffsetDateTime(),
                rs.getString("actor"), rs.getString("source_address"), rs.getString("action"),
                rs.getString("subject_type"), rs.getString("subject_id"), rs.getString("before_json"),
                rs.getString("after_json"), rs.getString("scope_path"), rs.getObject("position", Long.class));
    }

    private static StringBuilder where(Scope scope, AuditFilter f, java.util.Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where true");
        if (!scope.isProvince()) {
            // a city's or county's auditor: acts of its jurisdiction's accounts (entries without an acting account's
            // jurisdiction — system jobs, anonymous attempts — are the province's)
            where.append(" and e.scope_path like :scopePattern");
            params.put("scopePattern", scope.pattern());
        }
        eq(where, params, "actor", f.actor());
        eq(where, params, "action", f.action());
        eq(where, params, "subject_type", f.subjectType());
        eq(where, params, "subject_id", f.subjectId());
        if (f.from() != null) {
            where.append(" and e.occurred_at >= :from");
            params.put("from", f.from().atStartOfDay(Zones.SHANGHAI).toOffsetDateTime());
        }
        if (f.to() != null) {
            where.append(" and e.occurred_at < :to");
            params.put("to", f.to().plusDays(1).atStartOfDay(Zones.SHANGHAI).toOffsetDateTime());
        }
        return where;
    }

    private static void eq(StringBuilder where, java.util.Map<String, Object> params, String column, String value) {
        if (value != null && !value.isBlank()) {
            where.append(" and e.").append(column).append(" = :").append(column);
            params.put(column, value.strip());
        }
    }
}
