package cn.anjian.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/**
 * Request parameters typed by hand with Chinese refusals (BAD_INPUT → 400), so anything a user can
 * type in a query string or form field ends as a clear 4xx, never a 500. The one parser of the
 * modules' controllers: {@code name} is what the user sees (a Chinese label or the parameter name);
 * parsing of module types (deadline states, flow ids, ...) stays in the module and builds on these.
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
            throw BusinessException.badInput("BAD-PARAMETER", name + "“" + abbreviate(value) + "”不是有效编号（须为正整数）");
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
            throw BusinessException.badInput("BAD-PARAMETER", "页码（参数 page）须为 0 到 100000 之间的整数");
        }
    }

    /** A required date: missing → MISSING-PARAMETER, malformed or non-existent (2026-02-30) → BAD-DATE. */
    public static LocalDate requiredDate(String name, String value) {
        if (value == null || value.isBlank()) {
            throw BusinessException.badInput("MISSING-PARAMETER", "缺少参数 " + name + "（格式 YYYY-MM-DD）");
        }
        return date(name, value);
    }

    /** An optional date (null when blank); malformed or non-existent (2026-02-30) → BAD-DATE. */
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

    /** An integer in [min, max], {@code defaultValue} when blank. */
    public static int integer(String name, String value, int defaultValue, int min, int max) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        try {
            int v = Integer.parseInt(value.strip());
            if (v < min || v > max) {
                throw new NumberFormatException();
            }
            return v;
        } catch (NumberFormatException e) {
            throw BusinessException.badInput("BAD-PARAMETER", name + "须为 " + min + " 到 " + max + " 之间的整数");
        }
    }

    /** An optional integer (null when blank); range checks belong to the domain. */
    public static Integer optionalInteger(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.badInput("BAD-NUMBER", name + "“" + abbreviate(value) + "”不是有效整数");
        }
    }

    private static final BigDecimal DECIMAL_LIMIT = new BigDecimal("1000000000");

    /** An optional decimal (null when blank), at most 10^9 in absolute value. */
    public static BigDecimal decimal(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        BigDecimal d;
        try {
            d = new BigDecimal(value.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.badInput("BAD-NUMBER", name + "“" + abbreviate(value) + "”不是有效数字");
        }
        if (d.abs().compareTo(DECIMAL_LIMIT) > 0) {
            throw BusinessException.badInput("BAD-NUMBER", name + "数值过大");
        }
        return d;
    }

    /** An optional enum constant by its exact name (null when blank). */
    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value.strip())) {
                return e;
            }
        }
        throw BusinessException.badInput("BAD-PARAMETER", name + "“" + abbreviate(value) + "”不是可选值");
    }

    /** A check box or boolean query parameter: true/on/1/yes, false/off/0/no; blank is false. */
    public static boolean flag(String name, String value) {
        if (value == null || value.isBlank()) {
            return false;
        }
        return switch (value.strip().toLowerCase(java.util.Locale.ROOT)) {
            case "true", "on", "1", "yes" -> true;
            case "false", "off", "0", "no" -> false;
            default -> throw BusinessException.badInput("BAD-PARAMETER", "“" + name + "”的取值不正确");
        };
    }

    public static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
