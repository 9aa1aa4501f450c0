package cn.anjian.mines.app;

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
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The department's list of half-year work reports (MW-13), scoped, filtered, sorted, exported. */
@Component
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class WorkReportList {

    public static final ListSort SORT = ListSort.by("r.id")
            .keyNotNull("period", "述职期间", "(r.period_year * 10 + r.half)").keyNotNull("name", "监管专员", "c.name")
            .keyNotNull("status", "状态", "r.status").key("submitted", "提交时间", "r.submitted_at").byDefault("period", false);

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    public record Filter(String name, Integer year, WorkReportStatus status) {
    }

    public record Row(long id, String commissioner, HalfYear period, WorkReportStatus status, Instant submittedAt,
                      String docNumber) {
    }

    public record Result(List<Row> items, long total, int page, int size) {
    }

    public Result list(Actor actor, Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, f, params);
        long total = jdbc.sql("SELECT count(*) " + FROM + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result(jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params)
                .query(WorkReportList::map).list(), total, slice.page(), size);
    }

    public void each(Actor actor, Filter f, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<Row> rows = export.sql(SELECT + where(actor, f, params) + sort.orderBy()).params(params)
                .query(WorkReportList::map).stream()) {
            rows.forEach(sink);
        }
    }

    private static final String FROM = "FROM mine_work_report r JOIN mine_commissioner c ON c.id = r.commissioner_id";
    private static final String SELECT = "SELECT r.id, c.name AS commissioner, r.period_year, r.half, r.status, r.submitted_at, "
            + "r.doc_number " + FROM;

    private static String where(Actor actor, Filter f, Map<String, Object> params) {
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        StringBuilder w = new StringBuilder(" WHERE" + ScopeSql.condition("r.scope_path"));
        if (f.name() != null && !f.name().isBlank()) {
            params.put("name", Like.contains(f.name()));
            w.append(" AND c.name LIKE :name");
        }
        if (f.year() != null) {
            params.put("year", f.year());
            w.append(" AND r.period_year = :year");
        }
        if (f.status() != null) {
            params.put("status", f.status().name());
            w.append(" AND r.status = :status");
        }
        return w.toString();
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        var at = rs.getTimestamp("submitted_at");
        return new Row(rs.getLong("id"), rs.getString("commissioner"), new HalfYear(rs.getInt("period_year"), rs.getInt("half")),
                WorkReportStatus.valueOf(rs.getString("status")), at == null ? null : at.toInstant(), rs.getString("doc_number"));
    }
}
