package cn.anjian.mines.work;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 17 item 7: the coverage view pivoted by coal group (MW-02: a group is red when one of its coal mines was not
 * patrolled in an ended week, or — for a month that is over — a working site or system of one of them was not covered)
 * and by commissioner (their mines: remote and on-site checks required against done, mines missed). Both select from
 * the per-mine statement of {@link CoverageSql}, so a pivot's verdict is always the sum of the mines' verdicts.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CoveragePivots {

    public record GroupRow(CoverageQueries.GroupKey key, String leader, int mines, String mineNames, int onsite, int onsiteRequired,
                           String unpatrolled, String uncovered, boolean red, boolean inProgress) {
        public String stateLabel() {
            return red ? "未达标" : inProgress ? "进行中" : "达标";
        }

        public String reason() {
            StringBuilder s = new StringBuilder();
            if (unpatrolled != null) {
                s.append("未按周巡回检查：").append(unpatrolled).append("（第十三条）");
            }
            if (uncovered != null) {
                s.append(s.isEmpty() ? "" : "；").append(red && unpatrolled == null ? "本月未全覆盖：" : "作业场所和系统尚未全覆盖：")
                        .append(uncovered);
            }
            return s.isEmpty() ? (inProgress ? "本周尚未巡回检查完毕" : "达标") : s.toString();
        }
    }

    public record CommissionerRow(long commissionerId, String name, int mines, int remote, int remoteRequired, int onsite,
                                  int onsiteRequired, int redMines, int pendingMines, String redNames) {
        public boolean red() {
            return redMines > 0;
        }

        public String stateLabel() {
            return redMines > 0 ? "未达标" : pendingMines > 0 ? "进行中" : "达标";
        }
    }

    public record Result<T>(CoveragePeriod period, List<T> items, long total, int page, int size) {
    }

    public static final ListSort GROUP_SORT = ListSort.by("g.plan_id, g.ord")
            .key("leader", "组长", "g.leader").key("mines", "矿山数", "g.mines").key("onsite", "巡回检查次数", "g.onsite")
            .key("red", "达标情况", "g.rank").byDefault("red", true);

    public static final ListSort COMMISSIONER_SORT = ListSort.by("g.commissioner_id")
            .key("name", "监管专员", "g.name").key("mines", "矿山数", "g.mines").key("remote", "远程监管次数", "g.remote")
            .key("onsite", "现场检查次数", "g.onsite").key("red", "达标情况", "g.rank").byDefault("red", true);

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final CoverageQueries coverage;

    public Result<GroupRow> groups(Actor actor, CoveragePeriod p, CoverageQueries.Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = groupSql(actor, p, f, params);
        return page(sql, params, p, sort, page, size, CoveragePivots::group);
    }

    public void eachGroup(Actor actor, CoveragePeriod p, CoverageQueries.Filter f, ListSort.Sort sort, Consumer<GroupRow> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<GroupRow> rows = export.sql(groupSql(actor, p, f, params) + sort.orderBy()).params(params)
                .query(CoveragePivots::group).stream()) {
            rows.forEach(sink);
        }
    }

    public Result<CommissionerRow> commissioners(Actor actor, CoveragePeriod p, CoverageQueries.Filter f, ListSort.Sort sort,
                                                 int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        return page(commissionerSql(actor, p, f, params), params, p, sort, page, size, CoveragePivots::commissioner);
    }

    public void eachCommissioner(Actor actor, CoveragePeriod p, CoverageQueries.Filter f, ListSort.Sort sort,
                                 Consumer<CommissionerRow> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<CommissionerRow> rows = export.sql(commissionerSql(actor, p, f, params) + sort.orderBy()).params(params)
                .query(CoveragePivots::commissioner).stream()) {
            rows.forEach(sink);
        }
    }

    private <T> Result<T> page(String sql, Map<String, Object> params, CoveragePeriod p, ListSort.Sort sort, int page, int size,
                               org.springframework.jdbc.core.RowMapper<T> mapper) {
        long total = jdbc.sql("SELECT count(*) FROM (" + sql + ") c").params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result<>(p, jdbc.sql(sql + sort.orderBy() + slice.window()).params(params).query(mapper).list(), total,
                slice.page(), size);
    }

    /** MW-02: coal groups only; the group's mines in the actor's scope. */
    private String groupSql(Actor actor, CoveragePeriod p, CoverageQueries.Filter f, Map<String, Object> params) {
        CoverageQueries.Filter coal = new CoverageQueries.Filter(f.jurisdictionPath(), KindGroup.COAL, false, f.commissionerId(), null);
        return CoverageSql.with(actor, p, coal, coverage.today(), params) + """
                , grp AS (""" + CoverageSql.GROUPS + """
                ),
                g AS (SELECT grp.plan_id, grp.ord, min(lc.name) AS leader, count(*)::int AS mines,
                             string_agg(m.name, '、' ORDER BY m.name) AS mine_names, sum(x.onsite)::int AS onsite,
                             sum(x.weeks)::int AS onsite_req,
                             string_agg(m.name, '、' ORDER BY m.name) FILTER (WHERE x.onsite_missed > 0) AS unpatrolled,
                             string_agg(m.name || '（' || x.uncovered || '）', '、' ORDER BY m.name)
                                 FILTER (WHERE x.uncovered IS NOT NULL) AS uncovered,
                             bool_or(x.onsite_missed > 0 OR (x.uncovered IS NOT NULL AND :monthOver)) AS red,
                             bool_or(x.need_onsite > 0 OR x.uncovered IS NOT NULL) AS open
                      FROM grp JOIN m ON m.id = grp.mine_id JOIN x ON x.mine_id = m.id
                      LEFT JOIN mine_commissioner lc ON lc.id = grp.leader_id
                      GROUP BY grp.plan_id, grp.ord)
                SELECT * FROM (SELECT g.*, CASE WHEN g.red THEN 2 WHEN g.open THEN 1 ELSE 0 END AS rank FROM g) g"""
                + (f.redOnly() ? " WHERE g.red" : "");
    }

    /**
     * Per commissioner over the mines designated to him (PAIRS), the ones he answers for; MW-02's patrol is the coal
     * group's and shows in {@link #groupSql} — counting the group's mines here would charge every member with the
     * whole group's weeks (a member's check on another group mine still counts for that mine and its group).
     */
    private String commissionerSql(Actor actor, CoveragePeriod p, CoverageQueries.Filter f, Map<String, Object> params) {
        return CoverageSql.with(actor, p, f, coverage.today(), params) + """
                , g AS (SELECT mc.id AS commissioner_id, mc.name, count(*)::int AS mines, sum(x.remote)::int AS remote,
                             sum(x.remote_req)::int AS remote_req, sum(x.onsite)::int AS onsite, sum(x.weeks)::int AS onsite_req,
                             count(*) FILTER (WHERE x.red)::int AS red_mines, count(*) FILTER (WHERE x.pending)::int AS pending_mines,
                             string_agg(m.name, '、' ORDER BY m.name) FILTER (WHERE x.red) AS red_names
                      FROM (""" + Supervision.PAIRS + """
                      ) sp JOIN m ON m.id = sp.mine_id JOIN x ON x.mine_id = m.id JOIN mine_commissioner mc ON mc.id = sp.commissioner_id
                      GROUP BY mc.id, mc.name)
                SELECT * FROM (SELECT g.*, CASE WHEN g.red_mines > 0 THEN 2 WHEN g.pending_mines > 0 THEN 1 ELSE 0 END AS rank
                               FROM g) g"""
                + (f.redOnly() ? " WHERE g.red_mines > 0" : "");
    }

    static GroupRow group(ResultSet rs, int n) throws SQLException {
        boolean red = rs.getBoolean("red");
        return new GroupRow(new CoverageQueries.GroupKey(rs.getLong("plan_id"), rs.getInt("ord")), rs.getString("leader"),
                rs.getInt("mines"), rs.getString("mine_names"), rs.getInt("onsite"), rs.getInt("onsite_req"),
                rs.getString("unpatrolled"), rs.getString("uncovered"), red, !red && rs.getBoolean("open"));
    }

    static CommissionerRow commissioner(ResultSet rs, int n) throws SQLException {
        return new CommissionerRow(rs.getLong("commissioner_id"), rs.getString("name"), rs.getInt("mines"), rs.getInt("remote"),
                rs.getInt("remote_req"), rs.getInt("onsite"), rs.getInt("onsite_req"), rs.getInt("red_mines"),
                rs.getInt("pending_mines"), rs.getString("red_names"));
    }
}
