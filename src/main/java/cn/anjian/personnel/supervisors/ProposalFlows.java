package cn.anjian.personnel.supervisors;

import cn.anjian.kernel.Actor;

/**
 * SS-03: the appointment (or renewal) proposal travels level by level (ORG-04) from the appointing
 * department to the provincial department through the one approval mechanism (workflow). The outcome
 * comes back to {@link SupervisorService#flowFinished}.
 */
interface ProposalFlows {

    String SUBJECT_TYPE = "supervisor";

    /** Starts the flow and returns its id. */
    long start(Actor actor, long supervisorId, long agencyId, String title, boolean renewal);
}
