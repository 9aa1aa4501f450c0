package cn.anjian.complaints;

import cn.anjian.kernel.Actor;

/**
 * Key figures of complaints, tips and supervisors' submissions in the actor's scope for the heads' home dashboard
 * (issue 19), each the count of the list it links to: waiting to be accepted ({@code /complaints/submissions?status=SUBMITTED})
 * and overdue ({@code /complaints/submissions?overdue=true}).
 */
public interface SubmissionFigures {

    long waiting(Actor actor);

    long overdue(Actor actor);
}
