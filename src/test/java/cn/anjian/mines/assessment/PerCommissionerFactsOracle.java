package cn.anjian.mines.assessment;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.anjian.kernel.Zones;
import cn.anjian.mines.MineKind;
import cn.anjian.mines.assessment.AssessmentRules.AccidentFact;
import cn.anjian.mines.assessment.AssessmentRules.YearFacts;
import cn.anjian.mines.assessment.WorkRecordFacts.CompletionRate;
import cn.anjian.mines.assessment.WorkRecordFacts.MajorFinding;
import cn.anjian.mines.assessment.WorkRecordFacts.MissedItemsInCheck;
import cn.anjian.mines.assessment.WorkRecordFacts.SupervisedMine;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The reference for the set-based reading: the per-commissioner queries the assessment used before it read whole
 * batches (one commissioner at a time, kept verbatim), so a test can prove both give the same facts.
 */
final class PerCommissionerFactsOracle {

    private static final int REMOTE = cn.anjian.mines.work.CoverageRules.REMOTE_PER_WEEK;
    private static final int ONSITE = cn.anjian.mines.work.CoverageRules.ONSITE_PER_WEEK;

    private final JdbcClient jdbc;
    private final Clock clock;

    PerCommissionerFactsOracle(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    YearFacts read(long commissionerId, int year) {
        Year y = Year.of(year);
        List<SupervisedMine> mines = supervisedMines(commissionerId, y);
        Map<Long, SupervisedMine> byId = mines.stream().collect(Collectors.toMap(SupervisedMine::mineId, Function.identity()));
        List<AccidentFact> accidents = byId.isEmpty() ? List.of() : jdbc.sql("""
                        SELECT mine_id, occurred_on, accident_level, accident_kind, liability, duties_fulfilled FROM mine_fact
                        WHERE kind = 'ACCIDENT' AND mine_id IN (:mines) AND occurred_on >= :from AND occurred_on < :to
                        ORDER BY occurred_on, id""")
                .param("mines", byId.keySet()).param("from", y.atDay(1)).param("to", y.plusYears(1).atDay(1))
                .query((rs, n) -> {
                    SupervisedMine m = byId.get(rs.getLong(1));
                    return new AccidentFact(m.name(), m.kind(), rs.getDate(2).toLocalDate(), AccidentLevel.valueOf(rs.getString(3)),
                            AccidentKind.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getBoolean(6));
                }).list();
        Map<String, Object> own = jdbc.sql("""
                        SELECT count(*) FILTER (WHERE kind = 'TASK') AS tasks,
                               count(*) FILTER (WHERE kind = 'TASK' AND NOT (obeyed AND completed)) AS failed,
                               count(*) FILTER (WHERE kind = 'INTEGRITY') AS integrity
                        FROM mine_fact WHERE commissioner_id = :c AND occurred_on >= :from AND occurred_on < :to""")
                .param("c", commissionerId).param("from", y.atDay(1)).param("to", y.plusYears(1).atDay(1)).query().singleRow();
        var exempted = new HashSet<>(jdbc.sql("""
                        SELECT check_ref FROM mine_exemption WHERE commissioner_id = :c AND year = :y AND status = 'APPROVED'""")
                .param("c", commissionerId).param("y", year).query(String.class).list());
        Ladders.Ladder ladder = Ladders.of(missedItems(commissionerId, y), exempted);
        return new YearFacts(year, completion(commissionerId, y), accidents, ((Number) own.get("tasks")).intValue(),
                ((Number) own.get("failed")).intValue(), ((Number) own.get("integrity")).intValue(),
                majorFindings(commissionerId, y), ladder);
    }

    CompletionRate completion(long commissionerId, Year year) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
        LocalDate firstMonday = year.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.MONDAY));
        LocalDate lastMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
        LocalDate yearEnd = year.atDay(year.length()).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        if (lastMonday.isAfter(yearEnd)) {
            lastMonday = yearEnd;
        }
        CompletionRate carried = jdbc.sql("SELECT required, done FROM mine_interim_completion WHERE commissioner_id = :c AND year = :y")
                .param("c", commissionerId).param("y", year.getValue())
                .query((rs, n) -> new CompletionRate(rs.getInt("required"), rs.getInt("done"))).optional()
                .orElse(new CompletionRate(0, 0));
        if (carried.required() > 0) {
            LocalDate first = jdbc.sql("SELECT min(check_day) FROM mine_check WHERE commissioner_id = :c AND check_day >= :from AND check_day < :to")
                    .param("c", commissionerId).param("from", year.atDay(1)).param("to", year.plusYears(1).atDay(1))
                    .query(LocalDate.class).optional().orElse(null);
            firstMonday = first == null ? lastMonday.plusWeeks(1) : first.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }
        int required = 0;
        int done = 0;
        if (!lastMonday.isBefore(firstMonday)) {
            var r = jdbc.sql("""
                            WITH mines AS (SELECT DISTINCT a.mine_id FROM mine_plan_assignment a JOIN mine_plan pl ON pl.id = a.plan_id
                                           WHERE a.commissioner_id = :c AND pl.plan_year = :y AND pl.status = 'APPROVED'),
                                 weeks AS (SELECT to_char(d, 'IYYY-"W"IW') AS w
                                           FROM generate_series(CAST(:from AS date), CAST(:to AS date), interval '7 days') d)
                            SELECT count(*) AS slots,
                                   coalesce(sum(least(k.remote, :remote) + least(k.onsite, :onsite)), 0) AS done
                            FROM mines m CROSS JOIN weeks w
                            LEFT JOIN LATERAL (SELECT count(*) FILTER (WHERE mode = 'REMOTE') AS remote,
                                                      count(*) FILTER (WHERE mode = 'ONSITE') AS onsite
                                               FROM mine_check WHERE mine_id = m.mine_id AND commissioner_id = :c
                                                 AND iso_week = w.w AND status IN ('ACCEPTED', 'CLEARED')) k ON true""")
                    .param("c", commissionerId).param("y", year.getValue()).param("from", firstMonday).param("to", lastMonday)
                    .param("remote", REMOTE).param("onsite", ONSITE)
                    .query((rs, n) -> new int[] {rs.getInt("slots"), rs.getInt("done")}).single();
            required = r[0] * (REMOTE + ONSITE);
            done = r[1];
        }
        return new CompletionRate(required + carried.required(), done + carried.done());
    }

    List<MissedItemsInCheck> missedItems(long commissionerId, Year year) {
        List<MissedItemsInCheck> out = new ArrayList<>(jdbc.sql("""
                        SELECT CAST(k.id AS text), k.check_day, m.name, k.missed_mandatory, k.missed_spot
                        FROM mine_check k JOIN mine_mine m ON m.id = k.mine_id
                        WHERE k.commissioner_id = :c AND k.check_day >= :from AND k.check_day < :to
                          AND k.status IN ('ACCEPTED', 'CLEARED') AND (k.missed_mandatory > 0 OR k.missed_spot > 0)""")
                .param("c", commissionerId).param("from", year.atDay(1)).param("to", year.plusYears(1).atDay(1))
                .query((rs, n) -> new MissedItemsInCheck(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3),
                        rs.getInt(4), rs.getInt(5))).list());
        out.addAll(jdbc.sql("""
                        SELECT c.check_ref, c.checked_on, m.name, c.missed_mandatory, c.missed_spot
                        FROM mine_interim_check c LEFT JOIN mine_mine m ON m.id = c.mine_id
                        WHERE c.commissioner_id = :c AND c.checked_on >= :from AND c.checked_on < :to
                          AND (c.missed_mandatory > 0 OR c.missed_spot > 0)""")
                .param("c", commissionerId).param("from", year.atDay(1)).param("to", year.plusYears(1).atDay(1))
                .query((rs, n) -> new MissedItemsInCheck(rs.getString(1), rs.getDate(2).toLocalDate(),
                        rs.getString(3) == null ? "—" : rs.getString(3), rs.getInt(4), rs.getInt(5))).list());
        out.sort(Comparator.comparing(MissedItemsInCheck::checkedOn).thenComparing(MissedItemsInCheck::checkRef));
        return out;
    }

    List<MajorFinding> majorFindings(long commissionerId, Year year) {
        var from = java.sql.Timestamp.from(year.atDay(1).atStartOfDay(Zones.SHANGHAI).toInstant());
        var to = java.sql.Timestamp.from(year.plusYears(1).atDay(1).atStartOfDay(Zones.SHANGHAI).toInstant());
        List<MajorFinding> out = new ArrayList<>(jdbc.sql("""
                        SELECT found_at, '重大事故隐患' AS kind, description, state = 'CLOSED' AS handled FROM mine_hazard
                        WHERE commissioner_id = :c AND major AND found_at >= :from AND found_at < :to
                        UNION ALL
                        SELECT ordered_at, CASE kind WHEN 'THREE_VIOLATIONS' THEN '重大违法违规行为（制止“三违”）' ELSE '停产撤人' END,
                               reason, true FROM mine_stop_order
                        WHERE commissioner_id = :c AND ordered_at >= :from AND ordered_at < :to""")
                .param("c", commissionerId).param("from", from).param("to", to)
                .query((rs, n) -> new MajorFinding(rs.getTimestamp(1).toInstant().atZone(Zones.SHANGHAI).toLocalDate(),
                        rs.getString(2), rs.getString(3), rs.getBoolean(4))).list());
        out.addAll(jdbc.sql("""
                        SELECT found_on, kind, description, handled FROM mine_interim_finding
                        WHERE commissioner_id = :c AND found_on >= :from AND found_on < :to""")
                .param("c", commissionerId).param("from", year.atDay(1)).param("to", year.plusYears(1).atDay(1))
                .query((rs, n) -> new MajorFinding(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4))).list());
        out.sort(Comparator.comparing(MajorFinding::foundOn));
        return out;
    }

    List<SupervisedMine> supervisedMines(long commissionerId, Year year) {
        return jdbc.sql("""
                        SELECT DISTINCT m.id, m.name, m.kind FROM mine_mine m
                        WHERE m.id IN (SELECT p.mine_id FROM mine_interim_posting p WHERE p.commissioner_id = :c AND p.year = :y)
                           OR m.id IN (SELECT a.mine_id FROM mine_plan_assignment a JOIN mine_plan pl ON pl.id = a.plan_id
                                       WHERE a.commissioner_id = :c AND pl.plan_year = :y AND pl.status = 'APPROVED')
                        ORDER BY m.id""")
                .param("c", commissionerId).param("y", year.getValue())
                .query((rs, n) -> new SupervisedMine(rs.getLong(1), rs.getString(2), MineKind.valueOf(rs.getString(3)))).list();
    }
}
