package cn.anjian.workflow;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * Which agency decides a step, resolved to a concrete agency when the flow starts (and stored, so a
 * later change in code or in the organisation never re-routes a running flow).
 */
@Getter
@RequiredArgsConstructor
public enum AgencyTarget {
    /** The agency of the previous step (the initiating agency for the first step). */
    SAME_AGENCY("本机构"),
    /** The justice department (司法行政部门) of the previous step's jurisdiction. */
    SAME_LEVEL_JUSTICE("同级司法行政部门"),
    /** The people's government (人民政府) of the previous step's jurisdiction. */
    SAME_LEVEL_GOVERNMENT("同级人民政府"),
    /** The same kind of agency as the previous step's, one level up (ORG-04). */
    NEXT_LEVEL_UP("上一级机构"),
    /**
     * ORG-04 逐级申报: expands at start into one step per level, from the level above the initiating
     * agency up to the province, same agency kind as the initiating agency; no level can be skipped.
     * Step keys become {@code <key>-<level>} (e.g. {@code review-2} for the city, {@code review-1} for
     * the province); at the province itself it expands to nothing.
     */
    ESCALATE_TO_PROVINCE("逐级上报至省级");

    private final String label;
}
