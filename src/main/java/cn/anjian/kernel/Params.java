package cn.anjian.kernel;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Request parameters typed by hand with Chinese refusals (BAD_INPUT → 400), so anything a user can
 * type in a query string or form field ends as a clear 4xx, never a 500. The one parser of the
 * modules' controllers: {@code name} is what the user sees (a Chinese label or the parameter name);
 * parsing of module types (deadline states, flow ids, ...) stays in the module and builds on these.
 */
public final class Params {

    private Params() {
    }

    /** An API's optional {@code @RequestBody} must be there: 400 {@code MALFORMED-BODY} with {@code message} when it is not. */
    public static void requireBody(Object body, String message) {
        if (body == null) {
            throw BusinessException.badInput("MALFORMED-BODY", message);
        }
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

    /** An optional text (stripped, null when blank), refused per {@link #text(String, String, String, int, boolean)}. */
    public static String text(String label, String value, int max) {
        return text("BAD-TEXT", label, value, max, false);
    }

    /** A required text (stripped), "请填写…" when blank, refused per {@link #text(String, String, String, int, boolean)}. */
    public static String requiredText(String label, String value, int max) {
        return text("BAD-TEXT", label, value, max, true);
    }

    /**
     * The one text check (BAD_INPUT with {@code code}): stripped; blank is null or "请填写…" when
     * required; refused when longer than {@code max} characters, or holding NUL or other control
     * characters (line breaks and tabs of a text area excepted) or bidirectional overrides
     * (U+202A–U+202E, U+2066–U+2069), which can make a stored name read differently from what it is.
     */
    public static String text(String code, String label, String value, int max, boolean required) {
        String v = value == null ? "" : value.strip();
        if (v.isEmpty()) {
            if (required) {
                throw BusinessException.badInput(code, "请填写" + label);
            }
            return null;
        }
        if (v.codePointCount(0, v.length()) > max) {
            throw BusinessException.badInput(code, label + "不能超过 " + max + " 个字");
        }
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            if (c == 0 || (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t')) {
                throw BusinessException.badInput(code, label + "含有不可见的控制字符，请删除后重试");
            }
            if ((c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069')) {
                throw BusinessException.badInput(code, label + "含有改变文字方向的不可见字符，请删除后重试");
            }
        }
        return v;
    }

    /**
     * An optional enum constant (null when blank) by its name, case-insensitive; a wrong value is
     * refused with the Chinese labels of the choices, never the constants' names.
     */
    public static <E extends Enum<E>> E choice(Class<E> type, String label, String value, Function<E, String> labelOf) {
        return choice("BAD-PARAMETER", type, label, value, labelOf);
    }

    /** As {@link #choice(Class, String, String, Function)}, refused with the module's stable {@code code}. */
    public static <E extends Enum<E>> E choice(String code, Class<E> type, String label, String value,
                                               Function<E, String> labelOf) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equalsIgnoreCase(value.strip())) {
                return e;
            }
        }
        String choices = Arrays.stream(type.getEnumConstants()).map(labelOf).collect(Collectors.joining("、"));
        throw BusinessException.badInput(code, label + "“" + abbreviate(value) + "”不是可选值（可选：" + choices + "）");
    }

    /** As {@link #choice(String, Class, String, String, Function)}, required: blank is refused with "请选择…". */
    public static <E extends Enum<E>> E requiredChoice(String code, Class<E> type, String label, String value,
                                                       Function<E, String> labelOf) {
        E e = choice(code, type, label, value, labelOf);
        if (e == null) {
            throw BusinessException.badInput(code, "请选择" + label);
        }
        return e;
    }

    public static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
