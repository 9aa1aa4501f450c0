package cn.anjian.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

import cn.anjian.calendar.WorkingCalendar;
import cn.anjian.kernel.BusinessException;

/**
 * An immutable snapshot of the official calendar (CAL-01): the days the notices list and the years
 * whose notice has been entered. Pure: shared by the calculator, the cache and the tests.
 */
public record HolidayTable(Map<LocalDate, Entry> days, Set<Integer> coveredYears, long version) {

    /** A listed day: a public holiday ({@code offDay}) or an adjusted working day (调休上班). */
    public record Entry(String name, boolean offDay) {
    }

    public HolidayTable {
        days = Map.copyOf(days);
        coveredYears = Set.copyOf(coveredYears);
    }

    public void requireCovered(LocalDate date) {
        if (!coveredYears.contains(date.getYear())) {
            throw new BusinessException(WorkingCalendar.NO_DATA, date.getYear()
                    + " 年的节假日安排尚未录入，无法计算工作日（涉及日期 " + date
                    + "）。请系统管理员在“节假日维护”中录入国务院办公厅通知后再试。");
        }
    }

    /** CAL-01: not a public holiday and (Mon–Fri or an adjusted working day). */
    public boolean isWorkingDay(LocalDate date) {
        requireCovered(date);
        Entry e = days.get(date);
        if (e != null) {
            return !e.offDay();
        }
        DayOfWeek dow = date.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    public Entry entry(LocalDate date) {
        requireCovered(date);
        return days.get(date);
    }
}
