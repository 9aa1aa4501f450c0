package cn.anjian.experts.dispatches;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * EXP-14 (art. 18(3)): an expert who declined three dispatches within twelve months is flagged for dismissal. The
 * number and the period are the article's own ("一年内3次"), so constants, not settings.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class DeclineFlags {

    static final int DECLINES = 3;
    static final int MONTHS = 12;

    /** A flagged expert of the actor's scope, still in the pool. */
    public record Flagged(long expertId, String name, String fieldName, long declines, Instant lastDecline) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    /** The start of the twelve months that end now (declines after it count). */
    Instant since(Instant now) {
        return now.atZone(Zones.SHANGHAI).minusMonths(MONTHS).toInstant();
    }

    /** How many dispatches the expert declined in the twelve months before now. */
    public long declines(long expertId) {
        Instant now = clock.instant();
        return jdbc.sql("SELECT count(*) FROM exp_dispatch WHERE expert_id = :e AND status = 'DECLINED' AND responded_at > :since AND responded_at <= :now")
                .param("e", expertId).param("since", Timestamp.from(since(now))).param("now", Timestamp.from(now))
                .query(Long.class).single();
    }

    /** EXP-14: the declines of the twelve months before now of each of these experts that declined at least once. */
    public java.util.Map<Long, Long> recent(java.util.Collection<Long> expertIds) {
        if (expertIds.isEmpty()) {
            return java.util.Map.of();
        }
        Instant now = clock.instant();
        java.util.Map<Long, Long> out = new java.util.HashMap<>();
        jdbc.sql("""
                SELECT expert_id, count(*) FROM exp_dispatch WHERE expert_id IN (:ids) AND status = 'DECLINED'
                AND responded_at > :since AND responded_at <= :now GROUP BY expert_id""")
                .param("ids", expertIds).param("since", Timestamp.from(since(now))).param("now", Timestamp.from(now))
                .query((rs, n) -> out.put(rs.getLong(1), rs.getLong(2))).list();
        return out;
    }

    public boolean flagged(long expertId) {
        return declines(expertId) >= DECLINES;
    }

    /** The experts of the actor's scope flagged now and not yet removed. */
    public List<Flagged> flagged(Actor actor) {
        Instant now = clock.instant();
        return jdbc.sql("""
                SELECT e.id, e.name, f.name AS field_name, count(*) AS declines, max(d.responded_at) AS last_decline
                FROM exp_dispatch d JOIN exp_expert e ON e.id = d.expert_id JOIN exp_field f ON f.code = e.field_code
                WHERE d.status = 'DECLINED' AND d.responded_at > :since AND d.responded_at <= :now AND e.status <> 'REMOVED'
                  AND""" + ScopeSql.condition("e.scope_path") + """
                GROUP BY e.id, e.name, f.name
                HAVING count(*) >= :n
                ORDER BY max(d.responded_at) DESC, e.id""")
                .param("since", Timestamp.from(since(now))).param("now", Timestamp.from(now)).param("n", DECLINES)
                .param(ScopeSql.PARAM, actor.scope().pattern())
                .query((rs, n) -> new Flagged(rs.getLong("id"), rs.getString("name"), rs.getString("field_name"),
                        rs.getLong("declines"), rs.getTimestamp("last_decline").toInstant()))
                .list();
    }
}
