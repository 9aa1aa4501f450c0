package cn.anjian.personnel.inspectors;

import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.org.Agencies;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.FlowReturned;
import cn.anjian.workflow.FlowOutcomeHandler;
import cn.anjian.workflow.StepDefinition;
import cn.anjian.workflow.Workflows;
import org.springframework.stereotype.Component;

/**
 * The TI approval chains, defined here in code, run by the one workflow mechanism, and their outcome
 * handler: a plan becomes APPROVED in the same transaction as the government's decision.
 */
@Component
class WorkflowPlanApproval implements PlanApproval, FlowOutcomeHandler {

    /** TI-01 (000 art. 8): drafted by the department, consent of the same-level justice department, approval of the government. */
    static final FlowDefinition PLAN = new FlowDefinition(PLAN_SUBJECT, "技术检查员聘用计划",
            StepDefinition.of("department", "应急管理部门局长审定", "DIRECTOR", AgencyTarget.SAME_AGENCY),
            StepDefinition.of("justice", "同级司法行政部门同意", "DIRECTOR", AgencyTarget.SAME_LEVEL_JUSTICE),
            StepDefinition.of("government", "本级人民政府批准", "DIRECTOR", AgencyTarget.SAME_LEVEL_GOVERNMENT));

    /** TI-15 (000 art. 30): the renewal application goes level by level up to the provincial department. */
    static final FlowDefinition RENEWAL = new FlowDefinition(RENEWAL_SUBJECT, "技术检查员工作证换证",
            StepDefinition.of("review", "逐级审核上报换证申请", "HR", AgencyTarget.ESCALATE_TO_PROVINCE));

    /** At the province itself the escalation is empty: its own HR decides the replacement. */
    static final FlowDefinition RENEWAL_AT_PROVINCE = new FlowDefinition(RENEWAL_SUBJECT, "技术检查员工作证换证",
            StepDefinition.of("province", "省应急管理厅换发工作证", "HR", AgencyTarget.SAME_AGENCY));

    private final Workflows workflows;
    private final Agencies agencies;
    private final Jurisdictions jurisdictions;
    private final HiringPlans plans;
    private final Inspectors inspectors;

    WorkflowPlanApproval(Workflows workflows, Agencies agencies, Jurisdictions jurisdictions,
                         @org.springframework.context.annotation.Lazy HiringPlans plans,
                         @org.springframework.context.annotation.Lazy Inspectors inspectors) {
        this.workflows = workflows;
        this.agencies = agencies;
        this.jurisdictions = jurisdictions;
        this.plans = plans;
        this.inspectors = inspectors;
    }

    @Override
    public long startPlan(long planId, String title, long agencyId, Actor actor) {
        return workflows.start(PLAN, PLAN_SUBJECT, String.valueOf(planId), title,
                "/personnel/inspectors/plans#plan-" + planId, agencyId, actor).value();
    }

    @Override
    public void resubmitPlan(long flowId, Actor actor) {
        workflows.resubmit(new FlowId(flowId), actor, "已按意见修改");
    }

    @Override
    public long startRenewal(long renewalId, long inspectorId, String title, long agencyId, Actor actor) {
        Jurisdiction j = jurisdictions.get(agencies.get(agencyId).jurisdictionId());
        FlowDefinition def = j.level() == Jurisdiction.PROVINCE ? RENEWAL_AT_PROVINCE : RENEWAL;
        return workflows.start(def, RENEWAL_SUBJECT, String.valueOf(renewalId), title,
                "/personnel/inspectors/" + inspectorId, agencyId, actor).value();
    }

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(PLAN, RENEWAL, RENEWAL_AT_PROVINCE);
    }

    @Override
    public void completed(FlowCompleted e) {
        if (e.is(PLAN)) {
            plans.completed(e.subjectKey(), e.approved());
        } else {
            inspectors.renewalCompleted(e.subjectKey(), e.approved());
        }
    }

    @Override
    public void returned(FlowReturned e) {
        if (e.is(PLAN)) {
            plans.returned(e.subjectKey());
        }
    }
}
