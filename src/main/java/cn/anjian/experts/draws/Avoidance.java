package cn.anjian.experts.draws;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.enterprises.Conflicts;
import cn.anjian.enterprises.Enterprises;
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
    private final DrawCopies copies;

    /**
     * The pool as a draw reads it — its active experts with their dispatch dates and declared conflicts — at the current
     * revision ({@link DrawCopies}; {@link PoolCopy#matching} replaces a query that probed exp_dispatch per expert).
     */
    PoolCopy copy(Pool pool) {
        return copies.of(pool.agencyId());
    }

    /** The target enterprise in the actor's scope (404 otherwise), or null when the draw has none. */
    Target target(Actor actor, Long enterpriseId) {
        return enterpriseId == null ? null : new Target(enterpriseId, enterprises.get(actor, enterpriseId).name());
    }

    /** The exclusion reasons by expert id for a draw, the declared conflicts from the pool's copy. */
    Map<Long, String> reasons(PoolCopy copy, List<Matched> matched, Target target, LocalDate day, int lookBackYears) {
        if (target == null || matched.isEmpty()) {
            return new HashMap<>();
        }
        // the enterprise's relations span every field (~100 in the bench) while a draw matches one: a reason's text is
        // made only for the matched experts (the same texts in the same order as for all of them)
        Map<Long, List<PoolCopy.Declared>> relations = new HashMap<>();
        for (PoolCopy.Declared d : copy.declared(target.id(), day.minusYears(lookBackYears), day)) {
            relations.computeIfAbsent(d.expertId(), k -> new ArrayList<>(2)).add(d);
        }
        Map<Long, List<String>> declared = new HashMap<>();
        long[] related = sortedKeys(relations);
        for (Matched m : matched) {
            List<PoolCopy.Declared> own = Arrays.binarySearch(related, m.expertId()) < 0 ? null : relations.get(m.expertId());
            if (own != null) {
                List<String> texts = new ArrayList<>(own.size());
                for (PoolCopy.Declared d : own) {
                    texts.add(declaredReason(d.relation(), d.from(), d.to()));
                }
                declared.put(m.expertId(), texts);
            }
        }
        return reasons(matched, target, day, lookBackYears, declared);
    }

    /** The exclusion reasons by expert id (absent: not excluded); "；" separates several reasons of one expert. */
    Map<Long, String> reasons(List<Matched> matched, Target target, LocalDate day, int lookBackYears) {
        if (target == null || matched.isEmpty()) {
            return new HashMap<>();
        }
        Map<Long, List<String>> declared = new HashMap<>();
        jdbc.sql("""
                SELECT expert_id, relation, from_date, to_date FROM exp_conflict
                WHERE enterprise_id = :ent AND from_date <= :day AND (to_date IS NULL OR to_date >= :start)
                ORDER BY from_date, id""")
                .param("ent", target.id()).param("day", Draws.sqlDate(day)).param("start", Draws.sqlDate(day.minusYears(lookBackYears)))
                .query((rs, n) -> declared.computeIfAbsent(rs.getLong("expert_id"), k -> new ArrayList<>())
                        .add(declaredReason(rs.getString("relation"), rs.getObject("from_date", LocalDate.class),
                                rs.getObject("to_date", LocalDate.class))))
                .list();
        return reasons(matched, target, day, lookBackYears, declared);
    }

    /**
     * The map's keys sorted, searched once per matched expert instead of a map lookup with a boxed id each: ~1,000
     * {@code Long}s a lookup pass, the largest allocation of a warm draw (JFR, bench/expert-draw.md).
     */
    private static long[] sortedKeys(Map<Long, ?> map) {
        long[] keys = new long[map.size()];
        int i = 0;
        for (Long k : map.keySet()) {
            keys[i++] = k;
        }
        Arrays.sort(keys);
        return keys;
    }

    static String declaredReason(String relation, LocalDate from, LocalDate to) {
        return DECLARED + "：" + relation + "（" + Fmt.date(from) + " 至 " + (to == null ? "今" : Fmt.date(to)) + "）";
    }

    private Map<Long, String> reasons(List<Matched> matched, Target target, LocalDate day, int lookBackYears,
                                      Map<Long, List<String>> declared) {
        Map<Long, String> reasons = new HashMap<>();
        // one query for the whole candidate list (a pool field holds ~1,000 experts; one query each cost ~20 ms a draw)
        java.util.Set<Long> persons = new java.util.LinkedHashSet<>();
        for (Matched m : matched) {
            if (m.personId() != null) {
                persons.add(m.personId());
            }
        }
        java.util.Set<Long> registered = conflicts.conflictedWith(target.id(), persons, day, lookBackYears);
        long[] withDeclared = sortedKeys(declared);
        for (Matched m : matched) {
            boolean employer = m.employerEnterpriseId() != null && m.employerEnterpriseId() == target.id();
            List<String> own = Arrays.binarySearch(withDeclared, m.expertId()) < 0 ? null : declared.get(m.expertId());
            boolean register = m.personId() != null && registered.contains(m.personId());
            if (!employer && own == null && !register) {
                continue; // most candidates: no list built for them
            }
            List<String> why = new ArrayList<>();
            if (employer) {
                why.add(EMPLOYER + "：" + target.name());
            }
            if (own != null) {
                why.addAll(own);
            }
            if (register) {
                why.add(REGISTER + "：与" + target.name() + "存在利害关系");
            }
            reasons.put(m.expertId(), String.join("；", why));
        }
        return reasons;
    }
}
