package cn.anjian.calendar.internal;

import java.time.Instant;
import java.time.LocalDate;

import cn.anjian.calendar.Due;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;

/** Pure deadline arithmetic over a {@link HolidayTable} (CAL-02, CAL-03, CAL-05). */
public final class WorkingDayCalculator {

    private WorkingDayCalculator() {
    }

    /** CAL-02: D itself not counted; due = end of the N-th working day after D (N = 0: end of D). */
    public static Due addWorkingDays(HolidayTable table, LocalDate from, long n) {
        requireNonNegative(n);
        table.requireCovered(from);
        LocalDate d = from;
        for (long counted = 0; counted < n; ) {
            d = d.plusDays(1);
            if (table.isWorkingDay(d)) {
                counted++;
            }
        }
        return Due.endOf(d);
    }

    /** CAL-03: D not counted; a last day that is a holiday or weekend rest day moves to the next working day. */
    public static Due addCalendarDays(HolidayTable table, LocalDate from, long n) {
        requireNonNegative(n);
        table.requireCovered(from);
        return Due.endOf(rollForward(table, from.plusDays(n)));
    }

    static LocalDate rollForward(HolidayTable table, LocalDate day) {
        LocalDate d = day;
        while (!table.isWorkingDay(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** CAL-05: wall-clock hours in Asia/Shanghai (no DST there today, but stated so it stays correct). */
    public static Due addHours(Instant from, long hours) {
        requireNonNegative(hours);
        return Due.at(from.atZone(Zones.SHANGHAI).plusHours(hours).toInstant());
    }

    /** Working days in the half-open date range [from, toExclusive) — the CAL-04 suspended stretch. */
    public static long workingDaysBetween(HolidayTable table, LocalDate from, LocalDate toExclusive) {
        long count = 0;
        for (LocalDate d = from; d.isBefore(toExclusive); d = d.plusDays(1)) {
            if (table.isWorkingDay(d)) {
                count++;
            }
        }
        return count;
    }

    private static void requireNonNegative(long n) {
        if (n < 0) {
            throw BusinessException.badInput("CAL-PERIOD", "期限数值不能为负数");
        }
    }
}
