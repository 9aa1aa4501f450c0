package cn.anjian.calendar.web;

import java.util.List;
import java.util.Locale;

import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.Period;
import cn.anjian.calendar.internal.YearDataValidator;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;

/** The calendar's own parameter types; ids, dates and pages go through {@link Params}. */
final class CalendarParams {
    private CalendarParams() {
    }

    static int days(String name, String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.badInput("BAD-PARAMETER", "参数 " + name + " 须为 0 到 " + Period.MAX_DAYS + " 之间的整数");
        }
        return Params.integer("参数 " + name + " ", value, 0, 0, Period.MAX_DAYS);
    }

    static int year(String value) {
        try {
            int y = Integer.parseInt(value.strip());
            YearDataValidator.requireYear(y);
            return y;
        } catch (NumberFormatException e) {
            throw BusinessException.badInput("BAD-PARAMETER", "年份“" + Params.abbreviate(value) + "”格式不正确");
        }
    }

    static String ruleId(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > 30) {
            throw BusinessException.badInput("BAD-PARAMETER", "规则编号不超过 30 字");
        }
        return value.strip();
    }

    static List<DeadlineState> states(String value) {
        if (value == null || value.isBlank()) {
            return List.of();
        }
        try {
            return List.of(DeadlineState.valueOf(value.strip().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw BusinessException.badInput("BAD-PARAMETER", "参数 state 须为 OPEN、OVERDUE、MET 或 WAIVED");
        }
    }
}
