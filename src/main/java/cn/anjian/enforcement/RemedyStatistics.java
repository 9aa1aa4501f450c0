package cn.anjian.enforcement;

import java.time.LocalDate;
import java.util.Map;

import cn.anjian.kernel.Actor;

/**
 * STAT-07: reconsiderations and lawsuits against the bureau's case decisions, counted in the actor's scope (ORG-03)
 * by the day they were filed ({@code from}..{@code to}, both inclusive).
 */
public interface RemedyStatistics {

    /** Counts per kind and outcome; {@code outcome} null = still pending. */
    record Count(RemedyKind kind, RemedyOutcome outcome, long count) {
    }

    java.util.List<Count> count(Actor actor, LocalDate from, LocalDate to);

    /** Filed per kind (pending included). */
    Map<RemedyKind, Long> filed(Actor actor, LocalDate from, LocalDate to);
}
