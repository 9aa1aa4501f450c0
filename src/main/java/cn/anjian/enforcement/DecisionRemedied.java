package cn.anjian.enforcement;

import java.time.Instant;
import java.time.LocalDate;

/**
 * CASE-15: the outcome of a reconsideration (复议) or lawsuit (诉讼) against the case decision was recorded. Published by
 * the remedy when its outcome is recorded, whatever the outcome; {@code outcome.againstDecision()} says whether the
 * decision was revoked, changed or confirmed illegal (what the published entry must then explain, PUB-08).
 *
 * @param body  the reconsideration body or the court (a public authority's name)
 * @param actor the user who recorded the outcome
 */
public record DecisionRemedied(long caseId, long remedyId, RemedyKind kind, RemedyOutcome outcome, LocalDate decidedOn,
                               String body, Instant at, String actor) {
}
