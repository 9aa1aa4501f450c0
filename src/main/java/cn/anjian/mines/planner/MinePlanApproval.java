package cn.anjian.mines.planner;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Phones;
import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.FlowOutcomeHandler;
import cn.anjian.workflow.FlowReturned;
import cn.anjian.workflow.StepDefinition;
import cn.anjian.workflow.Workflows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * MC-06: a plan without rule breaches is reviewed by the unit head and approved by the director through
 * {@code workflow} (four eyes: the officer who submits decides no step). The approved plan is the previous plan
 * the next year's rotation (MC-07) is computed against.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class MinePlanApproval implements FlowOutcomeHandler {

    static final String SUBJECT = "mine_plan";
    static final FlowDefinition FLOW = new FlowDefinition("mine-assignment-plan", "矿山安全监管专员派驻方案",
            StepDefinition.of("unit-head", "科室负责人审核", "UNIT_HEAD", AgencyTarget.SAME_AGENCY),
            StepDefinition.of("director", "局长批准", "DIRECTOR", AgencyTarget.SAME_AGENCY));

    private final AssignmentPlans plans;
    private final AssignmentPlanRepository repository;
    private final Workflows workflows;
    private final Handovers handovers;
    private final PlanReporting reporting;
    private final Clock clock;

    /** Submits the plan for approval; refused while it breaks a rule (the checker's findings are stored with it). */
    public void submit(Actor actor, long planId) {
        AssignmentPlans.require(actor, "mine:plan");
        AssignmentPlan plan = plans.find(actor, planId);
        if (plan.supervisionPhone() == null || plan.supervisionPhone().isBlank()) {
            throw new BusinessException("MC-06", "请先填写向社会公布的监督电话（《山西省矿山安全监管专员制度》第九条）");
        }
        boolean clean = PlanStore.violations(plan).isEmpty();
        FlowId flow = workflows.start(FLOW, SUBJECT, String.valueOf(planId), plan.planYear() + " 年度矿山安全监管专员派驻方案",
                actor.agencyId(), actor);
        plan.submitted(flow.value(), clean);
        repository.save(plan);
    }

    /** MC-06: the supervision phone published with the plan (a mobile or a landline with area code). */
    public void contact(Actor actor, long planId, String phone) {
        AssignmentPlans.require(actor, "mine:plan");
        AssignmentPlan plan = plans.find(actor, planId);
        String p = phone == null ? "" : phone.strip();
        if (!Phones.valid(p)) {
            throw BusinessException.badInput("MC-06-PHONE", "监督电话格式不正确：" + Phones.RULE);
        }
        plan.contact(p);
        repository.save(plan);
    }

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(FLOW);
    }

    @Override
    public void completed(FlowCompleted e) {
        decide(Long.parseLong(e.subjectId()), e.approved());
    }

    @Override
    public void returned(FlowReturned e) {
        decide(Long.parseLong(e.subjectId()), false);
    }

    private void decide(long planId, boolean approved) {
        AssignmentPlan plan = repository.findById(planId).orElseThrow();
        Instant now = clock.instant();
        plan.decided(approved, now);
        if (approved) {
            plan.reportedTo(reporting.report(plan, now));
        }
        repository.save(plan);
        if (approved) {
            handovers.openFor(plan);
        }
    }
}
