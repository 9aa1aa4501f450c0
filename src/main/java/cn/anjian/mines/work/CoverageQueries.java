package cn.anjian.mines.work;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Zones;
import cn.anjian.mines.MineKind;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MW-01..MW-03, MW-09: the department's coverage view per mine of the actor's scope, for a week or a month: met (达标),
 * in progress (进行中, the period is not over yet) or missed (未达标) with the reason. One aggregate statement
 * ({@link CoverageSql}), filtered, sorted and paged in SQL: no query per mine. The group and commissioner pivots are
 * {@link CoveragePivots}.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CoverageQueries {

    /** A coal group of an approved plan (MC-08): the plan and the group's position in it (1-based), "12-3" in links. */
    public record GroupKey(long planId, int ord) {
        public static GroupKey parse(String v) {
            if (v == null || v.isBlank()) {
                return null;
            }
            if (!v.strip().matches("\\d{1,15}-\\d{1,4}")) {
                throw BusinessException.badInput("MINE-GROUP", "监管组参数无效");
            }
            String[] p = v.strip().split("-");
            return new GroupKey(Long.parseLong(p[0]), Integer.parseInt(p[1]));
        }

        public String param() {
            return planId + "-" + ord;
        }
    }

    public record Filter(String jurisdictionPath, KindGroup kind, boolean redOnly, Long commissionerId, GroupKey group) {
        public Filter(String jurisdictionPath, KindGroup kind, boolean redOnly) {
            this(jurisdictionPath, kind, redOnly, null, null);
        }

        public static Filter none() {
            return new Filter(null, null, false);
        }
    }

    public record Row(long mineId, String mineName, MineKind kind, String jurisdictionName, String commissioners, int remote,
                      int onsite, String shortWeeks, String uncovered, boolean red, int remoteRequired, int weeks,
                      int needRemote, int needOnsite, boolean monthOpen) {
        public boolean inProgress() {
            return !red && (needRemote > 0 || needOnsite > 0 || uncovered != null);
        }

        /** 达标 / 进行中（还需…）/ 未达标 — what the badge says. */
        public String stateLabel() {
            return red ? "未达标" : inProgress() ? "进行中（" + CoverageQueries.owed(needRemote, needOnsite, uncovered) + "）" : "达标";
        }
    }

    public record Result(CoveragePeriod period, List<Row> items, long total, int page, int size) {
    }

    public static final ListSort SORT = ListSort.by("m.id")
            .key("mine", "矿山", "m.name").key("remote", "远程监管次数", "x.remote").key("onsite", "现场检查次数", "x.onsite")
            .key("red", "达标情况", "x.rank").byDefault("red", true);

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final WeekRequirements requirements;
    private final Clock clock;

    /** The week ("2026-W49") or month ("2026-12") asked for; the current, unfinished week when both are blank. */
    public CoveragePeriod period(String week, String month) {
        if (month != null && !month.isBlank()) {
            YearMonth m = CoverageRules.month(month);
            return CoveragePeriod.ofMonth(m, CoverageRules.weeksOf(m).stream().map(requirements::week).toList());
        }
        LocalDate monday = week == null || week.isBlank() ? CoverageRules.weekStart(CoverageRules.isoWeek(today()))
                : CoverageRules.weekStart(week);
        return CoveragePeriod.ofWeek(requirements.week(monday));
    }

    LocalDate today() {
        return LocalDate.now(clock.withZone(Zones.SHANGHAI));
    }

    public Result list(Actor actor, CoveragePeriod p, Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = sql(actor, p, f, params, ", count(*) OVER () AS total_rows");
        // one pass for the page and its total: the view aggregates the period's checks of every mine in scope, and a
        // separate count ran all of that twice (province month: p95 1.27 s, measured in bench/RESULTS.md)
        PageSlice asked = new PageSlice(Math.max(0, page), size); // the total is not known yet
        long[] total = {0};
        List<Row> rows = jdbc.sql(sql + sort.orderBy() + asked.window()).params(params).query((rs, n) -> {
            total[0] = rs.getLong("total_rows");
            return map(rs, n);
        }).list();
        if (!rows.isEmpty() || asked.page() == 0) {
            return new Result(p, rows, total[0], asked.page(), size);
        }
        // a page past the end shows the last page, as everywhere (PageSlice)
        long all = jdbc.sql("SELECT count(*) FROM (" + sql + ") c").params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, all);
        rows = jdbc.sql(sql + sort.orderBy() + slice.window()).params(params).query(CoverageQueries::map).list();
        return new Result(p, rows, all, slice.page(), size);
    }

    public void each(Actor actor, CoveragePeriod p, Filter f, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<Row> rows = export.sql(sql(actor, p, f, params, "") + sort.orderBy()).params(params)
                .query(CoverageQueries::map).stream()) {
            rows.forEach(sink);
        }
    }

    private String sql(Actor actor, CoveragePeriod p, Filter f, Map<String, Object> params, String extraColumns) {
        // the designated commissioners of each mine (PAIRS, not the coal group's members: the group view lists groups)
        return CoverageSql.with(actor, p, f, today(), params) + """
                , sup AS (SELECT sp.mine_id, string_agg(mc.name, '、' ORDER BY mc.name) AS names
                        FROM (""" + Supervision.PAIRS + """
                        ) sp JOIN m ON m.id = sp.mine_id JOIN mine_commissioner mc ON mc.id = sp.commissioner_id GROUP BY sp.mine_id)
                SELECT m.id, m.name, m.kind, j.name AS jname, sup.names AS commissioners, x.remote, x.onsite, x.short_weeks,
                       x.uncovered, x.red, x.remote_req, x.weeks, x.need_remote, x.need_onsite, NOT :monthOver AS month_open""" + extraColumns + """

                FROM m JOIN x ON x.mine_id = m.id JOIN org_jurisdiction_view j ON j.id = m.jurisdiction_id
                LEFT JOIN sup ON sup.mine_id = m.id""" + (f.redOnly() ? " WHERE x.red" : "");
    }

    /** The mine's name when it is in the actor's scope. */
    public Optional<String> mineName(Actor actor, long mineId) {
        return jdbc.sql("SELECT name FROM mine_mine WHERE id = :id AND" + ScopeSql.condition("scope_path")).param("id", mineId)
                .param(ScopeSql.PARAM, actor.scope().pattern()).query(String.class).optional();
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("name"), MineKind.valueOf(rs.getString("kind")), rs.getString("jname"),
                rs.getString("commissioners"), rs.getInt("remote"), rs.getInt("onsite"), rs.getString("short_weeks"),
                rs.getString("uncovered"), rs.getBoolean("red"), rs.getInt("remote_req"), rs.getInt("weeks"),
                rs.getInt("need_remote"), rs.getInt("need_onsite"), rs.getBoolean("month_open"));
    }

    /** What is still owed in the unfinished part of the period, in Chinese. */
    static String owed(int remote, int onsite, String uncovered) {
        List<String> out = new ArrayList<>();
        if (remote > 0) {
            out.add("远程监管 " + remote + " 次");
        }
        if (onsite > 0) {
            out.add("现场检查 " + onsite + " 次");
        }
        String owed = out.isEmpty() ? "" : "还需" + String.join("、", out);
        if (uncovered != null) {
            owed += (owed.isEmpty() ? "" : "；") + "本月尚未覆盖：" + uncovered;
        }
        return owed;
    }

    /** The reason in Chinese (MW-01..MW-03): the ended weeks that fell short, the uncovered sites, what is still owed. */
    public static String reason(Row r) {
        if (!r.red() && !r.inProgress()) {
            return "达标";
        }
        List<String> out = new ArrayList<>();
        KindGroup kind = KindGroup.of(r.kind());
        if (r.shortWeeks() != null) {
            for (String w : r.shortWeeks().split(",")) {
                String[] p = w.split(":");
                CoverageRules.Verdict v = CoverageRules.week(kind, Integer.parseInt(p[1]), Integer.parseInt(p[2]), Integer.parseInt(p[3]));
                out.add(p[0].replace("-W", "年第") + "周：" + v.reason());
            }
        }
        if (r.uncovered() != null && !r.monthOpen()) {
            out.add("本月未覆盖：" + r.uncovered() + "（第十三条）");
        }
        String owed = owed(r.needRemote(), r.needOnsite(), r.monthOpen() ? r.uncovered() : null);
        if (!owed.isEmpty()) {
            out.add("进行中：" + owed);
        }
        return String.join("；", out);
    }
}
