package cn.anjian.personnel.inspectors;

import cn.anjian.kernel.Actor;

/**
 * The approval chains this feature starts in the workflow module: TI-01 (department → same-level
 * justice consent → same-level government approval) and TI-15 (renewal escalated level by level to
 * the province). Behind a small interface so the domain services do not depend on the chain's shape.
 */
interface PlanApproval {

    String PLAN_SUBJECT = "ti-hiring-plan";
    String RENEWAL_SUBJECT = "ti-certificate-renewal";

    long startPlan(long planId, String title, long agencyId, Actor actor);

    /** A plan returned for revision goes back into the same flow, from its first step. */
    void resubmitPlan(long flowId, Actor actor);

    long startRenewal(long renewalId, long inspectorId, String title, long agencyId, Actor actor);
}
