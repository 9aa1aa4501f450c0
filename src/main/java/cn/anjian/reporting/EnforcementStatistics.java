package cn.anjian.reporting;

import cn.anjian.kernel.Actor;

/**
 * STAT-01, STAT-04..STAT-09: the enforcement statistical table of a jurisdiction subtree and a period, every figure
 * derived from the records (the half-year briefing, SS-06, and the home dashboards read it here).
 */
public interface EnforcementStatistics {

    /** A trusted caller's table (no scope check: the caller decided who sees it). */
    StatTable table(long jurisdictionId, StatPeriod period);

    /** The table for a jurisdiction in the actor's scope (404 otherwise). */
    StatTable table(Actor actor, long jurisdictionId, StatPeriod period);

    /**
     * Only the named figures of the trusted caller's table, in the order given (the heads' home card): each computed as
     * in {@link #table(long, StatPeriod)}, so the same number as on the statistics page, with the same
     * {@link StatTable#recordsLink}. An unknown key is a 400.
     */
    StatTable figures(long jurisdictionId, StatPeriod period, java.util.List<String> keys);
}
