package cn.anjian.mines.work;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.calendar.WorkingCalendar;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.mines.MineKind;
import cn.anjian.org.ScopeSql;
import cn.anjian.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MW-01..MW-03, MW-09: the department's coverage view — per mine of the actor's scope, for a week or a month, green
 * or red with the reason. One aggregate query (counts per mine and ISO week from the (mine, day) index, the month's
 * sites and systems against the on-site answers), filtered, sorted and paged in SQL: no query per mine.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CoverageQueries {

    public record Filter(String jurisdictionPath, KindGroup kind, boolean redOnly) {
        public static Filter none() {
            return new Filter(null, null, false);
        }
    }

    public record Row(long mineId, String mineName, MineKind kind, String jurisdictionName, String commissioners, int remote,
                      int onsite, String shortWeeks, String uncovered, boolean red) {
    }

    public record Result(CoveragePeriod period, List<Row> items, long total, int page, int size) {
    }

    public static final ListSort SORT = ListSort.by("m.id")
            .key("mine", "矿山", "m.name").key("remote", "远程监管次数", "x.remote").key("onsite", "现场检查次数", "x.onsite")
            .key("red", "达标情况", "x.red").byDefault("red", true);

    private static final String COUNTED = "('ACCEPTED', 'CLEARED')";

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final WorkingCalendar calendar;
    private final Settings settings;
    private final Clock clock;

    /** The week ("2026-W49") or month ("2026-12") asked for; this week when both are blank. */
    public CoveragePeriod period(String week, String month) {
        if (month != null && !month.isBlank()) {
            YearMonth m = CoverageRules.month(month);
            return CoveragePeriod.ofMonth(m, CoverageRules.weeksOf(m).stream().map(this::week).toList());
        }
        LocalDate monday = week == null || week.isBlank()
                ? CoverageRules.weekStart(CoverageRules.isoWeek(LocalDate.now(clock))) : CoverageRules.weekStart(week);
        return CoveragePeriod.ofWeek(week(monday));
    }

    /** MW-09: a week with a holiday (the calendar) or a key period (the register) asks for more remote checks. */
    CoveragePeriod.Week week(LocalDate monday) {
        boolean intensified = jdbc.sql("SELECT EXISTS (SELECT 1 FROM mine_key_period WHERE starts_on <= :sun AND ends_on >= :mon)")
                .param("mon", Date.valueOf(monday)).param("sun", Date.valueOf(monday.plusDays(6))).query(Boolean.class).single();
        for (int i = 0; i < 7 && !intensified; i++) {
            intensified = holiday(monday.plusDays(i));
        }
        int extra = settings.value(WorkSettings.HOLIDAY_EXTRA_REMOTE, monday);
        return new CoveragePeriod.Week(CoverageRules.isoWeek(monday), monday, CoverageRules.remoteRequired(intensified, extra),
                intensified);
    }

    private boolean holiday(LocalDate d) {
        try {
            var day = calendar.day(d);
            return !day.workingDay() && day.holidayName() != null;
        } catch (BusinessException e) {
            return false;   // the year's holiday notice is not entered yet: no known holiday
        }
    }

    public Result list(Actor actor, CoveragePeriod p, Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String sql = sql(actor, p, f, params);
        long total = jdbc.sql("SELECT count(*) FROM (" + sql + ") c").params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        List<Row> rows = jdbc.sql(sql + sort.orderBy() + slice.window()).params(params).query(CoverageQueries::map).list();
        return new Result(p, rows, total, slice.page(), size);
    }

    public void each(Actor actor, CoveragePeriod p, Filter f, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<Row> rows = export.sql(sql(actor, p, f, params) + sort.orderBy()).params(params)
                .query(CoverageQueries::map).stream()) {
            rows.forEach(sink);
        }
    }

    /** The whole view as one statement; the weeks and their required counts are bound as parameters. */
    private static String sql(Actor actor, CoveragePeriod p, Filter f, Map<String, Object> params) {
        StringBuilder weeks = new StringBuilder();
        for (int i = 0; i < p.weeks().size(); i++) {
            weeks.append(i == 0 ? "" : ", ").append("(CAST(:w").append(i).append(" AS VARCHAR), CAST(:r").append(i).append(" AS INT))");
            params.put("w" + i, p.weeks().get(i).isoWeek());
            params.put("r" + i, p.weeks().get(i).remoteRequired());
        }
        StringBuilder where = new StringBuilder(" WHERE" + ScopeSql.condition("mm.scope_path") + "AND mm.production_status = 'PRODUCING'");
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        if (f.jurisdictionPath() != null) {
            where.append(" AND mm.scope_path LIKE :jpath");
            params.put("jpath", f.jurisdictionPath() + "%");
        }
        if (f.kind() != null) {
            where.append(f.kind() == KindGroup.COAL ? " AND mm.kind = 'COAL'" : " AND mm.kind <> 'COAL'");
        }
        params.put("from", Date.valueOf(p.from()));
        params.put("to", Date.valueOf(p.to()));
        params.put("mfrom", Date.valueOf(p.monthFrom()));
        params.put("mto", Date.valueOf(p.monthTo()));
        params.put("month", p.month());
        params.put("year", p.monthTo().getYear());
        return """
                WITH m AS (SELECT mm.id, mm.name, mm.kind, mm.jurisdiction_id, mm.working_sites, mm.systems FROM mine_mine mm""" + where + """
                ),
                wk (w, req) AS (VALUES\s""" + weeks + """
                ),
                counted AS (SELECT c.mine_id, c.iso_week, count(*) FILTER (WHERE c.mode = 'REMOTE') AS remote,
                                   count(*) FILTER (WHERE c.mode = 'ONSITE') AS onsite
                            FROM mine_check c JOIN m ON m.id = c.mine_id
                            WHERE c.check_day BETWEEN :from AND :to AND c.status IN\s""" + COUNTED + """
                            GROUP BY c.mine_id, c.iso_week),
                per AS (SELECT m.id AS mine_id, wk.w, wk.req, coalesce(k.remote, 0) AS remote, coalesce(k.onsite, 0) AS onsite
                        FROM m CROSS JOIN wk LEFT JOIN counted k ON k.mine_id = m.id AND k.iso_week = wk.w),
                weekly AS (SELECT mine_id, sum(remote)::int AS remote, sum(onsite)::int AS onsite,
                                  string_agg(w || ':' || remote || ':' || onsite || ':' || req, ',' ORDER BY w)
                                      FILTER (WHERE remote < req OR onsite < 1) AS short_weeks
                           FROM per GROUP BY mine_id),
                site AS (SELECT m.id AS mine_id, btrim(s.name) AS name
                         FROM m CROSS JOIN LATERAL unnest(string_to_array(m.working_sites || E'\\n' || m.systems, E'\\n')) AS s (name)
                         WHERE :month AND btrim(s.name) <> ''),
                seen AS (SELECT DISTINCT c.mine_id, a.site_or_system
                         FROM mine_check c JOIN m ON m.id = c.mine_id
                         JOIN mine_check_answer a ON a.check_id = c.id AND a.site_or_system IS NOT NULL
                         WHERE :month AND c.mode = 'ONSITE' AND c.check_day BETWEEN :mfrom AND :mto AND c.status IN\s""" + COUNTED + """
                         ),
                uncovered AS (SELECT s.mine_id, string_agg(DISTINCT s.name, '、') AS names FROM site s
                              WHERE NOT EXISTS (SELECT 1 FROM seen WHERE seen.mine_id = s.mine_id AND seen.site_or_system = s.name)
                              GROUP BY s.mine_id),
                x AS (SELECT w.mine_id, w.remote, w.onsite, w.short_weeks, u.names AS uncovered,
                             (w.short_weeks IS NOT NULL OR u.names IS NOT NULL) AS red
                      FROM weekly w LEFT JOIN uncovered u ON u.mine_id = w.mine_id),
                sup AS (SELECT sp.mine_id, string_agg(mc.name, '、' ORDER BY mc.name) AS names
                        FROM (""" + Supervision.PAIRS + """
                        ) sp JOIN m ON m.id = sp.mine_id JOIN mine_commissioner mc ON mc.id = sp.commissioner_id GROUP BY sp.mine_id)
                SELECT m.id, m.name, m.kind, j.name AS jname, sup.names AS commissioners, x.remote, x.onsite, x.short_weeks,
                       x.uncovered, x.red
                FROM m JOIN x ON x.mine_id = m.id JOIN org_jurisdiction_view j ON j.id = m.jurisdiction_id
                LEFT JOIN sup ON sup.mine_id = m.id""" + (f.redOnly() ? " WHERE x.red" : "");
    }

    /** The mine's name when it is in the actor's scope. */
    public java.util.Optional<String> mineName(Actor actor, long mineId) {
        return jdbc.sql("SELECT name FROM mine_mine WHERE id = :id AND" + ScopeSql.condition("scope_path")).param("id", mineId)
                .param(ScopeSql.PARAM, actor.scope().pattern()).query(String.class).optional();
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("name"), MineKind.valueOf(rs.getString("kind")), rs.getString("jname"),
                rs.getString("commissioners"), rs.getInt("remote"), rs.getInt("onsite"), rs.getString("short_weeks"),
                rs.getString("uncovered"), rs.getBoolean("red"));
    }

    /** The reason in Chinese (MW-01..MW-03), from the weeks that fell short and the uncovered sites. */
    public static String reason(Row r) {
        if (!r.red()) {
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
        if (r.uncovered() != null) {
            out.add("本月未覆盖：" + r.uncovered() + "（第十三条）");
        }
        return String.join("；", out);
    }
}
