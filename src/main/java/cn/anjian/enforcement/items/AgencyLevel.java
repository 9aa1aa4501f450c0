package cn.anjian.enforcement.items;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** CASE-17: the level of the agencies that exercise an enforcement item (实施层级). */
@Getter
@RequiredArgsConstructor
public enum AgencyLevel {
    PROVINCE("省级"),
    CITY("设区的市级"),
    COUNTY("县级"),
    ALL("省、市、县三级");

    private final String label;
}
