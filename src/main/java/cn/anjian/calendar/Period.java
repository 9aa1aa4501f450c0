package cn.anjian.calendar;

import cn.anjian.kernel.BusinessException;

/** A time limit such as "10 working days" or "24 hours". */
public record Period(PeriodKind kind, int amount) {

    public static final int MAX_DAYS = 3650;
    public static final int MAX_HOURS = 24 * 3650;

    public Period {
        if (kind == null) {
            throw BusinessException.badInput("CAL-PERIOD", "期限类型不能为空");
        }
        int max = kind == PeriodKind.HOURS ? MAX_HOURS : MAX_DAYS;
        if (amount < 0 || amount > max) {
            throw BusinessException.badInput("CAL-PERIOD", "期限数值须在 0 到 " + max + " 之间");
        }
    }

    public static Period workingDays(int n) {
        return new Period(PeriodKind.WORKING_DAYS, n);
    }

    public static Period calendarDays(int n) {
        return new Period(PeriodKind.CALENDAR_DAYS, n);
    }

    public static Period hours(int n) {
        return new Period(PeriodKind.HOURS, n);
    }

    public String label() {
        return amount + kind.unit();
    }
}
