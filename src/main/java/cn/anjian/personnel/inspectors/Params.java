package cn.anjian.personnel.inspectors;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Set;

import cn.anjian.kernel.BusinessException;

/** Parsing of what a user can type (query strings, form fields) into 400 refusals, never a 500. */
final class Params {

    private Params() {
    }

    static int size(int size) {
        if (size < 1 || size > 100) {
            throw BusinessException.badInput("BAD-PARAMETER", "每页条数须在 1 到 100 之间");
        }
        return size;
    }

    static int page(int page) {
        if (page < 0 || page > 100_000) {
            throw BusinessException.badInput("BAD-PARAMETER", "页码不正确");
        }
        return page;
    }

    static int year(int year) {
        if (year < 2000 || year > 2100) {
            throw BusinessException.badInput("BAD-PARAMETER", "年度须在 2000 到 2100 之间");
        }
        return year;
    }

    static String status(String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip().toUpperCase();
        if (!allowed.contains(v)) {
            throw BusinessException.badInput("BAD-PARAMETER", "状态“" + abbreviate(value) + "”不正确");
        }
        return v;
    }

    static Inspectors.Filter filter(String name, String kind, String status, String certificate) {
        if (name != null && name.length() > 50) {
            throw BusinessException.badInput("BAD-PARAMETER", "姓名不能超过 50 个字");
        }
        return new Inspectors.Filter(name == null || name.isBlank() ? null : name.strip(),
                status(kind, Set.of("FULL_TIME", "PART_TIME")), status(status, Set.of("ACTIVE", "DISMISSED", "ENDED")),
                status(certificate, Set.of("NONE", "VALID", "CANCELLED")));
    }

    static LocalDate date(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.badInput("BAD-DATE", what + "“" + abbreviate(value) + "”不是有效日期（格式如 2026-03-01）");
        }
    }

    static BigDecimal decimal(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            BigDecimal d = new BigDecimal(value.strip());
            if (d.abs().compareTo(new BigDecimal("1000000000")) > 0) {
                throw BusinessException.badInput("BAD-NUMBER", what + "数值过大");
            }
            return d;
        } catch (NumberFormatException e) {
            throw BusinessException.badInput("BAD-NUMBER", what + "“" + abbreviate(value) + "”不是有效数字");
        }
    }

    static Integer integer(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.badInput("BAD-NUMBER", what + "“" + abbreviate(value) + "”不是有效整数");
        }
    }

    static Long id(String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Long.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.badInput("BAD-NUMBER", what + "不正确");
        }
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String what) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value.strip())) {
                return e;
            }
        }
        throw BusinessException.badInput("BAD-PARAMETER", what + "“" + abbreviate(value) + "”不正确");
    }

    static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }
}
