package cn.anjian.personnel.people;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import cn.anjian.kernel.BusinessException;

/** Parses request parameters of the personnel pages and API: anything malformed is a 400 with a Chinese message. */
public final class WebParams {

    private WebParams() {
    }

    public static LocalDate date(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw BusinessException.badInput("BAD-PARAMETER", name + "“" + abbreviate(value) + "”不是有效日期（格式 2024-03-01）");
        }
    }

    public static Long id(String name, String value) {
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
            throw BusinessException.badInput("BAD-PARAMETER", name + "“" + abbreviate(value) + "”不是有效编号");
        }
    }

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

    public static <E extends Enum<E>> E enumValue(Class<E> type, String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw BusinessException.badInput("BAD-PARAMETER", name + "“" + abbreviate(value) + "”不是可选值");
        }
    }

    public static String abbreviate(String s) {
        return s.length() > 30 ? s.substring(0, 30) + "…" : s;
    }
}
