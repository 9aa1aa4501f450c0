package cn.anjian.mines.work;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

/**
 * The period a coverage view judges: one ISO week, or a calendar month with the ISO weeks whose Thursday lies in it
 * (their checks are counted over the whole Monday–Sunday week) and the month's days for the sites and systems.
 */
public record CoveragePeriod(String label, boolean month, String param, List<Week> weeks, LocalDate monthFrom,
                             LocalDate monthTo) {

    /** One ISO week and the remote checks it asks for (MW-01, more in a holiday or key period: MW-09). */
    public record Week(String isoWeek, LocalDate monday, int remoteRequired, boolean intensified) {
        public LocalDate sunday() {
            return monday.plusDays(6);
        }
    }

    public LocalDate from() {
        return weeks.isEmpty() ? monthFrom : weeks.get(0).monday().isBefore(monthFrom) ? weeks.get(0).monday() : monthFrom;
    }

    public LocalDate to() {
        LocalDate last = weeks.isEmpty() ? monthTo : weeks.get(weeks.size() - 1).sunday();
        return last.isAfter(monthTo) ? last : monthTo;
    }

    static CoveragePeriod ofWeek(Week w) {
        return new CoveragePeriod(w.isoWeek().replace("-W", " 年第 ") + " 周（" + w.monday() + " 至 " + w.sunday() + "）", false,
                w.isoWeek(), List.of(w), w.monday(), w.sunday());
    }

    static CoveragePeriod ofMonth(YearMonth m, List<Week> weeks) {
        return new CoveragePeriod(m.getYear() + " 年 " + m.getMonthValue() + " 月", true, m.toString(), weeks, m.atDay(1),
                m.atEndOfMonth());
    }
}
