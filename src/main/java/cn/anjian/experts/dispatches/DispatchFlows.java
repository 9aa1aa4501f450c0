package cn.anjian.experts.dispatches;

import java.util.List;

import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.StepDefinition;

/** The approvals of expert use, as seed 002 orders them (all decided by others than the requester: four eyes). */
final class DispatchFlows {

    /** EXP-09 / EXP-10: the dispatch approval form (annex 4) signed by the deputy director in charge (art. 11(1)1, 3). */
    static final FlowDefinition DISPATCH = new FlowDefinition("expert-dispatch", "专家服务派遣审批",
            StepDefinition.of("deputy", "分管领导审签", "DEPUTY_DIRECTOR", AgencyTarget.SAME_AGENCY));
    /** EXP-09: replacing a dispatched expert needs the same approval (art. 11(1)2). */
    static final FlowDefinition REPLACE = new FlowDefinition("expert-dispatch-replace", "更换派遣专家审批",
            StepDefinition.of("deputy", "分管领导批准更换", "DEPUTY_DIRECTOR", AgencyTarget.SAME_AGENCY));
    /** EXP-11: a unit's fixed experts are approved by the director's office meeting (art. 11(1)4). */
    static final FlowDefinition FIXED = new FlowDefinition("expert-fixed", "相对固定专家审定",
            StepDefinition.of("director", "局长办公会审定", "DIRECTOR", AgencyTarget.SAME_AGENCY));
    /** EXP-12: a unit outside the bureau applies (annex 5); the executive deputy leader approves (art. 11(2)). */
    static final FlowDefinition USE_APPLICATION = new FlowDefinition("expert-use-application", "外单位使用专家申请",
            StepDefinition.of("deputy", "专家管理工作领导小组常务副组长批准", "DEPUTY_DIRECTOR", AgencyTarget.SAME_AGENCY));
    /** EXP-16: dispatch form + quality register → HR → expert office → leader → finance (art. 20). */
    static final FlowDefinition REIMBURSEMENT = new FlowDefinition("expert-reimbursement", "专家劳务报酬报销",
            StepDefinition.of("hr", "人事教育培训股审核汇总", "HR", AgencyTarget.SAME_AGENCY),
            StepDefinition.of("office", "专家管理工作办公室审核", "UNIT_HEAD", AgencyTarget.SAME_AGENCY),
            StepDefinition.of("leader", "领导签批", "DEPUTY_DIRECTOR", AgencyTarget.SAME_AGENCY),
            StepDefinition.of("finance", "财务室办理报销", "GENERAL_OFFICE", AgencyTarget.SAME_AGENCY));

    static final List<FlowDefinition> ALL = List.of(DISPATCH, REPLACE, FIXED, USE_APPLICATION, REIMBURSEMENT);

    private DispatchFlows() {
    }
}
