package cn.anjian.reporting.briefings;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.reporting.EnforcementStatistics;
import cn.anjian.reporting.StatFigure;
import cn.anjian.reporting.StatPeriod;
import cn.anjian.reporting.StatTable;
import org.springframework.stereotype.Component;

/**
 * SS-06 / STAT-09: the figures a briefing is prefilled with are the statistical table of the briefing's jurisdiction
 * subtree and half year ({@link EnforcementStatistics}, the single source of every figure), each linked to the same
 * drill-down list as on the statistics page — never a second count.
 */
@Component
@RequiredArgsConstructor
class BriefingFigures {

    private final EnforcementStatistics statistics;

    /** One line of the briefing's table: its group, what is counted, the value with its unit, the records behind it. */
    record Figure(String group, String label, String value, String link) {
    }

    static StatPeriod half(int year, int half) {
        return new StatPeriod(StatPeriod.Kind.HALF, year, half);
    }

    List<Figure> figures(long jurisdictionId, int year, int half) {
        StatTable t = statistics.table(jurisdictionId, half(year, half));
        return t.figures().stream().map(f -> new Figure(f.group().label(), f.label(), plain(f) + " " + f.unit(),
                t.recordsLink(f.key()))).toList();
    }

    private static String plain(StatFigure f) {
        return f.value().stripTrailingZeros().toPlainString();
    }

    /** The briefing's text: one numbered paragraph per group of the table, its figures in table order. */
    static String text(String period, List<Figure> figures) {
        StringBuilder text = new StringBuilder("各位社会监督员：\n现将本地区" + period + "行政执法情况通报如下：\n");
        String numerals = "一二三四五六七八九十";
        int n = 0;
        String group = null;
        for (Figure f : figures) {
            if (!f.group().equals(group)) {
                if (group != null) {
                    text.append("。\n");
                }
                group = f.group();
                text.append(numerals.charAt(Math.min(n++, numerals.length() - 1))).append("、").append(group).append("：");
            } else {
                text.append("，");
            }
            text.append(f.label()).append(" ").append(f.value());
        }
        if (group != null) {
            text.append("。\n");
        }
        return text.append("感谢各位对本部门行政执法工作的监督。").toString();
    }
}
