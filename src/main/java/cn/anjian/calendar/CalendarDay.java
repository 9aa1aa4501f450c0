package cn.anjian.calendar;

import java.time.LocalDate;

/** One day of the official calendar (CAL-01): a working day or not, and the holiday's name if the notice lists it. */
public record CalendarDay(LocalDate date, boolean workingDay, String holidayName, boolean adjustedWorkingDay) {
}
