package cn.anjian.calendar;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** How a deadline's period is counted: CAL-02 working days, CAL-03 calendar days, CAL-05 hours. */
@Getter
@RequiredArgsConstructor
public enum PeriodKind {
    WORKING_DAYS("个工作日"), CALENDAR_DAYS("日"), HOURS("小时");

    private final String unit;
}
