package cn.anjian.mines.web;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The solver's score ("0hard/-2medium/-1234soft") as users read it; never the raw text. */
final class ScoreText {

    private static final Pattern SCORE = Pattern.compile("(-?\\d+)hard/(?:(-?\\d+)medium/)?(-?\\d+)soft");

    private ScoreText() {
    }

    static String of(String score) {
        if (score == null || score.isBlank()) {
            return "—";
        }
        Matcher m = SCORE.matcher(score);
        if (!m.find()) {
            return "—";
        }
        String medium = m.group(2) == null ? "" : "，配备缺口扣分 " + m.group(2).replace("-", "");
        return "规则违反扣分 " + m.group(1).replace("-", "") + medium + "，路程与工作量均衡评分 " + m.group(3);
    }
}
