package cn.anjian.mines.assessment;

import lombok.RequiredArgsConstructor;

import java.time.Year;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.anjian.mines.assessment.AssessmentRules.AccidentFact;
import cn.anjian.mines.assessment.AssessmentRules.YearFacts;
import cn.anjian.mines.assessment.WorkRecordFacts.SupervisedMine;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Gathers one commissioner's year: the work records (through {@link WorkRecordFacts}) and the recorded facts. */
@Component
@RequiredArgsConstructor
class YearFactsReader {

    private final WorkRecordFacts work;
    private final JdbcClient jdbc;

    YearFacts read(long commissionerId, int year) {
        Year y = Year.of(year);
        List<SupervisedMine> mines = work.supervisedMines(commissionerId, y);
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
        Ladders.Ladder ladder = Ladders.of(work.missedItems(commissionerId, y), exempted(commissionerId, year));
        return new YearFacts(year, work.completion(commissionerId, y), accidents, ((Number) own.get("tasks")).intValue(),
                ((Number) own.get("failed")).intValue(), ((Number) own.get("integrity")).intValue(),
                work.majorFindings(commissionerId, y), ladder);
    }

    /** MA-09: the occurrences (check references) an approved exemption frees. */
    Set<String> exempted(long commissionerId, int year) {
        return new HashSet<>(jdbc.sql("""
                        SELECT check_ref FROM mine_exemption WHERE commissioner_id = :c AND year = :y AND status = 'APPROVED'""")
                .param("c", commissionerId).param("y", year).query(String.class).list());
    }

    List<WorkRecordFacts.MissedItemsInCheck> missed(long commissionerId, int year) {
        return work.missedItems(commissionerId, Year.of(year));
    }
}
