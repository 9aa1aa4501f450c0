package cn.anjian.enforcement.plans;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseOrigin;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enterprises.EnterpriseView;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The items of a plan (CASE-07): added and removed while it is editable; "计划事项 → 案件" once it is in force. */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class PlanItems {

    static final int MAX_ITEMS = 500;

    /** Whom an item inspects: a named enterprise, an industry of the area, or an area. */
    private record Target(String name, Long enterpriseId, Industry industry) {
    }

    private final JdbcClient jdbc;
    private final PlanRepository plans;
    private final PlanQueries queries;
    private final Enterprises enterprises;
    private final Cases cases;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Transactional
    long addItem(Actor actor, long planId, InspectionPlans.NewItem item) {
        InspectionPlans.requireManage(actor);
        PlanViews.Plan p = requireEditable(actor, planId);
        if (item == null || item.kind() == null) {
            throw BusinessException.badInput("PLAN-ITEM-KIND", "请选择检查对象类型");
        }
        Target target = target(actor, p, item);
        String targetName = target.name();
        Long enterpriseId = target.enterpriseId();
        Industry industry = target.industry();
        String content = InspectionPlans.text(item.content(), 1000, "PLAN-ITEM-CONTENT", "检查内容");
        if (content == null) {
            throw BusinessException.badInput("PLAN-ITEM-CONTENT", "请填写检查内容");
        }
        String period = InspectionPlans.period(item.period());
        String unit = InspectionPlans.text(item.responsibleUnit(), 100, "PLAN-ITEM-UNIT", "责任单位");
        if (unit == null) {
            throw BusinessException.badInput("PLAN-ITEM-UNIT", "请填写责任单位（科室）");
        }
        Integer count = item.plannedCount();
        if (count == null || count < 1 || count > 100_000) {
            throw BusinessException.badInput("PLAN-ITEM-COUNT", "计划检查次数（家次）须为 1 到 100000 之间的整数");
        }
        if (p.itemCount() >= MAX_ITEMS) {
            throw new BusinessException("PLAN-ITEM-LIMIT", "一个计划最多 " + MAX_ITEMS + " 项");
        }
        long id = jdbc.sql("""
                INSERT INTO enf_plan_item (plan_id, target_kind, enterprise_id, target_name, industry, content, period,
                    responsible_unit, planned_count)
                VALUES (:plan, :kind, :ent, :name, :industry, :content, :period, :unit, :count) RETURNING id""")
                .param("plan", planId).param("kind", item.kind().name()).param("ent", enterpriseId).param("name", targetName)
                .param("industry", industry == null ? null : industry.name()).param("content", content)
                .param("period", period).param("unit", unit).param("count", count).query(Long.class).single();
        touch(p);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("planId", planId);
        after.put("target", targetName);
        after.put("period", period);
        after.put("unit", unit);
        after.put("count", count);
        events.publishEvent(AuditableEvent.change("enforcement.plan.item-added", "inspection-plan-item", id, null, after));
        return id;
    }

    @Transactional
    void removeItem(Actor actor, long planId, long itemId) {
        InspectionPlans.requireManage(actor);
        PlanViews.Plan p = requireEditable(actor, planId);
        PlanViews.Item item = queries.items(planId).stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("计划事项"));
        jdbc.sql("DELETE FROM enf_plan_item WHERE id = :id AND plan_id = :p").param("id", itemId).param("p", planId).update();
        touch(p);
        events.publishEvent(AuditableEvent.change("enforcement.plan.item-removed", "inspection-plan-item", itemId,
                Map.of("planId", planId, "target", item.targetName()), null));
    }

    /**
     * "计划事项 → 案件": opens an inspection case for a named-enterprise item of the plan in force (source
     * ANNUAL_PLAN, basis = this plan, CASE-04). The team is set on the case afterwards (CASE-02).
     */
    @Transactional
    CaseRef openCase(Actor actor, long planId, long itemId) {
        InspectionPlans.requireManage(actor);
        PlanViews.Plan p = queries.get(actor, planId);
        if (p.status() != PlanStatus.PUBLISHED) {
            throw new BusinessException("PLAN-NOT-IN-FORCE", "只有已公布施行的计划才能据以立案检查（当前：" + p.status().label() + "）");
        }
        PlanViews.Item item = queries.items(planId).stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> BusinessException.notFound("计划事项"));
        if (item.kind() != TargetKind.ENTERPRISE) {
            throw new BusinessException("PLAN-ITEM-NO-PARTY", "该事项针对行业或区域，请在案件页面选择具体的生产经营单位立案");
        }
        LocalDate basisDate = LocalDate.ofInstant(p.publishedAt(), clock.getZone());
        CaseRef c = cases.openFrom(actor, new NewCase(CaseKind.INSPECTION, CaseSource.ANNUAL_PLAN, p.title(),
                p.agencyName() + p.year() + "年度监督检查计划（第 " + p.revision() + " 版）", basisDate, item.enterpriseId(), null,
                "计划检查：" + item.targetName(), null, null), new CaseOrigin("PLAN_ITEM", item.id()));
        events.publishEvent(AuditableEvent.change("enforcement.plan.case-opened", "inspection-plan-item", item.id(), null,
                Map.of("caseId", c.id(), "caseNumber", c.caseNumber())));
        return c;
    }

    /** A revision starts with the items of the plan it revises. */
    void copy(long fromPlan, long toPlan) {
        jdbc.sql("""
                INSERT INTO enf_plan_item (plan_id, target_kind, enterprise_id, target_name, industry, content, period,
                    responsible_unit, planned_count)
                SELECT :id, target_kind, enterprise_id, target_name, industry, content, period, responsible_unit, planned_count
                  FROM enf_plan_item WHERE plan_id = :from ORDER BY id""").param("id", toPlan).param("from", fromPlan).update();
    }

    private Target target(Actor actor, PlanViews.Plan p, InspectionPlans.NewItem item) {
        return switch (item.kind()) {
            case ENTERPRISE -> {
                if (item.enterpriseId() == null) {
                    throw BusinessException.badInput("PLAN-ITEM-ENTERPRISE", "请选择生产经营单位");
                }
                EnterpriseView e = enterprises.find(actor, item.enterpriseId()).filter(x -> covers(p.scopePath(), x.scopePath()))
                        .orElseThrow(() -> BusinessException.badInput("PLAN-ITEM-ENTERPRISE", "生产经营单位不存在或不在本机构辖区内"));
                yield new Target(e.name(), e.id(), e.industry());
            }
            case INDUSTRY -> {
                Industry industry = item.industry();
                if (industry == null) {
                    throw BusinessException.badInput("PLAN-ITEM-INDUSTRY", "请选择行业领域");
                }
                String area = InspectionPlans.text(item.area(), 100, "PLAN-ITEM-AREA", "区域");
                yield new Target((area == null ? p.agencyName().replace("应急管理局", "") + "辖区" : area) + industry.label() + "企业",
                        null, industry);
            }
            default -> {
                String targetName = InspectionPlans.text(item.area(), 200, "PLAN-ITEM-AREA", "区域");
                if (targetName == null) {
                    throw BusinessException.badInput("PLAN-ITEM-AREA", "请填写检查区域（乡镇、园区等）");
                }
                yield new Target(targetName, null, item.industry());
            }
        };
    }

    /** The plan, editable, in the actor's scope. */
    private PlanViews.Plan requireEditable(Actor actor, long planId) {
        PlanViews.Plan p = queries.get(actor, planId);
        InspectionPlan plan = plans.findById(planId).orElseThrow();
        plan.requireEditable();
        return p;
    }

    /** The items are part of the plan: saving it unchanged bumps its version, so a concurrent change is refused. */
    private void touch(PlanViews.Plan p) {
        InspectionPlan plan = plans.findById(p.id()).orElseThrow();
        if (!plan.version().equals(p.version())) {
            throw InspectionPlans.stale();
        }
        try {
            plans.save(plan);
        } catch (OptimisticLockingFailureException e) {
            throw InspectionPlans.stale();
        }
    }

    private static boolean covers(String scope, String path) {
        return path != null && path.startsWith(scope);
    }
}
