package cn.anjian.enforcement.cases;

import java.util.List;

import cn.anjian.settings.DeclaredSettings;
import cn.anjian.settings.Setting;
import org.springframework.stereotype.Component;

/** The enforcement rules RULES.md calls configurable (read by cases and draws on the day of the act). */
@Component
public class EnforcementSettings implements DeclaredSettings {

    /**
     * CASE-06: how far back an officer's relation with the target enterprise still excludes him from its case team and
     * its double-random draw (回避). The expert pool's own look-back (EXP-08) is experts' setting.
     */
    public static final Setting<Integer> AVOIDANCE_LOOK_BACK_YEARS = Setting.integer(
            "enforcement.avoidance-look-back-years", "回避审查追溯年限", "CASE-06",
            "《晋城市人民政府办公室关于加强市县乡安全生产监管能力建设的实施意见》", "第十四部分", "年", 3, 0, 50);

    /** CASE-13: the case time limit (办案期限) from opening, in days of 24 hours. */
    public static final Setting<Integer> CASE_TIME_LIMIT_DAYS = Setting.integer(
            "enforcement.case-time-limit-days", "办案期限（自立案之日起）", "CASE-13",
            "《中华人民共和国行政处罚法》", "第六十条", "日", 90, 1, 365);

    private static final String CAPACITY = "《晋城市人民政府办公室关于加强市县乡安全生产监管能力建设的实施意见》";

    /** CASE-10 (分类分级执法): the fewest inspections a year for an enterprise of each risk grade; 0 = double-random only. */
    public static final Setting<Integer> INSPECTIONS_A = Setting.integer("enforcement.inspections-per-year-a",
            "A 级（重大风险）企业年度检查频次（不少于）", "CASE-10", CAPACITY, "第（十四）项", "次/年", 4, 0, 52);
    public static final Setting<Integer> INSPECTIONS_B = Setting.integer("enforcement.inspections-per-year-b",
            "B 级（较大风险）企业年度检查频次（不少于）", "CASE-10", CAPACITY, "第（十四）项", "次/年", 2, 0, 52);
    public static final Setting<Integer> INSPECTIONS_C = Setting.integer("enforcement.inspections-per-year-c",
            "C 级（一般风险）企业年度检查频次（不少于）", "CASE-10", CAPACITY, "第（十四）项", "次/年", 1, 0, 52);
    public static final Setting<Integer> INSPECTIONS_D = Setting.integer("enforcement.inspections-per-year-d",
            "D 级（低风险）企业年度检查频次（不少于，0 为仅双随机抽查）", "CASE-10", CAPACITY, "第（十四）项", "次/年", 0, 0, 52);

    @Override
    public String moduleName() {
        return "执法办案";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(AVOIDANCE_LOOK_BACK_YEARS, CASE_TIME_LIMIT_DAYS, INSPECTIONS_A, INSPECTIONS_B, INSPECTIONS_C,
                INSPECTIONS_D);
    }
}
