package cn.anjian.mines.assessment;

import java.util.List;

/**
 * MA-04 (art. 23) and MA-05 (art. 24–25): what a grade means for the annual appraisal, the reward and an award
 * recommendation. {@code previous}: the confirmed grades of the years before, most recent first (absent years break
 * a run).
 */
public record Linkage(String appraisal, String reward, String award) {

    static Linkage of(Grade grade, List<Grade> previous) {
        Grade last = previous.isEmpty() ? null : previous.get(0);
        String appraisal = switch (grade) {
            case EXCELLENT -> "年度考核应确定为优秀等次（如无其他影响年度考核等次评定的情形），不占用派出单位优秀等次名额";
            case QUALIFIED -> "年度考核结果原则上与专项考核结果一致";
            case UNQUALIFIED -> last == Grade.UNQUALIFIED
                    ? "连续 2 年专项考核不合格：年度考核评定为基本称职（基本合格）或不称职（不合格）"
                    : "年度考核不得评定为优秀等次";
        };
        String reward = grade == Grade.UNQUALIFIED ? "不予物质奖励" : "应予物质奖励（奖励资金由本级财政专项保障）";
        boolean threeInARow = grade == Grade.EXCELLENT && previous.size() >= 2
                && previous.get(0) == Grade.EXCELLENT && previous.get(1) == Grade.EXCELLENT;
        String award = threeInARow ? "连续 3 年考核优秀：按（参）照《公务员奖励规定》《事业单位工作人员奖励规定》推荐给予奖励" : "";
        return new Linkage(appraisal, reward, award);
    }
}
