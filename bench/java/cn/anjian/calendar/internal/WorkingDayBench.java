package cn.anjian.calendar.internal;

import java.time.LocalDate;
import java.util.SplittableRandom;

import org.junit.jupiter.api.Test;

/**
 * Deadline arithmetic on the in-memory holiday snapshot (the hot path of every deadline computation):
 * 10-working-day and 15-calendar-day dues from random start dates in 2019–2026.
 * Run: ./mvnw -q -Pbench test -Dtest=WorkingDayBench
 */
class WorkingDayBench {

    @Test
    void addWorkingDays() {
        HolidayTable t = ShippedTable.TABLE;
        LocalDate base = LocalDate.of(2019, 1, 1);
        int span = (int) (LocalDate.of(2026, 12, 1).toEpochDay() - base.toEpochDay());
        SplittableRandom rnd = new SplittableRandom(42);
        long sink = 0;
        for (int warm = 0; warm < 200_000; warm++) {
            sink += WorkingDayCalculator.addWorkingDays(t, base.plusDays(rnd.nextInt(span)), 10).date().getDayOfMonth();
        }
        int n = 1_000_000;
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += WorkingDayCalculator.addWorkingDays(t, base.plusDays(rnd.nextInt(span)), 10).date().getDayOfMonth();
        }
        long wd = System.nanoTime() - start;
        start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            sink += WorkingDayCalculator.addCalendarDays(t, base.plusDays(rnd.nextInt(span)), 15).date().getDayOfMonth();
        }
        long cd = System.nanoTime() - start;
        System.out.printf("addWorkingDays(10): %,.0f ops/s (%.2f µs/op); addCalendarDays(15): %,.0f ops/s (%.2f µs/op) [sink %d]%n",
                n / (wd / 1e9), wd / 1e3 / n, n / (cd / 1e9), cd / 1e3 / n, sink);
    }
}
