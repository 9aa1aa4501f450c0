package cn.anjian.personnel.common;

import java.time.LocalDate;

/**
 * TI-15 (and SS-07 "renewal as TI-15"): the one computation of when a renewal is due. The application
 * reaches the province no later than three months before the last valid day; reminders start that
 * day; a later application is accepted but flagged late. Inspectors' certificates and supervisors'
 * terms both use it, so their due dates never differ.
 */
public final class RenewalDue {

    /** 000 art. 30: 期满前三个月. */
    public static final int MONTHS = 3;

    private RenewalDue() {
    }

    /** The last day an application is on time, for a certificate or term valid through {@code lastValidDay}. */
    public static LocalDate dueBy(LocalDate lastValidDay) {
        return lastValidDay.minusMonths(MONTHS);
    }

    /** Applied after the due day: accepted, flagged late. */
    public static boolean late(LocalDate lastValidDay, LocalDate appliedOn) {
        return appliedOn.isAfter(dueBy(lastValidDay));
    }

    /** Reminders from the due day on (inclusive). */
    public static boolean reminder(LocalDate lastValidDay, LocalDate today) {
        return lastValidDay != null && !today.isBefore(dueBy(lastValidDay));
    }
}
