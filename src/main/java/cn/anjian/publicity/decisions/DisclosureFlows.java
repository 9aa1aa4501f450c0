package cn.anjian.publicity.decisions;

import java.util.EnumSet;
import java.util.Set;

import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.StepDefinition;

/**
 * The approvals of decision disclosure, on the one approval mechanism; started by whoever submits (four eyes keeps him
 * out of every step, WF-FOUR-EYES).
 */
final class DisclosureFlows {

    private DisclosureFlows() {
    }

    /** Approve or reject: a rejected submission goes back to the undertaking unit as a draft. */
    private static final Set<Decision> DECIDE = EnumSet.of(Decision.APPROVE, Decision.REJECT);

    /** PUB-11: the office reviews the disclosure content, the director approves it (局长办公会审定). */
    static final FlowDefinition DISCLOSURE = new FlowDefinition("publicity-disclosure", "执法决定信息公开审核",
            new StepDefinition("office", "办公室审核公开内容", "GENERAL_OFFICE", AgencyTarget.SAME_AGENCY, DECIDE, null),
            new StepDefinition("director", "局长办公会审定", "DIRECTOR", AgencyTarget.SAME_AGENCY, DECIDE, null));

    /** PUB-07: a result published three years leaves the portal with the undertaking unit head's approval. */
    static final FlowDefinition WITHDRAWAL = new FlowDefinition("publicity-withdrawal", "执法决定公示期满撤下",
            new StepDefinition("unit-head", "承办机构负责人批准撤下", "UNIT_HEAD", AgencyTarget.SAME_AGENCY, DECIDE, null));
}
