package cn.anjian.calendar.web;

import java.time.LocalDate;
import java.util.List;

import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.Period;
import cn.anjian.calendar.internal.YearDataValidator;
import cn.anjian.kernel.BusinessException;

/** Parameter parsing with Chinese messages (all BAD_INPUT → 400). */
final class Params {
    private Params() {
    }

    static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.badInput("MISSING-PARAMETER", "缺少参数 " + name + "（格式 YYYY-MM-DD）");
        }
        try {
            return YearDataValidator.parseDate(value);
        } catch (BusinessException e) {
            throw BusinessException.badInput("BAD-DATE", "参数 " + name + " 的日期“" + abbreviate(value)
                    + "”无效：须为存在的日期，格式 YYYY-MM-DD");
        }
    }

    static LocalDate optionalDate(String name, String value) {
        return value == null || value.isBlank() ? null : date(name, value);
    }

    static int days(String name, String value) {
        int n;
        try {
            n = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.badInput("BAD-PARAMETER", "参数 " + name + " 须为 0 到 " + Period.MAX_DAYS + " 之间的整数");
        }
        if (n < 0 || n > Period.MAX_DAYS) {
            throw BusinessException.badInput("BAD-PARAMETER", "参数 " + name + " 须为 0 到 " + Period.MAX_DAYS + " 之间的整数");
        }
        return n;
    }

    static int year(String value) {
        try {
            int y = Integer.parseInt(value.strip());
            YearDataValidator.requireYear(y);
            return y;
        } catch (NumberFormatException e) {
            throw BusinessException.badInput("BAD-PARAMETER", "年份“" + abbreviate(value) + "”格式不正确");
        }
    }

    static Long id(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long v = Long.parseLong(value.strip());
            if (v <= 0) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw BusinessException.badInput("BAD-PARAMETER", "参数 " + name + " 须为正整数");
        }
    }

    static int page(String value) {
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            int p = Integer.parseInt(value.strip());
            if (p < 0 || p > 100_000) {
                throw new NumberFormatException();
            }
            return p;
        } catch (NumberFormatException e) {
            throw BusinessException.badInput("BAD-PARAMETER", "参数 page 须为 0 到 100000 之间的整数");
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
            return List.of(DeadlineState.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw BusinessException.badInput("BAD-PARAMETER", "参数 state 须为 OPEN、OVERDUE、MET 或 WAIVED");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
