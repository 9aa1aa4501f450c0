package cn.anjian.enforcement;

import java.time.Instant;

/** The case decision was issued (after every {@link DecisionIssuanceGuard} agreed). */
public record DecisionIssued(long caseId, CaseDecision decision, String documentNumber, Instant at, String actor) {
}
