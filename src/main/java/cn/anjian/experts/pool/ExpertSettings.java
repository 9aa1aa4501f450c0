package cn.anjian.experts.pool;

import java.util.List;

import cn.anjian.settings.DeclaredSettings;
import cn.anjian.settings.Setting;
import org.springframework.stereotype.Component;

/** The expert-pool rules RULES.md calls configurable, read on the day of the act. */
@Component
public class ExpertSettings implements DeclaredSettings {

    static final String RULES = "《泽州县安全生产和应急管理专家使用管理办法》";

    /** EXP-02: the most active experts a county pool holds. */
    public static final Setting<Integer> CAP_COUNTY = Setting.integer("experts.cap-county",
            "县级专家库在库专家总数上限", "EXP-02", RULES, "第四条", "人", 250, 1, 100_000);
    /** EXP-02 applied to a city pool (same rule, its own value). */
    public static final Setting<Integer> CAP_CITY = Setting.integer("experts.cap-city",
            "市级专家库在库专家总数上限", "EXP-02", RULES, "第四条", "人", 250, 1, 100_000);
    /** EXP-02 applied to the province pool (same rule, its own value). */
    public static final Setting<Integer> CAP_PROVINCE = Setting.integer("experts.cap-province",
            "省级专家库在库专家总数上限", "EXP-02", RULES, "第四条", "人", 250, 1, 100_000);
    /** EXP-02: each sub-specialty should have at least this many experts; fewer shows as a shortfall. */
    public static final Setting<Integer> MIN_PER_SUB_SPECIALTY = Setting.integer("experts.min-per-sub-specialty",
            "每个专业小类推荐专家人数（不少于）", "EXP-02", RULES, "第四条", "人", 3, 0, 100);
    /** EXP-08: how far back a declared relation with the target enterprise still excludes an expert (回避). */
    public static final Setting<Integer> CONFLICT_LOOK_BACK_YEARS = Setting.integer("experts.conflict-look-back-years",
            "专家回避追溯年限", "EXP-08", RULES, "第九条第（六）项", "年", 3, 0, 50);
    /** EXP-07: rotation counts the dispatches of this many past months. */
    public static final Setting<Integer> ROTATION_WINDOW_MONTHS = Setting.integer("experts.rotation-window-months",
            "专家轮换统计期（近若干个月派遣次数少者优先）", "EXP-07", RULES, "第十一条", "个月", 12, 1, 60);

    /** The cap setting of a pool level. */
    public static Setting<Integer> cap(PoolLevel level) {
        return switch (level) {
            case PROVINCE -> CAP_PROVINCE;
            case CITY -> CAP_CITY;
            case COUNTY -> CAP_COUNTY;
        };
    }

    @Override
    public String moduleName() {
        return "专家库";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(CAP_COUNTY, CAP_CITY, CAP_PROVINCE, MIN_PER_SUB_SPECIALTY, CONFLICT_LOOK_BACK_YEARS,
                ROTATION_WINDOW_MONTHS);
    }
}
