package cn.anjian.personnel;

import cn.anjian.kernel.Actor;

/**
 * Enforcement officers (OFF) as other modules see them: the scoped list (e.g. team candidates) and
 * whether a person is an officer. May a person enforce on a day: {@link EnforcerEligibility}. The
 * officers' own pages, API and Excel import work through the officers feature's service.
 */
public interface Officers {

    /** Whether the person holds the officer role (trusted, unscoped). */
    boolean isOfficer(long personId);

    /** Officers in the actor's scope (ORG-03), filtered, paginated. */
    PageResult<OfficerRow> list(Actor actor, OfficerFilter filter, int page, int size);
}
