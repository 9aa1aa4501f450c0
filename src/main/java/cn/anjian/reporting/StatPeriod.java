package cn.anjian.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.anjian.kernel.BusinessException;

/**
 * STAT-09: the period of a statistical table — a month ({@code 2026-11}), a quarter ({@code 2026-Q3}), a half-year
 * ({@code 2026-H1}) or a year ({@code 2026}); {@link #from()} inclusive, {@link #to()} exclusive (Beijing days).
 */
public record StatPeriod(Kind kind, int year, int index) {

    public enum Kind { MONTH, QUARTER, HALF, YEAR }

    private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(?:(Q)([1-4])|(H)([12])|(\\d{1,2})))?");

    public StatPeriod {
        if (year < 2000 || year > 2100) {
            throw BusinessException.badInput("STAT-PERIOD", "统计年度须在 2000—2100 年之间");
        }
        int max = switch (kind) {
            case MONTH -> 12;
            case QUARTER -> 4;
            case HALF -> 2;
            case YEAR -> 1;
        };
        if (index < 1 || index > max) {
            throw BusinessException.badInput("STAT-PERIOD", "统计期间无效");
        }
    }

    public static StatPeriod year(int year) {
        return new StatPeriod(Kind.YEAR, year, 1);
    }

    /** Parses {@code 2026}, {@code 2026-H1}, {@code 2026-Q3}, {@code 2026-11}; anything else is a 400. */
    public static StatPeriod parse(String raw) {
        Matcher m = raw == null ? null : FORM.matcher(raw.strip().toUpperCase(java.util.Locale.ROOT));
        if (m == null || !m.matches()) {
            throw BusinessException.badInput("STAT-PERIOD", "统计期间的格式应为 2026、2026-H1（半年）、2026-Q3（季度）或 2026-11（月份）");
        }
        int y = Integer.parseInt(m.group(1));
        if (m.group(2) != null) {
            return new StatPeriod(Kind.QUARTER, y, Integer.parseInt(m.group(3)));
        }
        if (m.group(4) != null) {
            return new StatPeriod(Kind.HALF, y, Integer.parseInt(m.group(5)));
        }
        if (m.group(6) != null) {
            return new StatPeriod(Kind.MONTH, y, Integer.parseInt(m.group(6)));
        }
        return year(y);
    }

    private int months() {
        return switch (kind) {
            case MONTH -> 1;
            case QUARTER -> 3;
            case HALF -> 6;
            case YEAR -> 12;
        };
    }

    public LocalDate from() {
        return LocalDate.of(year, (index - 1) * months() + 1, 1);
    }

    public LocalDate to() {
        return from().plusMonths(months());
    }

    /** The months of the period, for the trend. */
    public List<StatPeriod> monthsOf() {
        List<StatPeriod> all = new ArrayList<>();
        for (LocalDate d = from(); d.isBefore(to()); d = d.plusMonths(1)) {
            all.add(new StatPeriod(Kind.MONTH, d.getYear(), d.getMonthValue()));
        }
        return all;
    }

    /** The text form, as {@link #parse} reads it. */
    public String code() {
        return switch (kind) {
            case MONTH -> "%d-%02d".formatted(year, index);
            case QUARTER -> year + "-Q" + index;
            case HALF -> year + "-H" + index;
            case YEAR -> String.valueOf(year);
        };
    }

    public String label() {
        return switch (kind) {
            case MONTH -> year + "年" + index + "月";
            case QUARTER -> year + "年第" + "一二三四".charAt(index - 1) + "季度";
            case HALF -> year + "年" + (index == 1 ? "上半年" : "下半年");
            case YEAR -> year + "年";
        };
    }
}
