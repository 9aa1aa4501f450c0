package cn.anjian.mines.assessment;

import lombok.RequiredArgsConstructor;

import java.time.Year;
import java.util.List;

import cn.anjian.mines.MineKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * INTERIM source of the work records (issue 18): reads figures recorded in this module's {@code mine_interim_*} tables
 * (completion per year, checks with missed items, major findings, postings) plus the approved assignment plan of the
 * year. To be replaced after the merge by an adapter over the checks (mines.work: required vs done checks, missed
 * 必查/抽查 items per check) and the hazard register (mines.hazards: major hazards, violations, near misses).
 */
@Component
@RequiredArgsConstructor
class InterimWorkRecordFacts implements WorkRecordFacts {

    private final JdbcClient jdbc;

    @Override
    public CompletionRate completion(long commissionerId, Year year) {
        return jdbc.sql("SELECT required, done FROM mine_interim_completion WHERE commissioner_id = :c AND year = :y")
                .param("c", commissionerId).param("y", year.getValue())
                .query((rs, n) -> new CompletionRate(rs.getInt("required"), rs.getInt("done"))).optional()
                .orElse(new CompletionRate(0, 0));
    }

    @Override
    public List<MissedItemsInCheck> missedItems(long commissionerId, Year year) {
        return jdbc.sql("""
                        SELECT c.check_ref, c.checked_on, m.name, c.missed_mandatory, c.missed_spot
                        FROM mine_interim_check c LEFT JOIN mine_mine m ON m.id = c.mine_id
                        WHERE c.commissioner_id = :c AND c.checked_on >= :from AND c.checked_on < :to
                          AND (c.missed_mandatory > 0 OR c.missed_spot > 0)
                        ORDER BY c.checked_on, c.check_ref""")
                .param("c", commissionerId).param("from", year.atDay(1)).param("to", year.plusYears(1).atDay(1))
                .query((rs, n) -> new MissedItemsInCheck(rs.getString(1), rs.getDate(2).toLocalDate(),
                        rs.getString(3) == null ? "—" : rs.getString(3), rs.getInt(4), rs.getInt(5))).list();
    }

    @Override
    public List<MajorFinding> majorFindings(long commissionerId, Year year) {
        return jdbc.sql("""
                        SELECT found_on, kind, description, handled FROM mine_interim_finding
                        WHERE commissioner_id = :c AND found_on >= :from AND found_on < :to ORDER BY found_on, id""")
                .param("c", commissionerId).param("from", year.atDay(1)).param("to", year.plusYears(1).atDay(1))
                .query((rs, n) -> new MajorFinding(rs.getDate(1).toLocalDate(), rs.getString(2), rs.getString(3),
                        rs.getBoolean(4))).list();
    }

    @Override
    public List<SupervisedMine> supervisedMines(long commissionerId, Year year) {
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
