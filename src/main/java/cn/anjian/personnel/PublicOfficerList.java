package cn.anjian.personnel;

import java.time.LocalDate;
import java.util.List;

/**
 * The public officer list (PUB-01, issue 14 item 2): officers of a jurisdiction subtree holding an enforcement
 * certificate valid on a day, with its number — names and certificate numbers are public (公示 art. 6), nothing else
 * of the person (no ID card, no phone). One row per valid certificate, by agency and name.
 */
public interface PublicOfficerList {

    record Holder(String name, String agencyName, String unitName, String certificateNumber, String kindLabel,
                  LocalDate validTo) {
    }

    record Page(List<Holder> items, int page, int size, long total) {
        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    /** Valid certificates on {@code day} of officers whose scope lies under {@code scopePath} (a path such as /1/5/). */
    Page validHolders(String scopePath, LocalDate day, int page, int size);
}
