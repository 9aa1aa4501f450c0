package cn.anjian.personnel.inspectors;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** TI-01/TI-02/TI-04/TI-20: hiring plans drafted by an emergency-management department and their approval. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class HiringPlans {

    static final String WHAT = "聘用计划";
    static final String SELECT = """
            SELECT p.*, a.name AS agency_name FROM ti_hiring_plan p JOIN org_agency_view a ON a.id = p.agency_id
            """;

    private final JdbcClient jdbc;
    private final HiringPlanRepository repository;
    private final Agencies agencies;
    private final PlanApproval approval;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanView get(Actor actor, long id) {
        PlanView p = find(id);
        ScopeSql.requireInScope(actor, p.scopePath(), WHAT);
        return p;
    }

    PlanView find(long id) {
        return jdbc.sql(SELECT + " WHERE p.id = :id").param("id", id).query(PlanView.class).optional()
                .orElseThrow(() -> BusinessException.notFound(WHAT));
    }

    List<PlanView> list(Actor actor, String status, int page, int size) {
        String where = " WHERE " + ScopeSql.condition("p.scope_path")
                + (status == null ? "" : " AND p.status = :status");
        var spec = jdbc.sql(SELECT + where + " ORDER BY p.id DESC LIMIT :limit OFFSET :offset")
                .param(ScopeSql.PARAM, actor.scope().pattern()).param("limit", size).param("offset", page * size);
        if (status != null) {
            spec = spec.param("status", status);
        }
        return spec.query(PlanView.class).list();
    }

    long count(Actor actor, String status) {
        var spec = jdbc.sql("SELECT count(*) FROM ti_hiring_plan p WHERE " + ScopeSql.condition("p.scope_path")
                + (status == null ? "" : " AND p.status = :status")).param(ScopeSql.PARAM, actor.scope().pattern());
        if (status != null) {
            spec = spec.param("status", status);
        }
        return spec.query(Long.class).single();
    }

    /** TI-01: drafted by an emergency-management department (any level, townships too: TI-20). */
    @Transactional
    PlanView draft(Actor actor, PlanContent content) {
        PlanContent c = InspectorRules.checkPlan(content);
        Agency agency = agencies.get(actor.agencyId());
        if (agency.kind() != AgencyKind.EMERGENCY_MANAGEMENT) {
            throw new BusinessException("TI-01", "技术检查员聘用计划由应急管理部门牵头起草");
        }
        long id = repository.save(HiringPlan.draft(agency.id(), agency.jurisdictionId(), agency.scopePath(), c,
                actor.username(), clock.instant())).id;
        PlanView created = find(id);
        events.publishEvent(AuditableEvent.change("ti.plan.drafted", "ti-hiring-plan", id, null, snapshot(created)));
        return created;
    }

    /** Revise a draft (also after it came back for revision: RETURN brings it back to DRAFT). */
    @Transactional
    PlanView revise(Actor actor, long id, PlanContent content) {
        PlanView before = get(actor, id);
        HiringPlan plan = load(id);
        plan.revise(content);
        repository.save(plan);
        PlanView after = find(id);
        events.publishEvent(AuditableEvent.change("ti.plan.revised", "ti-hiring-plan", id, snapshot(before), snapshot(after)));
        return after;
    }

    /** TI-01: submit into the chain department → justice consent → government approval. */
    @Transactional
    PlanView submit(Actor actor, long id) {
        PlanView before = get(actor, id);
        HiringPlan plan = load(id);
        plan.checkSubmittable();
        if (plan.agencyId != actor.agencyId()) {
            throw new BusinessException("TI-01", "只有起草计划的应急管理部门可以报批");
        }
        long flowId;
        if (plan.flowId != null) {
            flowId = plan.flowId;
            approval.resubmitPlan(flowId, actor);
        } else {
            flowId = approval.startPlan(id, plan.title, plan.agencyId, actor);
        }
        plan.submitted(flowId);
        repository.save(plan);
        PlanView after = find(id);
        events.publishEvent(AuditableEvent.change("ti.plan.submitted", "ti-hiring-plan", id, snapshot(before), snapshot(after)));
        return after;
    }

    /** The workflow told us the chain ended (government approved, or a step refused). */
    @Transactional
    void completed(long id, boolean approved) {
        PlanView before = find(id);
        HiringPlan plan = load(id);
        if (plan.decided(approved, clock.instant())) {
            repository.save(plan);
            events.publishEvent(new AuditableEvent(approved ? "ti.plan.approved" : "ti.plan.rejected", "ti-hiring-plan",
                    String.valueOf(id), snapshot(before), snapshot(find(id)), "system", null));
        }
    }

    /** A step returned the plan for revision: it becomes an editable draft again (same flow, resubmitted). */
    @Transactional
    void returned(long id) {
        PlanView before = find(id);
        HiringPlan plan = load(id);
        if (plan.returned()) {
            repository.save(plan);
            events.publishEvent(new AuditableEvent("ti.plan.returned", "ti-hiring-plan", String.valueOf(id),
                    snapshot(before), snapshot(find(id)), "system", null));
        }
    }

    private HiringPlan load(long id) {
        return repository.findById(id).orElseThrow(() -> BusinessException.notFound(WHAT));
    }

    /** TI-01: recruitment only on an approved plan. */
    PlanView requireApproved(Actor actor, long planId) {
        PlanView p = get(actor, planId);
        if (!p.approved()) {
            throw new BusinessException("TI-01", "聘用计划尚未经本级人民政府批准（当前：" + p.statusLabel() + "），不能组织招聘");
        }
        return p;
    }

    static Map<String, Object> snapshot(PlanView p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", p.title());
        m.put("year", p.planYear());
        m.put("fullTime", p.fullTimeCount());
        m.put("partTime", p.partTimeCount());
        m.put("specialties", p.specialties());
        m.put("method", p.hiringMethod());
        m.put("writtenWeight", p.writtenWeight() == null ? null : p.writtenWeight().toPlainString());
        m.put("status", p.status());
        return m;
    }
}
