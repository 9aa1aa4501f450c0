package cn.anjian.kernel;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Request parameters typed by hand with Chinese refusals (BAD_INPUT → 400), so anything a user can
 * type in a query string ends as a clear 4xx, never a 500. Shared by the modules' controllers.
 */
public final class Params {

    private Params() {
    }

    public static long id(String name, String value) {
        Long v = optionalId(name, value);
        if (v == null) {
            throw BusinessException.badInput("BAD-PARAMETER", "缺少参数 " + name);
        }
        return v;
    }

    public static Long optionalId(String name, String value) {
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

    public static int page(String value) {
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

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.badInput("BAD-DATE", name + "“" + abbreviate(value) + "”不是有效日期（格式 YYYY-MM-DD）");
        }
    }

    public static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
