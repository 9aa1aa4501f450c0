package cn.anjian.mines.app;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
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

/** The department's list of commissioners' leave requests (MW-11), scoped, filtered, sorted, exported. */
@Component
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class LeaveList {

    public static final ListSort SORT = ListSort.by("l.id")
            .keyNotNull("starts", "开始日期", "l.starts_on").keyNotNull("name", "监管专员", "c.name")
            .keyNotNull("status", "状态", "l.status").byDefault("starts", false);

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    public record Filter(String name, LeaveStatus status) {
    }

    public record Row(long id, String commissioner, String substitute, LocalDate startsOn, LocalDate endsOn, String reason,
                      LeaveStatus status, String opinion, Instant createdAt) {
    }

    public record Result(List<Row> items, long total, int page, int size) {
    }

    public Result list(Actor actor, Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, f, params);
        long total = jdbc.sql("SELECT count(*) FROM mine_leave l JOIN mine_commissioner c ON c.id = l.commissioner_id" + where)
                .params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result(jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params).query(LeaveList::map).list(),
                total, slice.page(), size);
    }

    public void each(Actor actor, Filter f, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<Row> rows = export.sql(SELECT + where(actor, f, params) + sort.orderBy()).params(params)
                .query(LeaveList::map).stream()) {
            rows.forEach(sink);
        }
    }

    private static final String SELECT = """
            SELECT l.id, c.name AS commissioner, s.name AS substitute, l.starts_on, l.ends_on, l.reason, l.status, l.opinion,
                   l.created_at
            FROM mine_leave l JOIN mine_commissioner c ON c.id = l.commissioner_id
            JOIN mine_commissioner s ON s.id = l.substitute_id""";

    private static String where(Actor actor, Filter f, Map<String, Object> params) {
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        StringBuilder w = new StringBuilder(" WHERE" + ScopeSql.condition("l.scope_path"));
        if (f.name() != null && !f.name().isBlank()) {
            params.put("name", Like.contains(f.name()));
            w.append(" AND c.name LIKE :name");
        }
        if (f.status() != null) {
            params.put("status", f.status().name());
            w.append(" AND l.status = :status");
        }
        return w.toString();
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("commissioner"), rs.getString("substitute"),
                rs.getObject("starts_on", LocalDate.class), rs.getObject("ends_on", LocalDate.class), rs.getString("reason"),
                LeaveStatus.valueOf(rs.getString("status")), rs.getString("opinion"), rs.getTimestamp("created_at").toInstant());
    }
}
