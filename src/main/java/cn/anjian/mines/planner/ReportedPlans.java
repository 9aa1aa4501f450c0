package cn.anjian.mines.planner;

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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MC-06 (art. 9): the approved plans reported to the province by the departments of the reader's subtree (a county
 * reads its own only), with the mines staffed and left short — the province's list (list kit, Excel).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ReportedPlans {

    /** {@code q}: part of a jurisdiction's name or code; {@code year}: the plan year (null: all). */
    public record Filter(String q, Integer year) {
    }

    public record Row(long id, String jurisdictionName, String jurisdictionCode, int year, Instant approvedAt,
                      Instant reportedAt, int staffed, int unstaffed) {
    }

    public record Result(List<Row> items, long total, int page, int size) {
    }

    public static final ListSort SORT = ListSort.by("r.id")
            .keyNotNull("reported", "报送时间", "r.reported_at").keyNotNull("year", "方案年度", "r.plan_year")
            .keyNotNull("jurisdiction", "行政区划", "r.jurisdiction_code").keyNotNull("unstaffed", "未足额矿山", "r.unstaffed")
            .byDefault("reported", false);

    /** Staffed: mines with commissioners and no shortfall; unstaffed: the plan's short mines (its stored outcome). */
    private static final String FROM = """
             FROM (SELECT p.id, p.scope_path, p.status, p.plan_year, p.decided_at, p.reported_at,
                          j.name AS jurisdiction_name, j.code AS jurisdiction_code,
                          (SELECT count(*) FROM jsonb_array_elements(o.j -> 'assignments') a
                            WHERE jsonb_array_length(a -> 'commissionerIds') > 0
                              AND NOT EXISTS (SELECT 1 FROM jsonb_array_elements(o.j -> 'unstaffed') u
                                               WHERE u -> 'mineId' = a -> 'mineId')) AS staffed,
                          jsonb_array_length(o.j -> 'unstaffed') AS unstaffed
                     FROM mine_plan p JOIN org_jurisdiction_view j ON j.id = p.jurisdiction_id
                     CROSS JOIN LATERAL (SELECT CASE WHEN p.outcome = '' THEN '{"assignments":[],"unstaffed":[]}'::jsonb
                                                     ELSE p.outcome::jsonb END AS j) o
                    WHERE p.reported_at IS NOT NULL AND p.status = 'APPROVED') r""";
    private static final String SELECT = "SELECT r.*" + FROM;

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    public Result list(Actor actor, Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, f, params);
        long total = jdbc.sql("SELECT count(*)" + FROM + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result(jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params)
                .query(ReportedPlans::map).list(), total, slice.page(), size);
    }

    public void each(Actor actor, Filter f, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<Row> rows = export.sql(SELECT + where(actor, f, params) + sort.orderBy()).params(params)
                .query(ReportedPlans::map).stream()) {
            rows.forEach(sink);
        }
    }

    private static String where(Actor actor, Filter f, Map<String, Object> params) {
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        StringBuilder w = new StringBuilder(" WHERE").append(ScopeSql.condition("r.scope_path"));
        if (f.year() != null) {
            w.append(" AND r.plan_year = :year");
            params.put("year", f.year());
        }
        if (f.q() != null && !f.q().isBlank()) {
            w.append(" AND (r.jurisdiction_name LIKE :q ESCAPE '\\' OR r.jurisdiction_code LIKE :q ESCAPE '\\')");
            params.put("q", Like.contains(f.q()));
        }
        return w.toString();
    }

    private static Row map(ResultSet rs, int n) throws SQLException {
        java.sql.Timestamp decided = rs.getTimestamp("decided_at");
        return new Row(rs.getLong("id"), rs.getString("jurisdiction_name"), rs.getString("jurisdiction_code"),
                rs.getInt("plan_year"), decided == null ? null : decided.toInstant(),
                rs.getTimestamp("reported_at").toInstant(), rs.getInt("staffed"), rs.getInt("unstaffed"));
    }
}
