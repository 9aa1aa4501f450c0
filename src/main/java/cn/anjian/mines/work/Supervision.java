package cn.anjian.mines.work;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.personnel.PersonAccounts;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who supervises which mine: the pairs of each jurisdiction's latest approved assignment plan of the year or before
 * (MC-06); an attached tailings pond is supervised by its parent mine's commissioners. The signed-in user is a
 * commissioner through personnel's person ↔ account link.
 */
@Component
@RequiredArgsConstructor
public class Supervision {

    /** The (mine_id, commissioner_id) pairs in force in :year; a fragment other queries of this package join. */
    static final String PAIRS = """
            SELECT DISTINCT sm.id AS mine_id, sa.commissioner_id
            FROM mine_mine sm
            JOIN mine_plan_assignment sa ON sa.mine_id = coalesce(sm.parent_mine_id, sm.id)
            WHERE sa.plan_id IN (SELECT DISTINCT ON (jurisdiction_id) id FROM mine_plan
                                 WHERE status = 'APPROVED' AND plan_year <= :year
                                 ORDER BY jurisdiction_id, plan_year DESC, id DESC)""";

    private final JdbcClient jdbc;
    private final PersonAccounts accounts;

    /** The commissioner the signed-in user is, if any. */
    public Optional<Long> commissionerOf(Actor actor) {
        return accounts.personOf(actor.userId()).flatMap(p -> jdbc.sql("SELECT id FROM mine_commissioner WHERE person_id = :p")
                .param("p", p).query(Long.class).optional());
    }

    public boolean supervises(long commissionerId, long mineId, LocalDate day) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM (" + PAIRS + ") x WHERE x.mine_id = :m AND x.commissioner_id = :c)")
                .param("year", day.getYear()).param("m", mineId).param("c", commissionerId).query(Boolean.class).single();
    }

    /** The mines the commissioner supervises on {@code day}. */
    public List<Long> minesOf(long commissionerId, LocalDate day) {
        return jdbc.sql("SELECT x.mine_id FROM (" + PAIRS + ") x WHERE x.commissioner_id = :c ORDER BY x.mine_id")
                .param("year", day.getYear()).param("c", commissionerId).query(Long.class).list();
    }
}
