package cn.anjian.enforcement;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.anjian.kernel.Actor;

/**
 * Complaints, tips and social supervisors' clues as the basis of a case (CASE-04), implemented by the module that
 * keeps them (complaints). The interface lives here so that complaints may open a case from a tip (it depends on
 * enforcement) while enforcement never depends on complaints. Read in the actor's scope only (ORG-03); the submitter's
 * identity is never part of it.
 */
public interface SubmissionOrigins {

    /** At most this many open submissions are offered. */
    int LIMIT = 200;

    /**
     * A submission as a basis document: its title, tracking code (the number), the day it arrived, and whether it came
     * from a social supervisor (社会监督员线索) or the public (投诉举报).
     */
    record SubmissionOrigin(long id, String title, String trackingCode, LocalDate submittedOn, boolean fromSupervisor,
                            String enterpriseName, boolean answered) {

        public String sourceLabel() {
            return fromSupervisor ? "社会监督员线索" : "投诉举报";
        }
    }

    /** The submissions not yet answered in the actor's scope, newest first (at most {@link #LIMIT}). */
    List<SubmissionOrigin> open(Actor actor);

    /** One submission in the actor's scope (answered or not); empty when missing or out of scope. */
    Optional<SubmissionOrigin> find(Actor actor, long id);
}
