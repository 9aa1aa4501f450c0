package cn.anjian.personnel.officers;

import java.math.BigDecimal;

/** OFF-02: an officer short of the yearly training requirement (< 24 class hours or no training in the year). */
record ShortfallRow(long personId, String name, String agencyName, String unitName, int year,
                           BigDecimal hours, int trainings, BigDecimal missingHours) {
}
