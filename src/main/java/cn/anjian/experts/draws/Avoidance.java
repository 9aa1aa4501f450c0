package cn.anjian.experts.draws;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.enterprises.Conflicts;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.experts.pool.ExpertLevel;
import cn.anjian.experts.pool.Pool;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The experts a draw considers and EXP-08 avoidance (回避): an expert is excluded when he works for the target
 * enterprise, declared a relation with it (exp_conflict) that overlaps the look-back, or the enterprises'
 * conflicts register holds his person record for it within the look-back. Every reason is kept.
 */
@Component
@RequiredArgsConstructor
class Avoidance {

    static final String EMPLOYER = "任职单位为任务对象单位";
    static final String DECLARED = "申报利害关系";
    static final String REGISTER = "利害关系登记";

    /** An active expert of the pool matching the draw's filters, with his dispatches in the rotation window. */
    record Matched(long expertId, String name, int dispatches, LocalDate lastDispatched, Long employerEnterpriseId, Long personId) {
    }

    record Target(long id, String name) {
    }

    private final JdbcClient jdbc;
    private final Enterprises enterprises;
    private final Conflicts conflicts;

    List<Matched> matching(Pool pool, String field, String sub, ExpertLevel level, LocalDate windowStart, LocalDate day) {
        // one index-only probe of exp_dispatch_expert per expert gives both the count in the window and the last
        // dispatch (two correlated subqueries probed twice: half the buffers, the draw's largest query; bench/expert-draw.md)
        StringBuilder sql = new StringBuilder("""
                SELECT e.id, e.name, e.employer_enterprise_id, e.person_id, r.dispatches, r.last_dispatched
                FROM exp_expert e
                CROSS JOIN LATERAL (SELECT count(*) FILTER (WHERE d.dispatched_on > :windowStart) AS dispatches,
                                           max(d.dispatched_on) AS last_dispatched
                                    FROM exp_dispatch d WHERE d.expert_id = e.id AND d.dispatched_on <= :day) r
                WHERE e.agency_id = :agency AND e.status = 'ACTIVE' AND e.field_code = :field""");
        Map<String, Object> params = new HashMap<>();
        params.put("agency", pool.agencyId());
        params.put("field", field);
        params.put("windowStart", Draws.sqlDate(windowStart));
        params.put("day", Draws.sqlDate(day));
        if (sub != null) {
            sql.append(" AND EXISTS (SELECT 1 FROM exp_expert_sub x WHERE x.expert_id = e.id AND x.sub_code = :sub)");
            params.put("sub", sub);
        }
        if (level != null) {
            sql.append(" AND e.level = :level");
            params.put("level", level.name());
        }
        sql.append(" ORDER BY e.id");
        return jdbc.sql(sql.toString()).params(params)
                .query((rs, n) -> new Matched(rs.getLong("id"), rs.getString("name"), rs.getInt("dispatches"),
                        rs.getObject("last_dispatched", LocalDate.class),
                        (Long) rs.getObject("employer_enterprise_id", Long.class), (Long) rs.getObject("person_id", Long.class)))
                .list();
    }

    /** The target enterprise in the actor's scope (404 otherwise), or null when the draw has none. */
    Target target(Actor actor, Long enterpriseId) {
        return enterpriseId == null ? null : new Target(enterpriseId, enterprises.get(actor, enterpriseId).name());
    }

    /** The exclusion reasons by expert id (absent: not excluded); "；" separates several reasons of one expert. */
    Map<Long, String> reasons(List<Matched> matched, Target target, LocalDate day, int lookBackYears) {
        Map<Long, String> reasons = new HashMap<>();
        if (target == null || matched.isEmpty()) {
            return reasons;
        }
        Map<Long, List<String>> declared = new HashMap<>();
        jdbc.sql("""
                SELECT expert_id, relation, from_date, to_date FROM exp_conflict
                WHERE enterprise_id = :ent AND from_date <= :day AND (to_date IS NULL OR to_date >= :start)
                ORDER BY from_date, id""")
                .param("ent", target.id()).param("day", Draws.sqlDate(day)).param("start", Draws.sqlDate(day.minusYears(lookBackYears)))
                .query((rs, n) -> {
                    java.sql.Date to = rs.getDate("to_date");
                    declared.computeIfAbsent(rs.getLong("expert_id"), k -> new ArrayList<>()).add(DECLARED + "：" + rs.getString("relation")
                            + "（" + Fmt.date(rs.getDate("from_date").toLocalDate()) + " 至 " + (to == null ? "今" : Fmt.date(to.toLocalDate())) + "）");
                    return 0;
                }).list();
        // one query for the whole candidate list (a pool field holds ~1,000 experts; one query each cost ~20 ms a draw)
        java.util.Set<Long> registered = conflicts.conflictedWith(target.id(), matched.stream().map(Matched::personId)
                .filter(java.util.Objects::nonNull).distinct().toList(), day, lookBackYears);
        for (Matched m : matched) {
            List<String> why = new ArrayList<>();
            if (m.employerEnterpriseId() != null && m.employerEnterpriseId() == target.id()) {
                why.add(EMPLOYER + "：" + target.name());
            }
            why.addAll(declared.getOrDefault(m.expertId(), List.of()));
            if (m.personId() != null && registered.contains(m.personId())) {
                why.add(REGISTER + "：与" + target.name() + "存在利害关系");
            }
            if (!why.isEmpty()) {
                reasons.put(m.expertId(), String.join("；", why));
            }
        }
        return reasons;
    }
}
