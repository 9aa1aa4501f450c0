package cn.anjian.personnel.officers;

import java.util.List;

/** OFF-06: whether the officer may be considered for the year's excellence awards, with reasons if not. */
public record AwardEligibility(long personId, int year, boolean eligible, List<String> reasons) {
}
