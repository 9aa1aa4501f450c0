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
import cn.anjian.mines.MineKind;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** MW-14: the mines in scope with their commissioners and the last integrity supervision card issued. */
@Component
@RequiredArgsConstructor
@Transactional(readOnly = true)
public class IntegrityList {

    public static final ListSort SORT = ListSort.by("m.id")
            .keyNotNull("name", "矿山", "m.name").key("issued", "发放时间", "last_issued").byDefault("name", true);

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    public record Row(long mineId, String mineName, MineKind kind, String commissioners, String lastNumber, Instant lastIssued) {
    }

    public record Result(List<Row> items, long total, int page, int size) {
    }

    public Result list(Actor actor, String name, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, name, params);
        long total = jdbc.sql("SELECT count(*) FROM mine_mine m" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result(jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params).query(IntegrityList::map)
                .list(), total, slice.page(), size);
    }

    public void each(Actor actor, String name, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<Row> rows = export.sql(SELECT + where(actor, name, params) + sort.orderBy()).params(params)
                .query(IntegrityList::map).stream()) {
            rows.forEach(sink);
        }
    }

    // the commissioners of the latest approved plan that staffs the mine; the last card issued
    private static final String SELECT = """
            SELECT m.id, m.name, m.kind,
                   (SELECT string_agg(DISTINCT c.name, '、') FROM mine_plan_assignment a JOIN mine_plan p ON p.id = a.plan_id
                    JOIN mine_commissioner c ON c.id = a.commissioner_id
                    WHERE a.mine_id = m.id AND p.status = 'APPROVED' AND p.plan_year = (
                        SELECT max(p2.plan_year) FROM mine_plan p2 JOIN mine_plan_assignment a2 ON a2.plan_id = p2.id
                        WHERE a2.mine_id = m.id AND p2.status = 'APPROVED')) AS commissioners,
                   (SELECT k.doc_number FROM mine_integrity_card k WHERE k.mine_id = m.id ORDER BY k.issued_at DESC, k.id DESC
                    LIMIT 1) AS last_number,
                   (SELECT max(k.issued_at) FROM mine_integrity_card k WHERE k.mine_id = m.id) AS last_issued
            FROM mine_mine m""";

    private static String where(Actor actor, String name, Map<String, Object> params) {
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        String w = " WHERE" + ScopeSql.condition("m.scope_path");
        if (name != null && !name.isBlank()) {
            params.put("name", Like.contains(name));
            w += " AND m.name LIKE :name";
        }
        return w;
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        var at = rs.getTimestamp("last_issued");
        return new Row(rs.getLong("id"), rs.getString("name"), MineKind.valueOf(rs.getString("kind")),
                rs.getString("commissioners"), rs.getString("last_number"), at == null ? null : at.toInstant());
    }
}
