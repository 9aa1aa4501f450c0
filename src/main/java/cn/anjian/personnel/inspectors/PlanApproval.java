package cn.anjian.personnel.inspectors;

import cn.anjian.kernel.Actor;

/**
 * The approval chains this feature starts in the workflow module: TI-01 (department → same-level
 * justice consent → same-level government approval) and TI-15 (renewal escalated level by level to
 * the province). Behind an interface so the domain services stay testable without the chain.
 */
interface PlanApproval {

    String PLAN_SUBJECT = "ti-hiring-plan";
    String RENEWAL_SUBJECT = "ti-certificate-renewal";

    long startPlan(long planId, String title, long agencyId, Actor actor);

    long startRenewal(long renewalId, String title, long agencyId, Actor actor);
}
