package cn.anjian.experts.dispatches;

import lombok.RequiredArgsConstructor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Params;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert-use lists (budgets EXP-16, fixed experts EXP-11, outside units' applications EXP-12, dismissals EXP-15) on
 * the list kit: scope first (ORG-03), a text filter, one choice filter, the kit's sort, a page, and the export streamed
 * from the same query (the same mapper, so the sheet shows what the page shows).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class UseLists {

    /** One list: the select (with its joins), the scoped column, the columns the text filter searches, sort and mapper. */
    record Spec<R>(String select, String countFrom, String scopeColumn, List<String> textColumns, String textLabel,
                   ListSort sort, RowMapper<R> mapper) {
    }

    /** The filters of a list: free text and one exact column condition ({@code column = :choice}, null: none). */
    record Filter(String q, String choiceColumn, Object choice) {
    }

    record Result<R>(List<R> items, long total, int page) {
    }

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    <R> Result<R> page(Actor actor, Spec<R> spec, Filter filter, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, spec, filter, params);
        long total = jdbc.sql("SELECT count(*) " + spec.countFrom() + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result<>(jdbc.sql(spec.select() + where + sort.orderBy() + slice.window()).params(params)
                .query(spec.mapper()).list(), total, slice.page());
    }

    <R> void each(Actor actor, Spec<R> spec, Filter filter, ListSort.Sort sort, Consumer<R> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, spec, filter, params);
        try (Stream<R> rows = export.sql(spec.select() + where + sort.orderBy()).params(params).query(spec.mapper()).stream()) {
            rows.forEach(sink);
        }
    }

    /** Refuses (400) a text the list would refuse, before an export starts its response. */
    static void check(Spec<?> spec, Filter filter) {
        Params.text(spec.textLabel(), filter.q(), 50);
    }

    private static String where(Actor actor, Spec<?> spec, Filter filter, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" WHERE").append(ScopeSql.condition(spec.scopeColumn()));
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        String q = Params.text(spec.textLabel(), filter.q(), 50);
        if (q != null && !q.isEmpty()) {
            w.append(" AND (").append(String.join(" LIKE :q OR ", spec.textColumns())).append(" LIKE :q)");
            params.put("q", Like.contains(q));
        }
        if (filter.choice() != null) {
            w.append(" AND ").append(filter.choiceColumn()).append(" = :choice");
            params.put("choice", filter.choice() instanceof Enum<?> e ? e.name() : filter.choice());
        }
        return w.toString();
    }
}
