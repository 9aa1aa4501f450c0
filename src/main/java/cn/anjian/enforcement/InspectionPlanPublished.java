package cn.anjian.enforcement;

import java.time.Instant;
import java.util.List;

/**
 * CASE-07: an approved annual supervision and inspection plan was published (001 公示 art. 6(2)).
 * Published inside the publishing transaction; the publicity module turns it into a public notice.
 * {@code supersededPlanId} names the plan this revision replaces (its notice is withdrawn), with the
 * recorded reason.
 */
public record InspectionPlanPublished(long planId, long agencyId, String agencyName, long jurisdictionId,
                                      String scopePath, int year, String title, int revision, Long supersededPlanId,
                                      String revisionReason, List<Item> items, Instant at, String actor) {

    public InspectionPlanPublished {
        items = List.copyOf(items);
    }

    /** One line of the plan as the public sees it: what, what is checked, when, by whom, how many. */
    public record Item(String target, String content, String period, String responsibleUnit, int plannedCount) {
    }
}
