package cn.anjian.enforcement;

import java.time.LocalDate;

import cn.anjian.kernel.Actor;

/** CASE-15 / STAT-07: the party's reconsideration and litigation on a case, as other modules record them. */
public interface CaseRemedies {

    boolean anyRemedy(Actor actor, long caseId);

    /** {@code reviewAgencyId}: the upper-level emergency-management agency that received a reconsideration, or null. */
    void fileRemedy(Actor actor, long caseId, RemedyKind kind, LocalDate filedOn, String body, Long reviewAgencyId);
}
