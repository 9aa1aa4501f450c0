package cn.anjian.personnel.inspectors;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** TI-01/TI-02/TI-04/TI-20: hiring plans drafted by an emergency-management department and their approval. */
@Service
@Transactional(readOnly = true)
class HiringPlans {

    static final String WHAT = "聘用计划";
    static final String SELECT = """
            SELECT p.*, a.name AS agency_name FROM ti_hiring_plan p JOIN org_agency_view a ON a.id = p.agency_id
            """;

    private final JdbcClient jdbc;
    private final Agencies agencies;
    private final PlanApproval approval;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    HiringPlans(JdbcClient jdbc, Agencies agencies, PlanApproval approval, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.agencies = agencies;
        this.approval = approval;
        this.events = events;
        this.clock = clock;
    }

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
        Map<String, Object> p = params(c);
        p.put("agency", agency.id());
        p.put("jurisdiction", agency.jurisdictionId());
        p.put("scope", agency.scopePath());
        p.put("by", actor.username());
        p.put("at", OffsetDateTime.now(clock));
        long id = jdbc.sql("""
                INSERT INTO ti_hiring_plan (agency_id, jurisdiction_id, scope_path, title, plan_year, full_time_count,
                    part_time_count, specialties, hiring_method, term_months, training_assessment, funding, written_weight,
                    risk_profile, enterprise_count, key_enterprise_types, difficulty, capacity, status, created_by, created_at)
                VALUES (:agency, :jurisdiction, :scope, :title, :year, :full, :part, :specialties, :method, :term, :training,
                    :funding, CAST(:weight AS NUMERIC), :risk, :enterprises, :keyTypes, :difficulty, :capacity, 'DRAFT', :by, :at)
                RETURNING id""").params(p).query(Long.class).single();
        PlanView created = find(id);
        events.publishEvent(AuditableEvent.change("ti.plan.drafted", "ti-hiring-plan", id, null, snapshot(created)));
        return created;
    }

    /** Revise a draft (also after it came back for revision: RETURN brings it back to DRAFT). */
    @Transactional
    PlanView revise(Actor actor, long id, PlanContent content) {
        PlanView before = get(actor, id);
        if (!"DRAFT".equals(before.status())) {
            throw new BusinessException("TI-01", "只有草拟中的聘用计划可以修改（当前：" + before.statusLabel() + "）");
        }
        Map<String, Object> p = params(InspectorRules.checkPlan(content));
        p.put("id", id);
        p.put("version", before.version());
        int rows = jdbc.sql("""
                UPDATE ti_hiring_plan SET title = :title, plan_year = :year, full_time_count = :full, part_time_count = :part,
                    specialties = :specialties, hiring_method = :method, term_months = :term, training_assessment = :training,
                    funding = :funding, written_weight = CAST(:weight AS NUMERIC), risk_profile = :risk,
                    enterprise_count = :enterprises, key_enterprise_types = :keyTypes, difficulty = :difficulty,
                    capacity = :capacity, version = version + 1
                WHERE id = :id AND version = :version""").params(p).update();
        requireOne(rows, id);
        PlanView after = find(id);
        events.publishEvent(AuditableEvent.change("ti.plan.revised", "ti-hiring-plan", id, snapshot(before), snapshot(after)));
        return after;
    }

    /** TI-01: submit into the chain department → justice consent → government approval. */
    @Transactional
    PlanView submit(Actor actor, long id) {
        PlanView before = get(actor, id);
        if (!"DRAFT".equals(before.status())) {
            throw new BusinessException("TI-01", "聘用计划已提交或已办结（当前：" + before.statusLabel() + "）");
        }
        if (before.agencyId() != actor.agencyId()) {
            throw new BusinessException("TI-01", "只有起草计划的应急管理部门可以报批");
        }
        long flowId;
        if (before.flowId() != null) {
            flowId = before.flowId();
            approval.resubmitPlan(flowId, actor);
        } else {
            flowId = approval.startPlan(id, before.title(), before.agencyId(), actor);
        }
        int rows = jdbc.sql("UPDATE ti_hiring_plan SET status = 'SUBMITTED', flow_id = :flow, version = version + 1 WHERE id = :id AND version = :v")
                .param("flow", flowId).param("id", id).param("v", before.version()).update();
        requireOne(rows, id);
        PlanView after = find(id);
        events.publishEvent(AuditableEvent.change("ti.plan.submitted", "ti-hiring-plan", id, snapshot(before), snapshot(after)));
        return after;
    }

    /** The workflow told us the chain ended (government approved, or a step refused). */
    @Transactional
    void completed(long id, boolean approved) {
        PlanView before = find(id);
        if (!"SUBMITTED".equals(before.status())) {
            return;
        }
        jdbc.sql("UPDATE ti_hiring_plan SET status = :s, decided_at = :at, version = version + 1 WHERE id = :id")
                .param("s", approved ? "APPROVED" : "REJECTED").param("at", OffsetDateTime.now(clock)).param("id", id).update();
        events.publishEvent(new AuditableEvent(approved ? "ti.plan.approved" : "ti.plan.rejected", "ti-hiring-plan",
                String.valueOf(id), snapshot(before), snapshot(find(id)), "system", null));
    }

    /** A step returned the plan for revision: it becomes an editable draft again (same flow, resubmitted). */
    @Transactional
    void returned(long id) {
        PlanView before = find(id);
        if ("SUBMITTED".equals(before.status())) {
            jdbc.sql("UPDATE ti_hiring_plan SET status = 'DRAFT', version = version + 1 WHERE id = :id").param("id", id).update();
            events.publishEvent(new AuditableEvent("ti.plan.returned", "ti-hiring-plan", String.valueOf(id),
                    snapshot(before), snapshot(find(id)), "system", null));
        }
    }

    /** TI-01: recruitment only on an approved plan. */
    PlanView requireApproved(Actor actor, long planId) {
        PlanView p = get(actor, planId);
        if (!p.approved()) {
            throw new BusinessException("TI-01", "聘用计划尚未经本级人民政府批准（当前：" + p.statusLabel() + "），不能组织招聘");
        }
        return p;
    }

    private static void requireOne(int rows, long id) {
        if (rows != 1) {
            throw new OptimisticLockingFailureException("ti_hiring_plan " + id + " changed concurrently");
        }
    }

    private static Map<String, Object> params(PlanContent c) {
        Map<String, Object> p = new HashMap<>();
        p.put("title", c.title());
        p.put("year", c.year());
        p.put("full", c.fullTimeCount());
        p.put("part", c.partTimeCount());
        p.put("specialties", c.specialties().stream().sorted().map(Enum::name).collect(Collectors.joining(",")));
        p.put("method", c.hiringMethod().name());
        p.put("term", c.termMonths());
        p.put("training", c.trainingAssessment());
        p.put("funding", c.funding());
        p.put("weight", c.writtenWeight() == null ? null : c.writtenWeight().toPlainString());
        p.put("risk", c.riskProfile());
        p.put("enterprises", c.enterpriseCount());
        p.put("keyTypes", c.keyEnterpriseTypes());
        p.put("difficulty", c.difficulty());
        p.put("capacity", c.capacity());
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
