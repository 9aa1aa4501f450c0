package cn.anjian.experts.reviews;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** EXP-06 read models: the year's rounds in scope and, for a unit head, the pool's experts with his unit's verdicts. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AnnualReviewQueries {

    private final JdbcClient jdbc;

    public record RoundRow(long id, long unitId, String unitName, long deadlineId, Instant completedAt, long verdicts,
                           long proposed) {
    }

    public record ExpertRow(long expertId, String name, String fieldName, String employer, String title, Boolean qualified,
                            String verdictStatus, String reason) {
    }

    public List<RoundRow> rounds(Actor actor, int year) {
        return jdbc.sql("""
                SELECT r.id, r.unit_id, u.name AS unit_name, r.deadline_id, r.completed_at,
                       (SELECT count(*) FROM exp_annual_verdict v WHERE v.round_id = r.id) AS verdicts,
                       (SELECT count(*) FROM exp_annual_verdict v WHERE v.round_id = r.id AND NOT v.qualified) AS proposed
                FROM exp_annual_round r JOIN org_unit_view u ON u.id = r.unit_id
                WHERE r.year = :year AND""" + ScopeSql.condition("r.scope_path") + " ORDER BY u.name, r.id")
                .param("year", year).param(ScopeSql.PARAM, actor.scope().pattern())
                .query((rs, n) -> new RoundRow(rs.getLong("id"), rs.getLong("unit_id"), rs.getString("unit_name"),
                        rs.getLong("deadline_id"), rs.getTimestamp("completed_at") == null ? null
                        : rs.getTimestamp("completed_at").toInstant(), rs.getLong("verdicts"), rs.getLong("proposed")))
                .list();
    }

    /** The pool's active experts (and any this round already judged), with the round's verdicts; at most 300 rows. */
    public List<ExpertRow> experts(Actor actor, long roundId) {
        return jdbc.sql("""
                SELECT e.id, e.name, f.name AS field_name, e.employer_name, e.title, v.qualified, v.status, v.reason
                FROM exp_annual_round r
                JOIN exp_expert e ON e.agency_id = r.agency_id
                JOIN exp_field f ON f.code = e.field_code
                LEFT JOIN exp_annual_verdict v ON v.round_id = r.id AND v.expert_id = e.id
                WHERE r.id = :round AND (e.status = 'ACTIVE' OR v.id IS NOT NULL) AND""" + ScopeSql.condition("e.scope_path") + """
                 ORDER BY f.ord, e.name, e.id LIMIT 300""")
                .param("round", roundId).param(ScopeSql.PARAM, actor.scope().pattern())
                .query((rs, n) -> new ExpertRow(rs.getLong("id"), rs.getString("name"), rs.getString("field_name"),
                        rs.getString("employer_name"), rs.getString("title"), (Boolean) rs.getObject("qualified"),
                        rs.getString("status") == null ? null : AnnualVerdict.Status.valueOf(rs.getString("status")).label(),
                        rs.getString("reason")))
                .list();
    }
}
