package cn.anjian.enforcement.draws;

import lombok.RequiredArgsConstructor;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** Reading draws: the record in scope, its pools, exclusions and result; the list with filters. */
@Component
@RequiredArgsConstructor
class DrawQueries {

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    DrawViews.Draw get(Actor actor, long id) {
        return ScopeSql.requireInScope(actor, find(id), DrawViews.Draw::scopePath, RandomDraws.WHAT);
    }

    Optional<DrawViews.Draw> find(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = :id").param("id", id).query(DrawQueries::map).optional();
    }

    /** The draw list's sortable columns (issue 12): newest first by default. */
    static final ListSort SORT = ListSort.by("d.id")
            .key("title", "任务", "d.title").key("day", "抽取日", "d.draw_day").key("agency", "机构", "d.agency_name")
            .key("drawn", "抽取顺序", "d.id")
            .byDefault("drawn", false);

    DrawViews.Page list(Actor actor, String q, Boolean published, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, q, published, params);
        long total = jdbc.sql("SELECT count(*) FROM enf_draw d" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        List<DrawViews.Draw> items = jdbc.sql(SELECT + where + sort.orderBy() + slice.window())
                .params(params).query(DrawQueries::map).list();
        return new DrawViews.Page(items, slice.page(), size, total);
    }

    /** Every draw of the filter in {@code sort} order, streamed (the Excel export). */
    @Transactional(readOnly = true)
    public void each(Actor actor, String q, Boolean published, ListSort.Sort sort, Consumer<DrawViews.Draw> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, q, published, params);
        try (Stream<DrawViews.Draw> rows = export.sql(SELECT + where + sort.orderBy()).params(params)
                .query(DrawQueries::map).stream()) {
            rows.forEach(sink);
        }
    }

    /** Refuses a bad filter (before an export starts). */
    static void check(String q) {
        if (q != null && q.length() > 100) {
            throw BusinessException.badInput("BAD-PARAMETER", "查询条件过长");
        }
    }

    private static String where(Actor actor, String q, Boolean published, Map<String, Object> params) {
        check(q);
        StringBuilder where = new StringBuilder(" WHERE " + ScopeSql.condition("d.scope_path"));
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        if (q != null && !q.isBlank()) {
            where.append(" AND d.title LIKE :q ESCAPE '\\'");
            params.put("q", Like.contains(q));
        }
        if (published != null) {
            where.append(published ? " AND d.published_at IS NOT NULL" : " AND d.published_at IS NULL");
        }
        return where.toString();
    }

    boolean anyOf(long agencyId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM enf_draw WHERE agency_id = :a)").param("a", agencyId)
                .query(Boolean.class).single();
    }

    List<DrawViews.Target> targets(long drawId) {
        return jdbc.sql("SELECT * FROM enf_draw_target WHERE draw_id = :d ORDER BY pos").param("d", drawId)
                .query((rs, n) -> new DrawViews.Target(rs.getInt("pos"), rs.getLong("enterprise_id"), rs.getString("name"),
                        rs.getString("industry"), rs.getString("risk_grade"), rs.getString("status"))).list();
    }

    List<DrawViews.Officer> officers(long drawId) {
        return jdbc.sql("SELECT * FROM enf_draw_officer WHERE draw_id = :d ORDER BY pos").param("d", drawId)
                .query((rs, n) -> new DrawViews.Officer(rs.getInt("pos"), rs.getLong("person_id"), rs.getString("name"),
                        rs.getString("certificate_number"))).list();
    }

    /** The stored result with names, in draw order. */
    List<DrawViews.Row> rows(DrawViews.Draw d) {
        List<DrawViews.Target> targets = targets(d.id());
        List<DrawViews.Officer> officers = officers(d.id());
        return jdbc.sql("SELECT * FROM enf_draw_result WHERE draw_id = :d ORDER BY rank").param("d", d.id())
                .query((rs, n) -> new DrawViews.Row(rs.getInt("rank"), targets.get(rs.getInt("target_pos")),
                        positions(rs.getArray("officer_pos")).stream().map(officers::get).toList(), rs.getBoolean("staffed"),
                        (Long) rs.getObject("case_id"))).list();
    }

    /** The conflicted (enterprise, person) pairs the draw met, as stored for the replay. */
    List<List<Long>> exclusions(long drawId) {
        return jdbc.sql("SELECT enterprise_id, person_id FROM enf_draw_exclusion WHERE draw_id = :d ORDER BY enterprise_id, person_id")
                .param("d", drawId).query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2))).list();
    }

    List<DrawAlgorithm.Match> storedResult(long drawId) {
        return jdbc.sql("SELECT target_pos, officer_pos FROM enf_draw_result WHERE draw_id = :d ORDER BY rank").param("d", drawId)
                .query((rs, n) -> new DrawAlgorithm.Match(rs.getInt(1), positions(rs.getArray(2)))).list();
    }

    private static List<Integer> positions(Array a) throws SQLException {
        Integer[] v = (Integer[]) a.getArray();
        return List.of(v);
    }

    private static final String SELECT = """
            SELECT d.*, (SELECT count(*) FROM enf_draw_target t WHERE t.draw_id = d.id) AS pool_size,
                   (SELECT count(*) FROM enf_draw_officer o WHERE o.draw_id = d.id) AS officer_pool_size
              FROM enf_draw d""";

    private static DrawViews.Draw map(ResultSet rs, int n) throws SQLException {
        return new DrawViews.Draw(rs.getLong("id"), rs.getLong("agency_id"), rs.getString("agency_name"),
                rs.getLong("jurisdiction_id"), rs.getString("scope_path"), rs.getString("title"),
                rs.getString("filter_industry"), rs.getString("filter_risk"), rs.getString("filter_status"),
                (Integer) rs.getObject("requested_count"), (Integer) rs.getObject("requested_percent"),
                rs.getInt("target_count"), rs.getInt("officers_per_target"), rs.getInt("look_back_years"),
                rs.getDate("draw_day").toLocalDate(), rs.getLong("seed"), rs.getString("algorithm"),
                rs.getInt("unstaffed_count"), rs.getString("drawn_by"), ts(rs, "drawn_at"), rs.getString("published_by"),
                ts(rs, "published_at"), ts(rs, "last_verified_at"), (Boolean) rs.getObject("last_verified_ok"),
                rs.getInt("version"), rs.getInt("pool_size"), rs.getInt("officer_pool_size"));
    }

    private static Instant ts(ResultSet rs, String c) throws SQLException {
        Timestamp t = rs.getTimestamp(c);
        return t == null ? null : t.toInstant();
    }
}
