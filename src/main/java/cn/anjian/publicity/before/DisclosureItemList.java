package cn.anjian.publicity.before;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
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
import cn.anjian.kernel.Params;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The back-office list of items disclosed before enforcement, in the actor's scope (ORG-03): filter, sort, page, Excel. */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class DisclosureItemList {

    static final ListSort SORT = ListSort.by("i.id")
            .keyNotNull("title", "名称", "i.title").keyNotNull("kind", "类别", "i.kind")
            .keyNotNull("unit", "承办机构", "i.unit_name").keyNotNull("updated", "更新时间", "i.updated_at")
            .byDefault("updated", false);

    record Filter(String q, BeforeKind kind, DisclosureItem.Status status) {
        static Filter of(String q, String kind, String status) {
            String text = Params.text("查询条件", q, 100);
            BeforeKind k = Params.choice(BeforeKind.class, "类别", kind, BeforeKind::label);
            DisclosureItem.Status s = Params.choice(DisclosureItem.Status.class, "状态", status, DisclosureItem.Status::label);
            return new Filter(text, k, s);
        }
    }

    record Row(long id, BeforeKind kind, String title, String agencyName, String unitName, DisclosureItem.Status status,
               Instant updatedAt) {
    }

    record Page(List<Row> items, int page, int size, long total) {
    }

    private static final String SELECT = """
            SELECT i.id, i.kind, i.title, a.name AS agency_name, i.unit_name, i.status, i.updated_at
            FROM pub_before_item i JOIN org_agency_view a ON a.id = i.agency_id""";

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    Page list(Actor actor, Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, f, params);
        long total = jdbc.sql("SELECT count(*) FROM pub_before_item i" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        List<Row> rows = jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params)
                .query(DisclosureItemList::row).list();
        return new Page(rows, slice.page(), size, total);
    }

    void each(Actor actor, Filter f, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, f, params);
        try (Stream<Row> rows = export.sql(SELECT + where + sort.orderBy()).params(params).query(DisclosureItemList::row).stream()) {
            rows.forEach(sink);
        }
    }

    private static String where(Actor actor, Filter f, Map<String, Object> params) {
        if (f == null) {
            throw BusinessException.badInput("BAD-PARAMETER", "筛选条件不正确");
        }
        StringBuilder w = new StringBuilder(" WHERE " + ScopeSql.condition("i.scope_path"));
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        if (f.q() != null && !f.q().isEmpty()) {
            w.append(" AND (i.title LIKE :q ESCAPE '\\' OR i.unit_name LIKE :q ESCAPE '\\')");
            params.put("q", Like.contains(f.q()));
        }
        if (f.kind() != null) {
            w.append(" AND i.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.status() != null) {
            w.append(" AND i.status = :status");
            params.put("status", f.status().name());
        }
        return w.toString();
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), BeforeKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("agency_name"), rs.getString("unit_name"), DisclosureItem.Status.valueOf(rs.getString("status")),
                rs.getTimestamp("updated_at").toInstant());
    }
}
