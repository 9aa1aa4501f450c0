package cn.anjian.enterprises;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The conflicts register (利害关系登记): people related to an enterprise. Avoidance checks, random
 * inspection draws and expert draws ask {@link #conflicted}. A person is stored by id (personnel or
 * identity, as a plain number) plus name, so this module depends on neither.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class Conflicts {

    static final int MAX_LOOK_BACK_YEARS = 50;

    private final JdbcClient jdbc;
    private final Enterprises enterprises;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /**
     * Whether the person has a relation with the enterprise that overlaps the window
     * [{@code day} − {@code lookBackYears} years, {@code day}], both ends inclusive: a relation
     * that ended exactly N years before {@code day} still counts, one that ended the day before does not.
     */
    public boolean conflicted(long personId, long enterpriseId, LocalDate day, int lookBackYears) {
        if (day == null || lookBackYears < 0 || lookBackYears > MAX_LOOK_BACK_YEARS) {
            throw BusinessException.badInput("ENT-LOOK-BACK", "回避核查的日期或回溯年限无效（0–" + MAX_LOOK_BACK_YEARS + " 年）");
        }
        LocalDate start = day.minusYears(lookBackYears);
        return jdbc.sql("""
                SELECT EXISTS (SELECT 1 FROM ent_conflict WHERE person_id = :person AND enterprise_id = :ent
                   AND from_date <= :day AND (to_date IS NULL OR to_date >= :start))""")
                .param("person", personId).param("ent", enterpriseId)
                .param("day", Date.valueOf(day)).param("start", Date.valueOf(start))
                .query(Boolean.class).single();
    }

    /**
     * Bulk {@link #conflicted}: for each of the persons, the enterprises they have a relation with overlapping
     * [{@code day} − {@code lookBackYears} years, {@code day}] (the mine commissioners' planner, MC-05).
     */
    public Map<Long, Set<Long>> conflictedEnterprises(Collection<Long> personIds, LocalDate day, int lookBackYears) {
        if (day == null || lookBackYears < 0 || lookBackYears > MAX_LOOK_BACK_YEARS) {
            throw BusinessException.badInput("ENT-LOOK-BACK", "回避核查的日期或回溯年限无效（0–" + MAX_LOOK_BACK_YEARS + " 年）");
        }
        Map<Long, Set<Long>> out = new HashMap<>();
        if (personIds.isEmpty()) {
            return out;
        }
        jdbc.sql("""
                SELECT person_id, enterprise_id FROM ent_conflict WHERE person_id = ANY(:persons)
                   AND from_date <= :day AND (to_date IS NULL OR to_date >= :start)""")
                .param("persons", personIds.toArray(Long[]::new)).param("day", Date.valueOf(day))
                .param("start", Date.valueOf(day.minusYears(lookBackYears)))
                .query((rs, n) -> out.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2))).list();
        return out;
    }

    /** Bulk {@link #conflicted} for one enterprise: which of the persons have a relation with it in the window (a draw's candidates). */
    public Set<Long> conflictedWith(long enterpriseId, Collection<Long> personIds, LocalDate day, int lookBackYears) {
        if (day == null || lookBackYears < 0 || lookBackYears > MAX_LOOK_BACK_YEARS) {
            throw BusinessException.badInput("ENT-LOOK-BACK", "回避核查的日期或回溯年限无效（0–" + MAX_LOOK_BACK_YEARS + " 年）");
        }
        if (personIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("""
                SELECT DISTINCT person_id FROM ent_conflict WHERE enterprise_id = :ent AND person_id = ANY(:persons)
                   AND from_date <= :day AND (to_date IS NULL OR to_date >= :start)""")
                .param("ent", enterpriseId).param("persons", personIds.toArray(Long[]::new)).param("day", Date.valueOf(day))
                .param("start", Date.valueOf(day.minusYears(lookBackYears))).query(Long.class).list());
    }

    /** The register entries of an enterprise in the actor's scope (404 otherwise), latest first. */
    public List<ConflictView> of(Actor actor, long enterpriseId) {
        enterprises.get(actor, enterpriseId);
        return jdbc.sql("SELECT * FROM ent_conflict WHERE enterprise_id = :id ORDER BY from_date DESC, id DESC")
                .param("id", enterpriseId)
                .query((rs, n) -> new ConflictView(rs.getLong("id"), rs.getLong("enterprise_id"), rs.getLong("person_id"),
                        rs.getString("person_name"), Relation.valueOf(rs.getString("relation")),
                        rs.getDate("from_date").toLocalDate(),
                        rs.getDate("to_date") == null ? null : rs.getDate("to_date").toLocalDate(), rs.getString("note")))
                .list();
    }

    @Transactional
    public ConflictView add(Actor actor, long enterpriseId, NewConflict c) {
        Enterprises.requireManage(actor);
        enterprises.get(actor, enterpriseId);
        if (c == null || c.personId() == null || c.personId() <= 0) {
            throw BusinessException.badInput("ENT-PERSON", "请填写人员编号");
        }
        String name = Enterprises.text(c.personName(), 50, "ENT-PERSON-NAME", "姓名");
        if (name == null) {
            throw BusinessException.badInput("ENT-PERSON-NAME", "请填写姓名");
        }
        if (c.relation() == null) {
            throw BusinessException.badInput("ENT-RELATION", "请选择关系类型");
        }
        if (c.fromDate() == null) {
            throw BusinessException.badInput("ENT-FROM", "请填写关系起始日期");
        }
        if (c.toDate() != null && c.toDate().isBefore(c.fromDate())) {
            throw BusinessException.badInput("ENT-TO", "关系终止日期不能早于起始日期");
        }
        String note = Enterprises.text(c.note(), 200, "ENT-NOTE", "备注");
        long id = jdbc.sql("""
                INSERT INTO ent_conflict (enterprise_id, person_id, person_name, relation, from_date, to_date, note, created_at)
                VALUES (:ent, :person, :name, :relation, :from, :to, :note, :now) RETURNING id""")
                .param("ent", enterpriseId).param("person", c.personId()).param("name", name)
                .param("relation", c.relation().name()).param("from", Date.valueOf(c.fromDate()))
                .param("to", c.toDate() == null ? null : Date.valueOf(c.toDate())).param("note", note)
                .param("now", java.sql.Timestamp.from(clock.instant())).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("enterpriseId", enterpriseId);
        after.put("personId", c.personId());
        after.put("personName", name);
        after.put("relation", c.relation().name());
        after.put("from", c.fromDate().toString());
        after.put("to", c.toDate() == null ? "" : c.toDate().toString());
        events.publishEvent(AuditableEvent.change("enterprise.conflict.added", "enterprise-conflict", id, null, after));
        return new ConflictView(id, enterpriseId, c.personId(), name, c.relation(), c.fromDate(), c.toDate(), note);
    }
}
