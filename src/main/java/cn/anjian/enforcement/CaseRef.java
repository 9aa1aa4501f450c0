package cn.anjian.enforcement;

import java.time.Instant;
import java.util.List;

/**
 * What other modules may know about a case. {@code scopePath} is the case's jurisdiction path
 * (ORG-03); {@code teamPersonIds} are the current team (officers and assisting inspectors).
 */
public record CaseRef(long id, String caseNumber, String title, CaseKind kind, CaseStage stage,
                      long agencyId, String scopePath, Long enterpriseId, String partyName,
                      List<Long> teamPersonIds, Instant openedAt, Instant closedAt) {
}
