package cn.anjian.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.anjian.calendar.YearData;
import cn.anjian.kernel.BusinessException;

/**
 * Checks an administrator's year entry before anything is stored (all-or-nothing). A notice lists the
 * days of its year and, around New Year, of the neighbouring December/January (the shipped 2019 file
 * lists 2018-12-29..31), so those months are accepted too. An adjusted working day (调休上班) only
 * makes sense on a weekend; public holidays may fall on any day (notices list the weekend days inside
 * a holiday span, e.g. 2024-10-05/06).
 */
public final class YearDataValidator {

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    private YearDataValidator() {
    }

    public record ValidDay(LocalDate date, String name, boolean offDay) {
    }

    public static List<ValidDay> validate(int pathYear, YearData data) {
        List<String> errors = new ArrayList<>();
        requireYear(pathYear);
        if (data == null) {
            throw BusinessException.badInput("CAL-YEAR-INVALID", "缺少年度安排数据");
        }
        if (data.year() == null || data.year() != pathYear) {
            errors.add("year 字段须为 " + pathYear);
        }
        if (data.papers() != null) {
            for (String p : data.papers()) {
                if (p == null || !p.strip().matches("https?://\\S{1,490}")) {
                    errors.add("papers 中的通知网址须以 http:// 或 https:// 开头、不含空白且不超过 500 字");
                    break;
                }
            }
        }
        List<ValidDay> days = new ArrayList<>();
        if (data.days() == null || data.days().isEmpty()) {
            errors.add("days 不能为空：请至少录入一天节假日或调休上班日");
        } else if (data.days().size() > 400) {
            errors.add("days 条目过多（最多 400 条）");
        } else {
            Set<LocalDate> seen = new HashSet<>();
            for (int i = 0; i < data.days().size(); i++) {
                YearData.Day d = data.days().get(i);
                String row = "第 " + (i + 1) + " 条：";
                if (d == null) {
                    errors.add(row + "不能为空");
                    continue;
                }
                try {
                    days.add(checkDay(pathYear, d.date(), d.name(), d.isOffDay()));
                    if (!seen.add(days.get(days.size() - 1).date())) {
                        errors.add(row + "日期 " + d.date() + " 重复");
                    }
                } catch (BusinessException e) {
                    errors.add(row + e.getMessage());
                }
            }
        }
        if (!errors.isEmpty()) {
            int shown = Math.min(errors.size(), 10);
            throw BusinessException.badInput("CAL-YEAR-INVALID", pathYear + " 年度安排有 " + errors.size() + " 处错误，未保存任何内容："
                    + String.join("；", errors.subList(0, shown)) + (errors.size() > shown ? "；……" : ""));
        }
        return days;
    }

    public static void requireYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw BusinessException.badInput("CAL-YEAR-INVALID", "年份须在 " + MIN_YEAR + " 到 " + MAX_YEAR + " 之间");
        }
    }

    /** One day of year {@code year}'s notice; throws a BAD_INPUT refusal with a Chinese message. */
    public static ValidDay checkDay(int year, String dateText, String name, Boolean offDay) {
        requireYear(year);
        LocalDate date = parseDate(dateText);
        LocalDate first = LocalDate.of(year - 1, 12, 1);
        LocalDate last = LocalDate.of(year + 1, 1, 31);
        if (date.isBefore(first) || date.isAfter(last)) {
            throw bad("日期 " + date + " 不属于 " + year + " 年（可含上年 12 月与次年 1 月）");
        }
        if (name == null || name.isBlank()) {
            throw bad("日期 " + date + " 缺少节日名称");
        }
        if (name.strip().length() > 50) {
            throw bad("节日名称不超过 50 字");
        }
        if (offDay == null) {
            throw bad("日期 " + date + " 缺少 isOffDay（是否放假）");
        }
        DayOfWeek dow = date.getDayOfWeek();
        if (!offDay && dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY) {
            throw bad("日期 " + date + " 是工作日（周一至周五），不能登记为调休上班日");
        }
        return new ValidDay(date, name.strip(), offDay);
    }

    public static LocalDate parseDate(String text) {
        if (text == null || text.isBlank()) {
            throw bad("日期不能为空");
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw bad("日期“" + abbreviate(text) + "”无效，须为存在的日期，格式 YYYY-MM-DD");
        }
    }

    private static String abbreviate(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "…" : s;
    }

    private static BusinessException bad(String message) {
        return BusinessException.badInput("CAL-YEAR-INVALID", message);
    }
}
