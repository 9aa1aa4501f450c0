package cn.anjian.mines.assessment;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Zones;
import cn.anjian.mines.MineKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The work records the assessment reads (MA-02, MA-03, MA-06..08): the checks the commissioner recorded (mines.work:
 * accepted or cleared checks, missed 必查/抽查 items per check), the major hazards and stop-work orders (mines.hazards),
 * plus the figures a department carried over for the part of the year before it worked in the system (the
 * {@code mine_interim_*} tables, entered as 补录 on the facts page). Both sources are added, never mixed up: a carried-over
 * check keeps its own reference, a recorded one its id.
 *
 * <p>Required checks (MW-01..MW-03): per supervised mine and per completed ISO week of the year, 3 remote checks and 1
 * on-site check; done counts at most that many per week. Holiday intensification (MW-09) is not required here: the
 * coverage view shows it, and the regulation's completion criterion (art. 22) is about the routine duties. When figures
 * were carried over, the weeks count from the week of the commissioner's first recorded check of the year.
 *
 * <p>Each method is one or two statements for the whole batch ({@code commissioner_id IN (:ids)}).
 */
@Component
class RecordedWorkFacts implements WorkRecordFacts {

    private static final int REMOTE = cn.anjian.mines.work.CoverageRules.REMOTE_PER_WEEK;
    private static final int ONSITE = cn.anjian.mines.work.CoverageRules.ONSITE_PER_WEEK;

    /**
     * Per commissioner of the batch: the weeks counted (from the first Monday of the year, or — when figures were carried
     * over — from the week of his first recorded check) × his approved mines, the checks done in each capped at 3 remote
     * and 1 on-site, plus the carried-over figures. (A week without checks counts 0: LEAST ignores NULLs, hence coalesce.)
     */
    private static final String COMPLETION = """
                        WITH carried AS (
                             SELECT c.commissioner_id, c.required, c.done FROM mine_interim_completion c
                             WHERE c.commissioner_id IN (:ids) AND c.year = :y),
                         starts AS (
                             SELECT x.id AS commissioner_id,
                                    CASE WHEN coalesce(ca.required, 0) > 0
                                         THEN coalesce(CAST(date_trunc('week', CAST((SELECT min(k.check_day) FROM mine_check k
                                                  WHERE k.commissioner_id = x.id AND k.check_day >= :from AND k.check_day < :to)
                                                  AS timestamp)) AS date),
                                              CAST(:last AS date) + 7)
                                         ELSE CAST(:first AS date) END AS from_monday
                             FROM mine_commissioner x LEFT JOIN carried ca ON ca.commissioner_id = x.id WHERE x.id IN (:ids)),
                         mines AS (
                             SELECT DISTINCT a.commissioner_id, a.mine_id FROM mine_plan_assignment a JOIN mine_plan pl ON pl.id = a.plan_id
                             WHERE a.commissioner_id IN (:ids) AND pl.plan_year = :y AND pl.status = 'APPROVED'),
                         slots AS (
                             SELECT m.commissioner_id, m.mine_id, to_char(d, 'IYYY-"W"IW') AS w
                             FROM mines m JOIN starts s ON s.commissioner_id = m.commissioner_id
                             CROSS JOIN LATERAL generate_series(s.from_monday, CAST(:last AS date), interval '7 days') d),
                         counted AS (
                             SELECT k.commissioner_id, k.mine_id, k.iso_week,
                                    count(*) FILTER (WHERE k.mode = 'REMOTE') AS remote, count(*) FILTER (WHERE k.mode = 'ONSITE') AS onsite
                             FROM mine_check k
                             WHERE k.commissioner_id IN (:ids) AND k.check_day >= :earliest AND k.check_day < CAST(:last AS date) + 7
                               AND k.status IN ('ACCEPTED', 'CLEARED')
                             GROUP BY k.commissioner_id, k.mine_id, k.iso_week),
                         recorded AS (
                             SELECT s.commissioner_id, count(*) AS slots,
                                    coalesce(sum(least(coalesce(k.remote, 0), :remote) + least(coalesce(k.onsite, 0), :onsite)), 0) AS done
                             FROM slots s LEFT JOIN counted k
                                  ON k.commissioner_id = s.commissioner_id AND k.mine_id = s.mine_id AND k.iso_week = s.w
                             GROUP BY s.commissioner_id)
                        SELECT s.commissioner_id, coalesce(r.slots, 0) AS slots, coalesce(r.done, 0) AS done,
                               coalesce(ca.required, 0) AS carried_required, coalesce(ca.done, 0) AS carried_done
                        FROM starts s LEFT JOIN recorded r ON r.commissioner_id = s.commissioner_id
                        LEFT JOIN carried ca ON ca.commissioner_id = s.commissioner_id""";

    private final JdbcClient jdbc;
    private final Clock clock;

    RecordedWorkFacts(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public Map<Long, CompletionRate> completion(Collection<Long> ids, Year year) {
        Map<Long, CompletionRate> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
        LocalDate firstMonday = year.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        // the last week that has ended (its Sunday before today), within the year
        LocalDate lastMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        LocalDate yearEnd = year.atDay(year.length()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (lastMonday.isAfter(yearEnd)) {
            lastMonday = yearEnd;
        }
        // a week counted starts on or after the Monday of January 1st (carried-over figures may start there)
        LocalDate earliest = year.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        jdbc.sql(COMPLETION)
                .param("ids", ids).param("y", year.getValue()).param("from", Date.valueOf(year.atDay(1)))
                .param("to", Date.valueOf(year.plusYears(1).atDay(1))).param("first", Date.valueOf(firstMonday))
                .param("last", Date.valueOf(lastMonday)).param("earliest", Date.valueOf(earliest))
                .param("remote", REMOTE).param("onsite", ONSITE)
                .query(rs -> {
                    out.put(rs.getLong("commissioner_id"), new CompletionRate(
                            rs.getInt("slots") * (REMOTE + ONSITE) + rs.getInt("carried_required"),
                            rs.getInt("done") + rs.getInt("carried_done")));
                });
        return out;
    }

    @Override
    public Map<Long, List<MissedItemsInCheck>> missedItems(Collection<Long> ids, Year year) {
        Map<Long, List<MissedItemsInCheck>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        SELECT k.commissioner_id, CAST(k.id AS text), k.check_day, m.name, k.missed_mandatory, k.missed_spot
                        FROM mine_check k JOIN mine_mine m ON m.id = k.mine_id
                        WHERE k.commissioner_id IN (:ids) AND k.check_day >= :from AND k.check_day < :to
                          AND k.status IN ('ACCEPTED', 'CLEARED') AND (k.missed_mandatory > 0 OR k.missed_spot > 0)
                        UNION ALL
                        SELECT c.commissioner_id, c.check_ref, c.checked_on, coalesce(m.name, '—'), c.missed_mandatory, c.missed_spot
                        FROM mine_interim_check c LEFT JOIN mine_mine m ON m.id = c.mine_id
                        WHERE c.commissioner_id IN (:ids) AND c.checked_on >= :from AND c.checked_on < :to
                          AND (c.missed_mandatory > 0 OR c.missed_spot > 0)""")
                .param("ids", ids).param("from", Date.valueOf(year.atDay(1))).param("to", Date.valueOf(year.plusYears(1).atDay(1)))
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new MissedItemsInCheck(
                            rs.getString(2), rs.getDate(3).toLocalDate(), rs.getString(4), rs.getInt(5), rs.getInt(6)));
                });
        out.values().forEach(l -> l.sort(CHECK_ORDER));
        return out;
    }

    @Override
    public Map<Long, List<MajorFinding>> majorFindings(Collection<Long> ids, Year year) {
        Map<Long, List<MajorFinding>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        SELECT commissioner_id, CAST((found_at AT TIME ZONE 'Asia/Shanghai') AS date), '重大事故隐患', description,
                               state = 'CLOSED' FROM mine_hazard
                        WHERE commissioner_id IN (:ids) AND major AND found_at >= :fromAt AND found_at < :toAt
                        UNION ALL
                        SELECT commissioner_id, CAST((ordered_at AT TIME ZONE 'Asia/Shanghai') AS date),
                               CASE kind WHEN 'THREE_VIOLATIONS' THEN '重大违法违规行为（制止“三违”）' ELSE '停产撤人' END, reason, true
                        FROM mine_stop_order
                        WHERE commissioner_id IN (:ids) AND ordered_at >= :fromAt AND ordered_at < :toAt
                        UNION ALL
                        SELECT commissioner_id, found_on, kind, description, handled FROM mine_interim_finding
                        WHERE commissioner_id IN (:ids) AND found_on >= :from AND found_on < :to""")
                .param("ids", ids)
                .param("fromAt", Timestamp.from(year.atDay(1).atStartOfDay(Zones.SHANGHAI).toInstant()))
                .param("toAt", Timestamp.from(year.plusYears(1).atDay(1).atStartOfDay(Zones.SHANGHAI).toInstant()))
                .param("from", Date.valueOf(year.atDay(1))).param("to", Date.valueOf(year.plusYears(1).atDay(1)))
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new MajorFinding(
                            rs.getDate(2).toLocalDate(), rs.getString(3), rs.getString(4), rs.getBoolean(5)));
                });
        out.values().forEach(l -> l.sort(FINDING_ORDER));
        return out;
    }

    @Override
    public Map<Long, List<SupervisedMine>> supervisedMines(Collection<Long> ids, Year year) {
        Map<Long, List<SupervisedMine>> out = new HashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                        SELECT x.commissioner_id, m.id, m.name, m.kind
                        FROM (SELECT p.commissioner_id, p.mine_id FROM mine_interim_posting p WHERE p.commissioner_id IN (:ids) AND p.year = :y
                              UNION
                              SELECT a.commissioner_id, a.mine_id FROM mine_plan_assignment a JOIN mine_plan pl ON pl.id = a.plan_id
                              WHERE a.commissioner_id IN (:ids) AND pl.plan_year = :y AND pl.status = 'APPROVED') x
                        JOIN mine_mine m ON m.id = x.mine_id
                        ORDER BY x.commissioner_id, m.id""")
                .param("ids", ids).param("y", year.getValue())
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new SupervisedMine(rs.getLong(2), rs.getString(3), MineKind.valueOf(rs.getString(4))));
                });
        return out;
    }
}
