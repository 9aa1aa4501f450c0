package cn.anjian.calendar;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The official working-day calendar (CAL-01..03, CAL-05). Every method refuses with
 * {@code BusinessException} code {@code CAL-NO-DATA} when a day it needs lies in a year whose holiday
 * notice has not been entered: the answer would otherwise be a guess.
 */
public interface WorkingCalendar {

    String NO_DATA = "CAL-NO-DATA";

    CalendarDay day(LocalDate date);

    /** CAL-02: D not counted; due at the end of the N-th working day after D. */
    Due addWorkingDays(LocalDate from, int workingDays);

    /** CAL-03: D not counted; a last day that is a rest day moves to the next working day. */
    Due addCalendarDays(LocalDate from, int calendarDays);

    /** CAL-05: wall-clock hours in Asia/Shanghai. */
    Due addHours(Instant from, long hours);
}
