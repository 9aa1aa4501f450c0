package cn.anjian.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * STAT-02 for the enforcement statistics: the legal-publicity activities entered by hand (the only figures that are),
 * counted per kind for a jurisdiction's subtree and a date range (both ends inclusive, the activity's date). Every
 * kind appears, with zeros when nothing was entered. The records behind a figure: {@code /reporting/publicity-activities?j=&kind=&from=&to=}.
 */
public interface PublicityActivities {

    List<KindCount> counts(long jurisdictionId, LocalDate from, LocalDate to);

    /** One kind's figures: how many activities were entered and their total quantity (in the kind's unit). */
    record KindCount(PublicityActivityKind kind, long activities, long quantity) {
    }
}
