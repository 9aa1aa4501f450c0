package cn.anjian.mines.work;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.time.LocalDate;

import cn.anjian.calendar.WorkingCalendar;
import cn.anjian.kernel.BusinessException;
import cn.anjian.settings.Settings;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * MW-01, MW-09: how many remote checks a week asks for. Art. 12's 3; a week with a public holiday (the calendar) asks
 * for the configured extra (setting {@code mines.holiday-extra-remote-checks}); a key period of the mine's jurisdiction
 * or a superior's that touches the week asks for its own count. The highest applies.
 */
@Component
@RequiredArgsConstructor
public class WeekRequirements {

    /** Key periods touching the week :mon..:sun that apply to a mine whose scope path is :mscope. */
    static final String KEY_PERIOD_MAX = """
            SELECT max(k.remote_per_week) FROM mine_key_period k
            WHERE k.withdrawn_at IS NULL AND k.starts_on <= :sun AND k.ends_on >= :mon AND :mscope LIKE k.scope_path || '%'""";

    private final JdbcClient jdbc;
    private final WorkingCalendar calendar;
    private final Settings settings;

    /** The week with its holiday-based requirement (key periods are per mine: see {@link #remoteRequired}). */
    public CoveragePeriod.Week week(LocalDate monday) {
        boolean holiday = false;
        for (int i = 0; i < 7 && !holiday; i++) {
            holiday = holiday(monday.plusDays(i));
        }
        int extra = settings.value(WorkSettings.HOLIDAY_EXTRA_REMOTE, monday);
        return new CoveragePeriod.Week(CoverageRules.isoWeek(monday), monday, CoverageRules.remoteRequired(holiday, extra), holiday);
    }

    /** The remote checks the mine (by its scope path) owes in the week starting {@code monday}. */
    public int remoteRequired(String mineScopePath, LocalDate monday) {
        Integer keyPeriod = jdbc.sql(KEY_PERIOD_MAX).param("mon", Date.valueOf(monday)).param("sun", Date.valueOf(monday.plusDays(6)))
                .param("mscope", mineScopePath).query(Integer.class).optional().orElse(null);
        return CoverageRules.remoteRequired(week(monday).remoteRequired(), keyPeriod);
    }

    private boolean holiday(LocalDate d) {
        try {
            var day = calendar.day(d);
            return !day.workingDay() && day.holidayName() != null;
        } catch (BusinessException e) {
            return false;   // the year's holiday notice is not entered yet: no known holiday
        }
    }
}
