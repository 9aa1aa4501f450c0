package cn.anjian.enforcement;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * CASE-06 "一公开": the result of a double-random draw was made public. Published inside the
 * publishing transaction; the publicity module turns it into a public notice. Officer names are
 * given in full; the notice masks them as it does every name (PUB-12).
 */
public record RandomDrawPublished(long drawId, long agencyId, String agencyName, long jurisdictionId, String scopePath,
                                  String title, LocalDate drawDay, int poolSize, List<Entry> entries, Instant at,
                                  String actor) {

    public RandomDrawPublished {
        entries = List.copyOf(entries);
    }

    /** A drawn enterprise and the officers matched to it (empty when it could not be staffed). */
    public record Entry(String enterpriseName, List<String> officerNames) {
    }
}
