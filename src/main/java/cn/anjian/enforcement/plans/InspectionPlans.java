package cn.anjian.enforcement.plans;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import java.util.Optional;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.InspectionPlanPublished;
import cn.anjian.enterprises.Industry;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.BusinessException;
import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.FlowReturned;
import cn.anjian.workflow.StepDefinition;
import cn.anjian.workflow.Workflows;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CASE-07: the annual supervision and inspection plan of an agency (001 公示 art. 6(2) makes it part
 * of what is published before enforcement). Drafted by a unit head (or anyone holding plan:manage),
 * approved by the director through the one workflow, then published; a published plan is the one in
 * force for its agency and year, and changing it means a revision with a recorded reason that
 * supersedes it when the revision is published. The status lives in the {@link InspectionPlan}
 * aggregate; the items in {@link PlanItems}. Every gate refuses before anything changes.
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
class InspectionPlans {

    static final String SUBJECT = "enf-inspection-plan";
    static final String WHAT = "检查计划";

    /** UNIT_HEAD (or another plan:manage holder) submits; the director of the same agency approves. */
    static final FlowDefinition APPROVAL = new FlowDefinition(SUBJECT, "年度监督检查计划",
            StepDefinition.of("director", "局长审批", "DIRECTOR", AgencyTarget.SAME_AGENCY));

    record NewItem(TargetKind kind, Long enterpriseId, Industry industry, String area, String content, String period,
                   String responsibleUnit, Integer plannedCount) {
    }

    private final PlanRepository repository;
    private final PlanQueries queries;
    private final PlanItems items;
    private final PlanDrafting drafting;
    private final Workflows workflows;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    // ---- reading ----

    PlanViews.Plan get(Actor actor, long id) {
        return queries.get(actor, id);
    }

    Optional<PlanViews.Plan> find(long id) {
        return queries.find(id);
    }

    List<PlanViews.Item> items(long planId) {
        return queries.items(planId);
    }

    /** Plans in the actor's scope in {@code sort} order ({@link PlanQueries#SORT}); filters optional. */
    PlanViews.Page list(Actor actor, Integer year, PlanStatus status, ListSort.Sort sort, int page, int size) {
        return queries.list(actor, year, status, sort, page, size);
    }

    /** Every plan of the filter, streamed (the Excel export). */
    void each(Actor actor, Integer year, PlanStatus status, ListSort.Sort sort, Consumer<PlanViews.Plan> sink) {
        queries.each(actor, year, status, sort, sink);
    }

    /** Whether the agency has a plan of that year, in any status (the demo loader runs once). */
    boolean anyOf(long agencyId, int year) {
        return queries.anyOf(agencyId, year);
    }

    // ---- changing ----

    @Transactional
    long create(Actor actor, Integer year, String title) {
        return drafting.create(actor, year, title);
    }

    /** A revision of the plan in force: a new draft with the same items; it supersedes the plan when published. */
    @Transactional
    long revise(Actor actor, long planId, String reason) {
        return drafting.revise(actor, planId, reason);
    }

    /** CASE-10: the plan's inspections a year per risk grade, while it is a draft or returned. */
    @Transactional
    void changeFrequencies(Actor actor, long planId, GradeFrequencies frequencies) {
        requireManage(actor);
        if (frequencies == null) {
            throw BusinessException.badInput("PLAN-FREQUENCY", "请填写各风险等级的年度检查频次");
        }
        InspectionPlan plan = load(get(actor, planId));
        plan.changeFrequencies(frequencies);
        save(plan);
    }

    @Transactional
    long addItem(Actor actor, long planId, NewItem item) {
        return items.addItem(actor, planId, item);
    }

    @Transactional
    void removeItem(Actor actor, long planId, long itemId) {
        items.removeItem(actor, planId, itemId);
    }

    /** Sends the plan to the director (a returned plan goes back into its flow from the first step). */
    @Transactional
    void submit(Actor actor, long planId) {
        requireManage(actor);
        PlanViews.Plan p = get(actor, planId);
        InspectionPlan plan = load(p);
        plan.requireEditable();
        if (p.itemCount() == 0) {
            throw new BusinessException("PLAN-EMPTY", "计划还没有检查事项，不能报批");
        }
        Long flowId = p.flowId();
        if (p.status() == PlanStatus.RETURNED && flowId != null) {
            workflows.resubmit(new FlowId(flowId), actor, "已按意见修改计划");
        } else {
            flowId = workflows.start(APPROVAL, SUBJECT, String.valueOf(p.id()),
                    p.year() + " 年度监督检查计划" + (p.revision() > 1 ? "（第 " + p.revision() + " 版修订）" : "") + " · " + p.agencyName(),
                    "/plans/" + p.id(), p.agencyId(), actor).value();
        }
        plan.submit(flowId);
        save(plan);
    }

    /** In the director's deciding transaction ({@link PlanFlowOutcomes}), so status and decision never diverge. */
    @Transactional
    void decided(FlowCompleted e) {
        InspectionPlan plan = repository.findById(e.subjectKey()).orElseThrow();
        plan.decide(e.approved(), clock.instant());
        save(plan);
    }

    @Transactional
    void returned(FlowReturned e) {
        InspectionPlan plan = repository.findById(e.subjectKey()).orElseThrow();
        plan.returned();
        save(plan);
    }

    /**
     * Publishes an approved plan: it becomes the plan in force of its agency and year, superseding the
     * plan it revises, and the publicity module puts it on the public portal (CASE-07).
     */
    @Transactional
    void publish(Actor actor, long planId) {
        requireManage(actor);
        PlanViews.Plan p = get(actor, planId);
        InspectionPlan plan = load(p);
        Instant now = clock.instant();
        plan.publish(actor.username(), now); // refuses unless approved, before the old one is touched
        if (p.supersedesId() != null) {
            InspectionPlan old = repository.findById(p.supersedesId()).orElseThrow();
            if (old.status() == PlanStatus.PUBLISHED) {
                old.supersede(p.id(), now);
                save(old);
            }
        }
        try {
            save(plan);
        } catch (DuplicateKeyException e) {
            throw BusinessException.conflict("PLAN-IN-FORCE", "该机构本年度已有施行中的计划");
        }
        List<InspectionPlanPublished.Item> published = items(p.id()).stream().map(i -> new InspectionPlanPublished.Item(
                i.targetName(), i.content(), i.periodLabel(), i.responsibleUnit(), i.plannedCount())).toList();
        events.publishEvent(new InspectionPlanPublished(p.id(), p.agencyId(), p.agencyName(), p.jurisdictionId(),
                p.scopePath(), p.year(), p.title(), p.revision(), p.supersedesId(), p.revisionReason(), published, now,
                actor.username()));
    }

    /**
     * "计划事项 → 案件": opens an inspection case for a named-enterprise item of the plan in force (source
     * ANNUAL_PLAN, basis = this plan, CASE-04). The team is set on the case afterwards (CASE-02).
     */
    @Transactional
    CaseRef openCase(Actor actor, long planId, long itemId) {
        return items.openCase(actor, planId, itemId);
    }

    // ---- helpers ----

    /** The aggregate of the plan as read (a change since the read is refused like a concurrent one). */
    private InspectionPlan load(PlanViews.Plan p) {
        InspectionPlan plan = repository.findById(p.id()).orElseThrow();
        if (!plan.version().equals(p.version())) {
            throw stale();
        }
        return plan;
    }

    private void save(InspectionPlan plan) {
        try {
            repository.save(plan);
        } catch (OptimisticLockingFailureException e) {
            throw stale();
        }
    }

    static BusinessException stale() {
        return BusinessException.conflict("PLAN-STALE", "计划已被他人修改，请刷新后重试");
    }

    static BusinessException openExists(int year) {
        return BusinessException.conflict("PLAN-OPEN", year + " 年度已有一份正在编制或审批中的计划，请在其上继续办理");
    }

    static void requireManage(Actor actor) {
        if (actor == null || !actor.hasPermission("plan:manage")) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "IAM-01", "您没有管理检查计划的权限");
        }
    }

    static int year(Integer year) {
        if (year == null) {
            throw BusinessException.badInput("PLAN-YEAR", "请填写计划年度");
        }
        if (year < 2000 || year > 2100) {
            throw BusinessException.badInput("PLAN-YEAR", "计划年度须在 2000 到 2100 之间");
        }
        return year;
    }

    static String period(String raw) {
        String p = raw == null ? "" : raw.strip().toUpperCase();
        if (p.matches("M([1-9]|1[0-2])|Q[1-4]")) {
            return p;
        }
        throw BusinessException.badInput("PLAN-ITEM-PERIOD", "请选择计划实施的月份或季度");
    }

    static String text(String raw, int max, String code, String label) {
        return cn.anjian.kernel.Params.text(code, label, raw, max, false);
    }
}
