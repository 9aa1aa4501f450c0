package cn.anjian.enforcement;

import java.time.Instant;

/** Published in the transition's transaction (listeners that refuse roll it back). */
public record CaseStageChanged(long caseId, CaseStage from, CaseStage to, Instant at, String actor) {
}
