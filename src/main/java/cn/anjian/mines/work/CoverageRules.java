package cn.anjian.mines.work;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;

/**
 * MW-01..MW-03, MW-09: what a mine owes per ISO week (Monday–Sunday, Asia/Shanghai) and calendar month, and the
 * verdict with its reason in Chinese. Counts fixed by the regulation's text stay constants here (art. 12: 每周不少于
 * 3 次; art. 13: 每周至少一次); the holiday extra is a setting.
 */
public final class CoverageRules {

    /** MW-01 (art. 12): remote supervision of each mine at least 3 times a week. */
    public static final int REMOTE_PER_WEEK = 3;
    /** MW-02/MW-03 (art. 13): a coal group's patrol / a non-coal mine's on-site check at least once a week. */
    public static final int ONSITE_PER_WEEK = 1;

    private static final Pattern WEEK = Pattern.compile("(\\d{4})-W(\\d{2})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private CoverageRules() {
    }

    public record Verdict(boolean green, List<String> reasons) {
        public String reason() {
            return green ? "达标" : String.join("；", reasons);
        }
    }

    /** MW-09: a week with a holiday or a key period asks for {@code extra} more remote checks. */
    public static int remoteRequired(boolean intensified, int extra) {
        return REMOTE_PER_WEEK + (intensified ? extra : 0);
    }

    /** MW-09: the week's requirement (holiday-based) raised to a key period's own count when one applies. */
    public static int remoteRequired(int weekRequired, Integer keyPeriodPerWeek) {
        return keyPeriodPerWeek == null ? weekRequired : Math.max(weekRequired, keyPeriodPerWeek);
    }

    /** The state of an obligation: met, still open within its period (进行中), or missed once the period is over. */
    public enum State { MET, IN_PROGRESS, MISSED }

    /** Met when nothing is owed; otherwise in progress until the period's last day has passed, then missed. */
    public static State state(int owed, LocalDate lastDay, LocalDate today) {
        return owed <= 0 ? State.MET : today.isAfter(lastDay) ? State.MISSED : State.IN_PROGRESS;
    }

    /** One week of one mine: remote checks against MW-01, on-site checks against MW-02 (coal) or MW-03 (non-coal). */
    public static Verdict week(KindGroup kind, int remote, int onsite, int remoteRequired) {
        List<String> reasons = new ArrayList<>();
        if (remote < remoteRequired) {
            reasons.add("远程监管" + remote + "次，少于每周" + remoteRequired + "次（第十二条" + (remoteRequired > REMOTE_PER_WEEK
                    ? "、第十八条" : "") + "）");
        }
        if (onsite < ONSITE_PER_WEEK) {
            reasons.add(kind == KindGroup.COAL ? "监管组本周未巡回检查（第十三条）" : "本周未现场检查（第十三条）");
        }
        return new Verdict(reasons.isEmpty(), reasons);
    }

    /** MW-02/MW-03: every working site and system of the mine covered by an on-site check in the month. */
    public static Verdict month(Collection<String> sites, Set<String> covered) {
        List<String> missing = sites.stream().filter(s -> !covered.contains(s)).toList();
        return missing.isEmpty() ? new Verdict(true, List.of())
                : new Verdict(false, List.of("本月未覆盖：" + String.join("、", missing) + "（第十三条）"));
    }

    /** The ISO week ("2026-W49") of an instant, in Shanghai. */
    public static String isoWeek(Instant at) {
        return isoWeek(LocalDate.ofInstant(at, Zones.SHANGHAI));
    }

    public static String isoWeek(LocalDate day) {
        return String.format("%d-W%02d", day.get(IsoFields.WEEK_BASED_YEAR), day.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }

    /** The Monday of an ISO week written "2026-W49" (400 for anything else). */
    public static LocalDate weekStart(String week) {
        Matcher m = week == null ? null : WEEK.matcher(week.strip());
        if (m == null || !m.matches()) {
            throw BusinessException.badInput("MINE-WEEK", "周次格式应为“2026-W49”");
        }
        int year = Integer.parseInt(m.group(1));
        int w = Integer.parseInt(m.group(2));
        LocalDate jan4 = LocalDate.of(year, 1, 4);
        if (year < 2000 || year > 2100) {
            throw BusinessException.badInput("MINE-WEEK", "周次的年份应在 2000–2100 之间");
        }
        int weeks = LocalDate.of(year, 12, 28).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        if (w < 1 || w > weeks) {
            throw BusinessException.badInput("MINE-WEEK", "周次超出范围（" + year + " 年共 " + weeks + " 周）");
        }
        return jan4.with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, w).with(DayOfWeek.MONDAY);
    }

    public static YearMonth month(String month) {
        Matcher m = month == null ? null : MONTH.matcher(month.strip());
        if (m == null || !m.matches() || Integer.parseInt(m.group(2)) < 1 || Integer.parseInt(m.group(2)) > 12
                || Integer.parseInt(m.group(1)) < 2000 || Integer.parseInt(m.group(1)) > 2100) {
            throw BusinessException.badInput("MINE-MONTH", "月份格式应为“2026-12”");
        }
        return YearMonth.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
    }

    /** The ISO weeks a month judges: those whose Thursday falls in it (ISO 8601's rule), as their Mondays. */
    public static List<LocalDate> weeksOf(YearMonth month) {
        List<LocalDate> out = new ArrayList<>();
        LocalDate thursday = month.atDay(1).with(TemporalAdjusters.nextOrSame(DayOfWeek.THURSDAY));
        for (LocalDate t = thursday; !t.isAfter(month.atEndOfMonth()); t = t.plusWeeks(1)) {
            out.add(t.minusDays(3));
        }
        return out;
    }
}
