package cn.anjian.calendar.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;

import cn.anjian.calendar.Due;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class WorkingDayCalculatorTests {

    static final HolidayTable T = ShippedTable.TABLE;

    static LocalDate d(String s) {
        return LocalDate.parse(s);
    }

    @Test
    @DisplayName("CAL-01 all years 2019-2026 ship; 2024 National Day off, 09-29 (Sun) and 10-12 (Sat) are adjusted working days")
    void nationalDay2024() {
        assertThat(T.coveredYears()).containsExactlyInAnyOrder(2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
        for (int day = 1; day <= 7; day++) {
            assertThat(T.isWorkingDay(LocalDate.of(2024, 10, day))).as("2024-10-0" + day).isFalse();
        }
        assertThat(T.isWorkingDay(d("2024-09-29"))).isTrue();
        assertThat(T.isWorkingDay(d("2024-10-12"))).isTrue();
        assertThat(T.isWorkingDay(d("2024-09-28"))).as("ordinary Saturday").isFalse();
        assertThat(T.isWorkingDay(d("2024-10-13"))).as("ordinary Sunday").isFalse();
        assertThat(T.isWorkingDay(d("2024-10-08"))).isTrue();
        assertThat(T.entry(d("2024-10-01")).name()).isEqualTo("国庆节");
    }

    @Test
    @DisplayName("CAL-01 2026 Spring Festival: 02-14 (Sat) and 02-28 (Sat) worked, 02-15..23 off")
    void springFestival2026() {
        assertThat(T.isWorkingDay(d("2026-02-14"))).isTrue();
        assertThat(T.isWorkingDay(d("2026-02-28"))).isTrue();
        for (int day = 15; day <= 23; day++) {
            assertThat(T.isWorkingDay(LocalDate.of(2026, 2, day))).as("2026-02-" + day).isFalse();
        }
        assertThat(T.isWorkingDay(d("2026-02-24"))).isTrue();
    }

    @Test
    @DisplayName("CAL-01 a year without an entered notice is refused with CAL-NO-DATA, never guessed")
    void noDataYear() {
        assertThatThrownBy(() -> T.isWorkingDay(d("2027-01-04")))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.code()).isEqualTo("CAL-NO-DATA");
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.RULE);
                    assertThat(e.getMessage()).contains("2027 年的节假日安排尚未录入");
                });
        // the 2019 notice lists 2018-12-29..31, but 2018 itself was never entered
        assertThatThrownBy(() -> T.isWorkingDay(d("2018-12-29"))).hasMessageContaining("2018");
    }

    @Test
    @DisplayName("CAL-02 5 working days from Fri 2024-09-27 count Sun 09-29 and skip the National Day: due 2024-10-10 24:00")
    void fiveWorkingDaysAcrossNationalDay() {
        Due due = WorkingDayCalculator.addWorkingDays(T, d("2024-09-27"), 5);
        assertThat(due.date()).isEqualTo(d("2024-10-10"));
        assertThat(due.dueAt()).isEqualTo(ZonedDateTime.of(2024, 10, 11, 0, 0, 0, 0, Zones.SHANGHAI).toInstant());
        assertThat(due.dueAt()).isEqualTo(Instant.parse("2024-10-10T16:00:00Z"));
    }

    @Test
    @DisplayName("CAL-02 D itself is not counted; N = 0 is the end of D; adjusted working days count")
    void workingDayBoundaries() {
        assertThat(WorkingDayCalculator.addWorkingDays(T, d("2024-09-28"), 1).date()).isEqualTo(d("2024-09-29"));
        assertThat(WorkingDayCalculator.addWorkingDays(T, d("2024-09-30"), 1).date()).isEqualTo(d("2024-10-08"));
        assertThat(WorkingDayCalculator.addWorkingDays(T, d("2024-10-11"), 1).date()).isEqualTo(d("2024-10-12"));
        assertThat(WorkingDayCalculator.addWorkingDays(T, d("2024-09-27"), 0).date()).isEqualTo(d("2024-09-27"));
        assertThat(WorkingDayCalculator.addWorkingDays(T, d("2024-09-27"), 10).date()).isEqualTo(d("2024-10-16"));
    }

    @Test
    @DisplayName("CAL-02 2026 Spring Festival: from Fri 02-13, 1 WD = Sat 02-14, 2 WD = 02-24; 5 WD from 02-14 = Sat 02-28")
    void springFestivalWorkingDays() {
        assertThat(WorkingDayCalculator.addWorkingDays(T, d("2026-02-13"), 1).date()).isEqualTo(d("2026-02-14"));
        assertThat(WorkingDayCalculator.addWorkingDays(T, d("2026-02-13"), 2).date()).isEqualTo(d("2026-02-24"));
        assertThat(WorkingDayCalculator.addWorkingDays(T, d("2026-02-14"), 5).date()).isEqualTo(d("2026-02-28"));
    }

    @Test
    @DisplayName("CAL-02 crossing December into 2027 (no data) is refused with CAL-NO-DATA")
    void crossingIntoUnknownYear() {
        assertThat(WorkingDayCalculator.addWorkingDays(T, d("2026-12-28"), 3).date()).isEqualTo(d("2026-12-31"));
        assertThatThrownBy(() -> WorkingDayCalculator.addWorkingDays(T, d("2026-12-28"), 4))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("CAL-NO-DATA"));
        assertThatThrownBy(() -> WorkingDayCalculator.addWorkingDays(T, d("2027-01-05"), 0))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("CAL-NO-DATA"));
    }

    @Test
    @DisplayName("CAL-03 3 calendar days from 2024-09-28 land on the National Day and move to 2024-10-08")
    void calendarDaysIntoHoliday() {
        assertThat(WorkingDayCalculator.addCalendarDays(T, d("2024-09-28"), 3).date()).isEqualTo(d("2024-10-08"));
        assertThat(WorkingDayCalculator.addCalendarDays(T, d("2024-09-28"), 1).date()).as("adjusted Sunday").isEqualTo(d("2024-09-29"));
        assertThat(WorkingDayCalculator.addCalendarDays(T, d("2024-10-09"), 3).date()).as("10-12 is a worked Saturday").isEqualTo(d("2024-10-12"));
        assertThat(WorkingDayCalculator.addCalendarDays(T, d("2024-10-10"), 3).date()).as("Sun 10-13 moves to Mon").isEqualTo(d("2024-10-14"));
        assertThat(WorkingDayCalculator.addCalendarDays(T, d("2026-02-13"), 3).date()).isEqualTo(d("2026-02-24"));
        assertThat(WorkingDayCalculator.addCalendarDays(T, d("2024-10-01"), 0).date()).as("0 days on a holiday").isEqualTo(d("2024-10-08"));
    }

    @Test
    @DisplayName("CAL-03 a calendar-day period ending in 2027 (no data) is refused")
    void calendarDaysIntoUnknownYear() {
        assertThatThrownBy(() -> WorkingDayCalculator.addCalendarDays(T, d("2026-12-25"), 10))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("CAL-NO-DATA"));
    }

    @Test
    @DisplayName("CAL-05 hour limits run on wall-clock Beijing time, holidays included")
    void hours() {
        Instant start = LocalDateTime.parse("2024-09-30T20:00").atZone(Zones.SHANGHAI).toInstant();
        Due due = WorkingDayCalculator.addHours(start, 24);
        assertThat(due.dueAt()).isEqualTo(LocalDateTime.parse("2024-10-01T20:00").atZone(Zones.SHANGHAI).toInstant());
        assertThat(due.date()).isEqualTo(d("2024-10-01"));
        // 23:30 Beijing is 15:30 UTC of the same day: the date is the Beijing date
        Due late = WorkingDayCalculator.addHours(LocalDateTime.parse("2024-10-01T22:30").atZone(Zones.SHANGHAI).toInstant(), 1);
        assertThat(late.date()).isEqualTo(d("2024-10-01"));
    }

    @Test
    @DisplayName("CAL-02 invalid input: negative periods and impossible dates are refused as bad input")
    void invalidInput() {
        assertThatThrownBy(() -> WorkingDayCalculator.addWorkingDays(T, d("2024-09-27"), -1))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.BAD_INPUT));
        assertThatThrownBy(() -> YearDataValidator.parseDate("2026-02-30"))
                .isInstanceOfSatisfying(BusinessException.class, e -> {
                    assertThat(e.kind()).isEqualTo(BusinessException.Kind.BAD_INPUT);
                    assertThat(e.getMessage()).contains("2026-02-30");
                });
        assertThatThrownBy(() -> YearDataValidator.parseDate("2024-13-01")).isInstanceOf(BusinessException.class);
        assertThatThrownBy(() -> YearDataValidator.parseDate("yesterday")).isInstanceOf(BusinessException.class);
    }

    @Test
    @DisplayName("CAL-04 working days in a suspended stretch [from, to) skip holidays")
    void workingDaysBetween() {
        assertThat(WorkingDayCalculator.workingDaysBetween(T, d("2024-09-30"), d("2024-10-09"))).isEqualTo(2);
        assertThat(WorkingDayCalculator.workingDaysBetween(T, d("2024-09-30"), d("2024-09-30"))).isZero();
    }
}
