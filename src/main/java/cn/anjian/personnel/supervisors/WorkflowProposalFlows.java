package cn.anjian.personnel.supervisors;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import org.springframework.stereotype.Component;

/** Placeholder until the workflow API is on main. */
@Component
class WorkflowProposalFlows implements ProposalFlows {

    @Override
    public long start(Actor actor, long supervisorId, long agencyId, String title, boolean renewal) {
        throw new BusinessException("SS-03-WORKFLOW", "审批流程尚未启用");
    }
}
