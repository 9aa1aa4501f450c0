package cn.anjian.calendar;

import java.time.Instant;
import java.time.LocalDate;

import cn.anjian.kernel.Zones;

/**
 * A due date "until 24:00 of that day" (Beijing time): {@code date} is the last day, {@code dueAt} the
 * exclusive instant it ends (start of the next day in Asia/Shanghai). Hour-based limits (CAL-05) have
 * {@code date} = the day of {@code dueAt}.
 */
public record Due(LocalDate date, Instant dueAt) {

    public static Due endOf(LocalDate date) {
        return new Due(date, date.plusDays(1).atStartOfDay(Zones.SHANGHAI).toInstant());
    }

    public static Due at(Instant instant) {
        return new Due(instant.atZone(Zones.SHANGHAI).toLocalDate(), instant);
    }
}
