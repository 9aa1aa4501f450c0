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
 * (MC-06); an attached tailings pond is supervised by its parent mine's commissioners. A coal group's members patrol
 * each of the group's mines (MW-02, art. 13), so for acting on a mine — checks, check-ins, remote checks, hazards,
 * the phone's lists — {@link #supervises} and {@link #minesOf} read {@link #GROUP_PAIRS}; the designation itself
 * ({@link #PAIRS}) stays what coverage per commissioner, obligations' owners and the assessment count. The signed-in
 * user is a commissioner through personnel's person ↔ account link.
 */
@Component
@RequiredArgsConstructor
public class Supervision {

    /** The (mine_id, commissioner_id) pairs the plans in force in :year designate; a fragment other queries of this package join. */
    static final String PAIRS = """
            SELECT DISTINCT sm.id AS mine_id, sa.commissioner_id
            FROM mine_mine sm
            JOIN mine_plan_assignment sa ON sa.mine_id = coalesce(sm.parent_mine_id, sm.id)
            WHERE sa.plan_id IN (""" + CoverageSql.PLANS + ")";

    /**
     * MW-02: (mine_id, commissioner_id) for every member and the leader of each coal group of those plans (the plan's
     * JSON, as {@link CoverageSql#GROUPS} reads it) and every mine of the group, with the ponds attached to them.
     */
    static final String GROUP_MEMBERS = """
            SELECT DISTINCT sm.id AS mine_id, gc.commissioner_id
            FROM mine_plan gp
            CROSS JOIN LATERAL (SELECT NULLIF(gp.outcome, '')::jsonb -> 'groups' AS list) o
            CROSS JOIN LATERAL jsonb_array_elements(CASE WHEN jsonb_typeof(o.list) = 'array' THEN o.list ELSE '[]'::jsonb END)
                 AS g (value)
            CROSS JOIN LATERAL (SELECT gmi.id::bigint AS commissioner_id
                                FROM jsonb_array_elements_text(CASE WHEN jsonb_typeof(g.value -> 'memberIds') = 'array'
                                     THEN g.value -> 'memberIds' ELSE '[]'::jsonb END) AS gmi (id)
                                UNION SELECT (g.value ->> 'leaderId')::bigint WHERE g.value ->> 'leaderId' IS NOT NULL) gc
            CROSS JOIN LATERAL jsonb_array_elements_text(CASE WHEN jsonb_typeof(g.value -> 'mineIds') = 'array'
                 THEN g.value -> 'mineIds' ELSE '[]'::jsonb END) AS gm (mine_id)
            JOIN mine_mine sm ON coalesce(sm.parent_mine_id, sm.id) = gm.mine_id::bigint
            WHERE gp.id IN (""" + CoverageSql.PLANS + ")";

    /**
     * Who may act on which mine in :year: the designated pairs and the coal groups' (MW-02); {@code designated} is false
     * for a mine reached through the group only.
     */
    static final String GROUP_PAIRS = """
            SELECT u.mine_id, u.commissioner_id, bool_or(u.designated) AS designated
            FROM (SELECT p.mine_id, p.commissioner_id, TRUE AS designated FROM (""" + PAIRS + """
                  ) p
                  UNION ALL
                  SELECT g.mine_id, g.commissioner_id, FALSE FROM (""" + GROUP_MEMBERS + """
                  ) g) u
            GROUP BY u.mine_id, u.commissioner_id""";

    /** A mine the commissioner acts on; {@code throughGroup}: not designated to him, one of his coal group's (MW-02). */
    public record SupervisedMine(long mineId, boolean throughGroup) {
    }

    private final JdbcClient jdbc;
    private final PersonAccounts accounts;

    /** The commissioner the signed-in user is, if any. */
    public Optional<Long> commissionerOf(Actor actor) {
        return accounts.personOf(actor.userId()).flatMap(p -> jdbc.sql("SELECT id FROM mine_commissioner WHERE person_id = :p")
                .param("p", p).query(Long.class).optional());
    }

    /** Whether the commissioner may act on the mine on {@code day}: designated to it, or a member of its coal group. */
    public boolean supervises(long commissionerId, long mineId, LocalDate day) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM (" + GROUP_PAIRS + ") x WHERE x.mine_id = :m AND x.commissioner_id = :c)")
                .param("year", day.getYear()).param("m", mineId).param("c", commissionerId).query(Boolean.class).single();
    }

    /** The mines the commissioner acts on on {@code day}: his designated mines first, then his coal group's others. */
    public List<SupervisedMine> supervised(long commissionerId, LocalDate day) {
        return jdbc.sql("SELECT x.mine_id, x.designated FROM (" + GROUP_PAIRS + ") x WHERE x.commissioner_id = :c"
                        + " ORDER BY x.designated DESC, x.mine_id")
                .param("year", day.getYear()).param("c", commissionerId)
                .query((rs, n) -> new SupervisedMine(rs.getLong(1), !rs.getBoolean(2))).list();
    }

    /** The ids of {@link #supervised}, in its order. */
    public List<Long> minesOf(long commissionerId, LocalDate day) {
        return supervised(commissionerId, day).stream().map(SupervisedMine::mineId).toList();
    }
}
