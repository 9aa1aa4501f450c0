package cn.anjian.mines.planner;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.mines.MineKind;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The plans as pages read them: the history per jurisdiction and year (list kit), a plan with the names of its mines
 * and commissioners (by group, by mine, by commissioner, the scatter), and the diff between two plans (who moved where).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class PlanReport {

    public record Filter(Integer year, PlanStatus status) {
    }

    public record Row(long id, String jurisdictionName, int year, PlanStatus status, String score, Instant createdAt,
                      Instant reportedAt) {
    }

    public record Result(List<Row> items, long total, int page, int size) {
    }

    public record MineInfo(long id, String name, MineKind kind, double lat, double lon) {
    }

    public record PersonInfo(long id, String name, double lat, double lon, String workPhone) {
    }

    /** A plan with everything its pages show; {@code byCommissioner}: each commissioner's mines. */
    public record Page(PlanView view, String jurisdictionName, String jurisdictionCode, String supervisionPhone,
                       Instant reportedAt, Map<Long, MineInfo> mines, Map<Long, PersonInfo> people,
                       Map<Long, List<Long>> byCommissioner) {
    }

    /** One commissioner's change between two plans (mines before and after, by name). */
    public record Move(String name, List<String> before, List<String> after) {
    }

    public static final ListSort SORT = ListSort.by("p.id").keyNotNull("year", "方案年度", "p.plan_year")
            .keyNotNull("created", "计算时间", "p.created_at").byDefault("year", false);

    private static final String SELECT = """
            SELECT p.id, j.name AS jurisdiction_name, p.plan_year, p.status, p.score, p.created_at, p.reported_at
              FROM mine_plan p JOIN org_jurisdiction_view j ON j.id = p.jurisdiction_id""";

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final AssignmentPlans plans;

    public Result list(Actor actor, Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, f, params);
        long total = jdbc.sql("SELECT count(*) FROM mine_plan p" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result(jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params)
                .query(PlanReport::map).list(), total, slice.page(), size);
    }

    public void each(Actor actor, Filter f, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<Row> rows = export.sql(SELECT + where(actor, f, params) + sort.orderBy()).params(params)
                .query(PlanReport::map).stream()) {
            rows.forEach(sink);
        }
    }

    /** The plan in scope (else 404) with the names and coordinates of its jurisdiction's mines and commissioners. */
    public Page page(Actor actor, long id) {
        AssignmentPlan p = plans.find(actor, id);
        PlanView view = plans.get(actor, id);
        Map<Long, MineInfo> mines = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name, kind, latitude, longitude FROM mine_mine WHERE scope_path LIKE :p ORDER BY name")
                .param("p", p.scopePath() + "%").query((rs, n) -> mines.put(rs.getLong(1), new MineInfo(rs.getLong(1),
                        rs.getString(2), MineKind.valueOf(rs.getString(3)), rs.getDouble(4), rs.getDouble(5)))).list();
        Map<Long, PersonInfo> people = new LinkedHashMap<>();
        jdbc.sql("SELECT id, name, home_latitude, home_longitude, work_phone FROM mine_commissioner WHERE scope_path LIKE :p ORDER BY name")
                .param("p", p.scopePath() + "%").query((rs, n) -> people.put(rs.getLong(1), new PersonInfo(rs.getLong(1),
                        rs.getString(2), rs.getDouble(3), rs.getDouble(4), rs.getString(5)))).list();
        Map<Long, List<Long>> byCommissioner = new TreeMap<>();
        if (view.outcome() != null) {
            view.outcome().assignments().forEach(a -> a.commissionerIds().forEach(c ->
                    byCommissioner.computeIfAbsent(c, k -> new ArrayList<>()).add(a.mineId())));
        }
        String[] j = jdbc.sql("SELECT name, code FROM org_jurisdiction_view WHERE id = :id").param("id", p.jurisdictionId())
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)}).single();
        return new Page(view, j[0], j[1], p.supervisionPhone(), p.reportedAt(), mines, people, byCommissioner);
    }

    /** Who moved where between {@code otherId} (earlier) and {@code id}: only commissioners whose mines changed. */
    public List<Move> diff(Actor actor, long id, long otherId) {
        AssignmentPlan now = plans.find(actor, id);
        AssignmentPlan before = plans.find(actor, otherId);
        if (now.jurisdictionId() != before.jurisdictionId()) {
            throw BusinessException.badInput("MC-09-DIFF", "只能比较同一行政区划的派驻方案");
        }
        Map<Long, Set<String>> a = pairs(before.id());
        Map<Long, Set<String>> b = pairs(now.id());
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM mine_commissioner WHERE scope_path LIKE :p").param("p", now.scopePath() + "%")
                .query((rs, n) -> names.put(rs.getLong(1), rs.getString(2))).list();
        Set<Long> everyone = new TreeSet<>(a.keySet());
        everyone.addAll(b.keySet());
        List<Move> out = new ArrayList<>();
        for (Long c : everyone) {
            Set<String> x = a.getOrDefault(c, Set.of());
            Set<String> y = b.getOrDefault(c, Set.of());
            if (!x.equals(y)) {
                out.add(new Move(names.getOrDefault(c, "—"), List.copyOf(x), List.copyOf(y)));
            }
        }
        out.sort((m1, m2) -> m1.name().compareTo(m2.name()));
        return out;
    }

    /** The approved plans of the same jurisdiction before this one (the diff's choices). */
    public List<Row> earlier(Actor actor, long id) {
        AssignmentPlan p = plans.find(actor, id);
        return jdbc.sql(SELECT + " WHERE p.jurisdiction_id = :j AND p.id <> :id AND p.plan_year <= :y"
                        + " AND p.status = 'APPROVED' ORDER BY p.plan_year DESC, p.id DESC LIMIT 20")
                .param("j", p.jurisdictionId()).param("id", id).param("y", p.planYear()).query(PlanReport::map).list();
    }

    private Map<Long, Set<String>> pairs(long planId) {
        Map<Long, Set<String>> out = new HashMap<>();
        jdbc.sql("""
                SELECT a.commissioner_id, m.name FROM mine_plan_assignment a JOIN mine_mine m ON m.id = a.mine_id
                 WHERE a.plan_id = :id""").param("id", planId)
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(rs.getString(2))).list();
        return out;
    }

    private static String where(Actor actor, Filter f, Map<String, Object> params) {
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        StringBuilder w = new StringBuilder(" WHERE").append(ScopeSql.condition("p.scope_path"));
        if (f.year() != null) {
            w.append(" AND p.plan_year = :year");
            params.put("year", f.year());
        }
        if (f.status() != null) {
            w.append(" AND p.status = :status");
            params.put("status", f.status().name());
        }
        return w.toString();
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        java.sql.Timestamp r = rs.getTimestamp("reported_at");
        return new Row(rs.getLong("id"), rs.getString("jurisdiction_name"), rs.getInt("plan_year"),
                PlanStatus.valueOf(rs.getString("status")), rs.getString("score"), rs.getTimestamp("created_at").toInstant(),
                r == null ? null : r.toInstant());
    }
}
