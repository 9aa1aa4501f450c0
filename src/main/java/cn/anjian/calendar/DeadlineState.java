package cn.anjian.calendar;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * CAL-06 states. A suspended deadline stays OPEN with its clock stopped (see {@link DeadlineView#suspended()}).
 * PENDING: accepted, but its due falls in a year whose holiday data is not entered yet (CAL-01: never
 * guessed); it opens (its due is computed) as soon as that year is entered.
 */
@Getter
@RequiredArgsConstructor
public enum DeadlineState {
    PENDING("待节假日数据"), OPEN("进行中"), MET("已完成"), OVERDUE("已逾期"), WAIVED("已豁免");

    private final String label;
}
