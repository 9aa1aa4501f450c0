package cn.anjian.enforcement;

import java.time.Instant;
import java.util.List;

/**
 * Published when a case's enforcement team is set (in the same transaction), naming the people newly put on it
 * (not those who stay): their person ids and full names, and the case's agency, for downstream notices.
 */
public record CaseTeamAssigned(long caseId, String caseTitle, long agencyId, List<Long> personIds,
                               List<String> names, Instant at, String actor) {
}
