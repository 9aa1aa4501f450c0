package cn.anjian.mines.assessment;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.mines.assessment.AssessmentRules.AccidentFact;
import cn.anjian.mines.assessment.AssessmentRules.YearFacts;
import cn.anjian.mines.assessment.WorkRecordFacts.CompletionRate;
import cn.anjian.mines.assessment.WorkRecordFacts.SupervisedMine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gathers commissioners' years: the work records (through {@link WorkRecordFacts}) and the recorded facts. A batch of
 * commissioners costs the same few statements as one (the province's assessment reads 500 at a time); a page reads one.
 */
@Component
@RequiredArgsConstructor
class YearFactsReader {

    private final WorkRecordFacts work;
    private final JdbcClient jdbc;

    YearFacts read(long commissionerId, int year) {
        return readAll(List.of(commissionerId), year).get(commissionerId);
    }

    /** Every commissioner of {@code ids} with his facts, in the order given. */
    Map<Long, YearFacts> readAll(Collection<Long> ids, int year) {
        Year y = Year.of(year);
        Map<Long, YearFacts> out = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return out;
        }
        Map<Long, List<SupervisedMine>> mines = work.supervisedMines(ids, y);
        List<AccidentRow> accidents = accidents(mines, y);
        Map<Long, int[]> own = own(ids, y);
        Map<Long, Set<String>> exempted = exempted(ids, year);
        Map<Long, CompletionRate> completion = work.completion(ids, y);
        Map<Long, List<WorkRecordFacts.MissedItemsInCheck>> missed = work.missedItems(ids, y);
        Map<Long, List<WorkRecordFacts.MajorFinding>> findings = work.majorFindings(ids, y);
        for (long c : ids) {
            List<AccidentFact> mineAccidents = new ArrayList<>();
            Map<Long, SupervisedMine> byId = new HashMap<>();
            mines.getOrDefault(c, List.of()).forEach(m -> byId.put(m.mineId(), m));
            // the accidents in the order of the statement (day, id), those at this commissioner's mines
            for (AccidentRow a : accidents) {
                SupervisedMine m = byId.get(a.mineId());
                if (m != null) {
                    mineAccidents.add(a.fact(m));
                }
            }
            int[] o = own.getOrDefault(c, new int[3]);
            Ladders.Ladder ladder = Ladders.of(missed.getOrDefault(c, List.of()), exempted.getOrDefault(c, Set.of()));
            out.put(c, new YearFacts(year, completion.getOrDefault(c, new CompletionRate(0, 0)), List.copyOf(mineAccidents), o[0], o[1],
                    o[2], List.copyOf(findings.getOrDefault(c, List.of())), ladder));
        }
        return out;
    }

    private record AccidentRow(long mineId, java.time.LocalDate occurredOn, AccidentLevel level, AccidentKind kind,
                               boolean liability, boolean dutiesFulfilled) {

        AccidentFact fact(SupervisedMine m) {
            return new AccidentFact(m.name(), m.kind(), occurredOn, level, kind, liability, dutiesFulfilled);
        }
    }

    /** The accidents at any mine of the batch, ordered by day and id (few rows, shared by the batch). */
    private List<AccidentRow> accidents(Map<Long, List<SupervisedMine>> mines, Year y) {
        Set<Long> all = new HashSet<>();
        mines.values().forEach(l -> l.forEach(m -> all.add(m.mineId())));
        if (all.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT mine_id, occurred_on, accident_level, accident_kind, liability, duties_fulfilled FROM mine_fact
                        WHERE kind = 'ACCIDENT' AND mine_id IN (:mines) AND occurred_on >= :from AND occurred_on < :to
                        ORDER BY occurred_on, id""")
                .param("mines", all).param("from", Date.valueOf(y.atDay(1))).param("to", Date.valueOf(y.plusYears(1).atDay(1)))
                .query((rs, n) -> new AccidentRow(rs.getLong(1), rs.getDate(2).toLocalDate(), AccidentLevel.valueOf(rs.getString(3)),
                        AccidentKind.valueOf(rs.getString(4)), rs.getBoolean(5), rs.getBoolean(6))).list();
    }

    /** Per commissioner: tasks given, tasks not obeyed or not completed, integrity violations. */
    private Map<Long, int[]> own(Collection<Long> ids, Year y) {
        Map<Long, int[]> out = new HashMap<>();
        jdbc.sql("""
                        SELECT commissioner_id,
                               count(*) FILTER (WHERE kind = 'TASK') AS tasks,
                               count(*) FILTER (WHERE kind = 'TASK' AND NOT (obeyed AND completed)) AS failed,
                               count(*) FILTER (WHERE kind = 'INTEGRITY') AS integrity
                        FROM mine_fact WHERE commissioner_id IN (:ids) AND occurred_on >= :from AND occurred_on < :to
                        GROUP BY commissioner_id""")
                .param("ids", ids).param("from", Date.valueOf(y.atDay(1))).param("to", Date.valueOf(y.plusYears(1).atDay(1)))
                .query(rs -> {
                    out.put(rs.getLong(1), new int[] {rs.getInt(2), rs.getInt(3), rs.getInt(4)});
                });
        return out;
    }

    /** MA-09: the occurrences (check references) an approved exemption frees, per commissioner. */
    private Map<Long, Set<String>> exempted(Collection<Long> ids, int year) {
        Map<Long, Set<String>> out = new HashMap<>();
        jdbc.sql("""
                        SELECT commissioner_id, check_ref FROM mine_exemption
                        WHERE commissioner_id IN (:ids) AND year = :y AND status = 'APPROVED'""")
                .param("ids", ids).param("y", year)
                .query(rs -> {
                    out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2));
                });
        return out;
    }

    /** The mines the commissioner supervised in the year. */
    List<SupervisedMine> mines(long commissionerId, int year) {
        return work.supervisedMines(List.of(commissionerId), Year.of(year)).getOrDefault(commissionerId, List.of());
    }

    List<WorkRecordFacts.MissedItemsInCheck> missed(long commissionerId, int year) {
        return work.missedItems(List.of(commissionerId), Year.of(year)).getOrDefault(commissionerId, List.of());
    }
}
