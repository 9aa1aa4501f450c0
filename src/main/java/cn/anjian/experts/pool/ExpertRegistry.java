package cn.anjian.experts.pool;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Phones;
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.IdCardNumber;
import cn.anjian.settings.Settings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The roster of a pool (EXP-01, EXP-02): admitting experts within the cap, suspending, reinstating and removing
 * them, field leaders and deputies, declared conflicts (EXP-08) and the dispatch records rotation counts (EXP-07).
 */
@Service
@Transactional
@RequiredArgsConstructor
public class ExpertRegistry {

    static final String WHAT = "专家";
    /** Serialises admissions per pool, so two concurrent admissions cannot both take the last place. */
    private static final long LOCK_BASE = 20_000_000_000L;

    private final ExpertRepository experts;
    private final PoolStructure structure;
    private final Pools pools;
    private final Settings settings;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** EXP-02: admits an expert to the actor's pool; the (cap + 1)-th active expert is refused, nothing stored. */
    public long admit(Actor actor, NewExpert e) {
        requireManage(actor);
        return admit(pools.of(actor), e, actor.username());
    }

    /**
     * EXP-05: admits an applicant the director's meeting approved (the review flow is the authority, so no
     * permission of the deciding user is asked); the cap (EXP-02) and the checks apply as to any admission.
     */
    public long admitApproved(long agencyId, NewExpert e, String by) {
        return admit(pools.of(agencyId), e, by);
    }

    /** EXP-06: removes an expert whose removal the bureau approved in the annual review flow. */
    public void removeApproved(long expertId, String by) {
        Expert x = experts.findById(expertId).orElseThrow(() -> BusinessException.notFound(WHAT));
        x.remove(by);
        experts.save(x);
    }

    private long admit(Pool pool, NewExpert e, String by) {
        NewExpert checked = check(e);
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOCK_BASE + pool.agencyId()).query(Object.class).list();
        requirePlace(pool);
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM exp_expert WHERE agency_id = :a AND id_card = :c)")
                .param("a", pool.agencyId()).param("c", checked.idCard()).query(Boolean.class).single()) {
            throw BusinessException.conflict("EXP-DUPLICATE", "该身份证号码的专家已在本专家库中");
        }
        Expert x = experts.save(Expert.admit(pool.agencyId(), pool.scopePath(), checked, clock.instant(), by));
        events.publishEvent(new AuditableEvent("experts.expert.admitted", "expert", String.valueOf(x.id()), null, x.audit(), by, null));
        return x.id();
    }

    public void suspend(Actor actor, long id) {
        Expert x = load(actor, id);
        x.suspend(actor.username());
        experts.save(x);
    }

    /** EXP-02: a reinstated expert counts against the cap again. */
    public void reinstate(Actor actor, long id) {
        Expert x = load(actor, id);
        jdbc.sql("SELECT pg_advisory_xact_lock(:key)").param("key", LOCK_BASE + x.agencyId()).query(Object.class).list();
        requirePlace(pools.of(x.agencyId()));
        x.reinstate(actor.username());
        experts.save(x);
    }

    public void remove(Actor actor, long id) {
        Expert x = load(actor, id);
        x.remove(actor.username());
        experts.save(x);
    }

    /** Removes an expert with the reason recorded; he leaves any leader or deputy post of his field group. */
    public void remove(Actor actor, long id, String reason) {
        Expert x = load(actor, id);
        String why = Params.text("EXP-REASON", "出库原因", reason, 200, true);
        x.remove(actor.username(), why);
        experts.save(x);
        jdbc.sql("DELETE FROM exp_field_leader WHERE expert_id = :e").param("e", id).update();
    }

    /** Corrects an expert's roster entry; the same checks as admission, a leader or deputy keeps his field. */
    public void edit(Actor actor, long id, NewExpert e) {
        Expert x = load(actor, id);
        // the edit form shows the ID card and phone masked: left blank they stay as they are
        NewExpert checked = check(new NewExpert(e.name(), blank(e.idCard()) ? x.idCard() : e.idCard(),
                blank(e.phone()) ? x.phone() : e.phone(), e.title(), e.level(), e.employerName(), e.employerEnterpriseId(),
                e.fieldCode(), e.subCodes(), e.personId(), e.userId()));
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM exp_expert WHERE agency_id = :a AND id_card = :c AND id <> :id)")
                .param("a", x.agencyId()).param("c", checked.idCard()).param("id", id).query(Boolean.class).single()) {
            throw BusinessException.conflict("EXP-DUPLICATE", "该身份证号码的专家已在本专家库中");
        }
        if (!checked.fieldCode().equals(x.fieldCode()) && role(id) != null) {
            throw BusinessException.conflict("EXP-01", "该专家担任本专业组组长或副组长，请先免去职务再调整行业领域");
        }
        x.edit(checked, actor.username());
        experts.save(x);
    }

    /** EXP-01: relieves a leader or deputy of his post in the field group. */
    public void relieve(Actor actor, long expertId) {
        load(actor, expertId);
        String role = role(expertId);
        if (role == null) {
            throw BusinessException.conflict("EXP-01", "该专家未担任组长或副组长");
        }
        jdbc.sql("DELETE FROM exp_field_leader WHERE expert_id = :e").param("e", expertId).update();
        events.publishEvent(AuditableEvent.change("experts.leader.relieved", "expert", expertId, Map.of("role", role), null));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** LEADER, DEPUTY or null. */
    private String role(long expertId) {
        return jdbc.sql("SELECT role FROM exp_field_leader WHERE expert_id = :e").param("e", expertId).query(String.class)
                .optional().orElse(null);
    }

    /** The active experts of the pool and its cap on {@code day}. */
    public record Occupancy(long active, int cap) {
    }

    /** Whether the pool of that agency has any expert, whatever his status (the demo loader runs once). */
    @Transactional(readOnly = true)
    public boolean hasExperts(long agencyId) {
        return jdbc.sql("SELECT EXISTS (SELECT 1 FROM exp_expert WHERE agency_id = :a)").param("a", agencyId)
                .query(Boolean.class).single();
    }

    @Transactional(readOnly = true)
    public Occupancy occupancy(Pool pool, LocalDate day) {
        long active = jdbc.sql("SELECT count(*) FROM exp_expert WHERE agency_id = :a AND status = 'ACTIVE'")
                .param("a", pool.agencyId()).query(Long.class).single();
        return new Occupancy(active, settings.value(ExpertSettings.cap(pool.level()), day));
    }

    private void requirePlace(Pool pool) {
        Occupancy o = occupancy(pool, LocalDate.now(clock.withZone(cn.anjian.kernel.Zones.SHANGHAI)));
        if (o.active() >= o.cap()) {
            throw new BusinessException("EXP-02", pool.level().label() + "在库专家已达上限 " + o.cap() + " 人，不能再入库");
        }
    }

    /** EXP-08: an expert declares a relation with an enterprise; the draw excludes him within the look-back. */
    public long declareConflict(Actor actor, long expertId, long enterpriseId, String relation, LocalDate from, LocalDate to) {
        load(actor, expertId);
        String rel = Params.text("EXP-CONFLICT", "利害关系", relation, 100, true);
        if (from == null) {
            throw BusinessException.badInput("EXP-CONFLICT-FROM", "请填写关系起始日期");
        }
        if (to != null && to.isBefore(from)) {
            throw BusinessException.badInput("EXP-CONFLICT-TO", "关系终止日期不能早于起始日期");
        }
        long id = jdbc.sql("""
                INSERT INTO exp_conflict (expert_id, enterprise_id, relation, from_date, to_date, created_at, created_by)
                VALUES (:e, :ent, :rel, :from, :to, :now, :by) RETURNING id""")
                .param("e", expertId).param("ent", enterpriseId).param("rel", rel).param("from", Date.valueOf(from))
                .param("to", to == null ? null : Date.valueOf(to)).param("now", Timestamp.from(clock.instant()))
                .param("by", actor.username()).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("expertId", expertId);
        after.put("enterpriseId", enterpriseId);
        after.put("relation", rel);
        after.put("from", from.toString());
        after.put("to", to == null ? "" : to.toString());
        events.publishEvent(AuditableEvent.change("experts.conflict.declared", "expert", expertId, null, after));
        return id;
    }

    /** Records a past dispatch (the minimal record rotation counts; the dispatch workflow comes later). */
    public long recordDispatch(Actor actor, long expertId, Long enterpriseId, LocalDate on, String task) {
        Expert x = load(actor, expertId);
        String t = Params.text("EXP-DISPATCH", "任务", task, 200, true);
        long id = jdbc.sql("""
                INSERT INTO exp_dispatch (expert_id, enterprise_id, dispatched_on, status, task, agency_id, scope_path)
                VALUES (:e, :ent, :on, 'COMPLETED', :task, :agency, :scope) RETURNING id""")
                .param("e", expertId).param("agency", x.agencyId()).param("scope", x.scopePath()).param("ent", enterpriseId).param("on", Date.valueOf(on)).param("task", t)
                .query(Long.class).single();
        events.publishEvent(AuditableEvent.change("experts.dispatch.recorded", "expert", expertId, null,
                Map.of("dispatchId", id, "on", on.toString(), "task", t)));
        return id;
    }

    /** EXP-01: each field of a pool has one leader and one or two deputies, active experts of that field. */
    public void appoint(Actor actor, long expertId, boolean leader) {
        Expert x = load(actor, expertId);
        if (x.status() != ExpertStatus.ACTIVE) {
            throw new BusinessException("EXP-01", "只有在库专家可以担任组长或副组长");
        }
        String field = jdbc.sql("SELECT field_code FROM exp_expert WHERE id = :id").param("id", expertId).query(String.class).single();
        List<String> roles = jdbc.sql("SELECT role FROM exp_field_leader WHERE agency_id = :a AND field_code = :f")
                .param("a", x.agencyId()).param("f", field).query(String.class).list();
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM exp_field_leader WHERE agency_id = :a AND expert_id = :e)")
                .param("a", x.agencyId()).param("e", expertId).query(Boolean.class).single()) {
            throw BusinessException.conflict("EXP-01", "该专家已担任本专业组组长或副组长");
        }
        if (leader && roles.contains("LEADER")) {
            throw BusinessException.conflict("EXP-01", "本专业组已有组长（每个行业领域设组长 1 名）");
        }
        if (!leader && roles.stream().filter("DEPUTY"::equals).count() >= 2) {
            throw BusinessException.conflict("EXP-01", "本专业组已有 2 名副组长（每个行业领域设副组长 1–2 名）");
        }
        String role = leader ? "LEADER" : "DEPUTY";
        jdbc.sql("INSERT INTO exp_field_leader (agency_id, field_code, expert_id, role) VALUES (:a, :f, :e, :r)")
                .param("a", x.agencyId()).param("f", field).param("e", expertId).param("r", role).update();
        events.publishEvent(AuditableEvent.change("experts.leader.appointed", "expert", expertId, null,
                Map.of("field", field, "role", role)));
    }

    private Expert load(Actor actor, long id) {
        requireManage(actor);
        return ScopeSql.requireInScope(actor, experts.findById(id), Expert::scopePath, WHAT);
    }

    static void requireManage(Actor actor) {
        if (!actor.hasPermission("expert:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有维护专家库的权限");
        }
    }

    private NewExpert check(NewExpert e) {
        if (e == null) {
            throw BusinessException.badInput("EXP-EXPERT", "请填写专家信息");
        }
        String name = Params.text("EXP-NAME", "姓名", e.name(), 50, true);
        String card = IdCardNumber.of(e.idCard() == null ? "" : e.idCard().strip()).value();
        String phone = Params.text("EXP-PHONE", "手机号码", e.phone(), 20, true);
        if (!Phones.valid(phone)) {
            throw BusinessException.badInput("EXP-PHONE", Phones.RULE);
        }
        String title = Params.text("EXP-TITLE", "职务职称", e.title(), 60, true);
        String employer = Params.text("EXP-EMPLOYER", "工作单位", e.employerName(), 200, true);
        if (e.level() == null) {
            throw BusinessException.badInput("EXP-LEVEL", "请选择专家级别");
        }
        PoolStructure.Field field = structure.requireField(e.fieldCode());
        List<String> subs = e.subCodes() == null ? List.of() : e.subCodes().stream()
                .map(s -> structure.requireSub(field, s).code()).distinct().toList();
        if (subs.isEmpty()) {
            throw BusinessException.badInput("EXP-SUB", "请至少选择一个专业小类");
        }
        return new NewExpert(name, card, phone, title, e.level(), employer, e.employerEnterpriseId(), field.code(), subs,
                e.personId(), e.userId());
    }
}
