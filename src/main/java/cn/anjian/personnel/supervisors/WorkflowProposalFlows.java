package cn.anjian.personnel.supervisors;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Actor;
import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.StepDefinition;
import cn.anjian.workflow.Workflows;
import org.springframework.stereotype.Component;

/**
 * SS-03 on the one approval mechanism: the appointing department's director settles the proposal,
 * then it is escalated level by level (ORG-04: county → city → province, no level skipped) to the
 * provincial department, whose approval issues the certificate. Upper levels decide through their
 * HR (人事教育) staff, who keep the supervisor records. Renewal (SS-07 → TI-15) travels the same way.
 */
@Component
@RequiredArgsConstructor
class WorkflowProposalFlows implements ProposalFlows {

    static final FlowDefinition APPOINTMENT = new FlowDefinition("ss-appointment", "社会监督员聘任申报",
            StepDefinition.of("department", "本部门审定聘任意见", "DIRECTOR", AgencyTarget.SAME_AGENCY),
            StepDefinition.of("review", "逐级审核（省应急管理厅审定并颁发工作证）", "HR", AgencyTarget.ESCALATE_TO_PROVINCE));

    static final FlowDefinition RENEWAL = new FlowDefinition("ss-renewal", "社会监督员续聘申报",
            StepDefinition.of("department", "本部门审定续聘意见", "DIRECTOR", AgencyTarget.SAME_AGENCY),
            StepDefinition.of("review", "逐级审核（省应急管理厅审定并换发工作证）", "HR", AgencyTarget.ESCALATE_TO_PROVINCE));

    private final Workflows workflows;

    @Override
    public long start(Actor actor, long supervisorId, long agencyId, String title, boolean renewal) {
        return workflows.start(renewal ? RENEWAL : APPOINTMENT, SUBJECT_TYPE, String.valueOf(supervisorId), title,
                "/personnel/supervisors/" + supervisorId, agencyId, actor).value();
    }
}
