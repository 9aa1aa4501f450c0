package cn.anjian.mines.hazards;

import java.util.List;

import cn.anjian.settings.DeclaredSettings;
import cn.anjian.settings.Setting;
import org.springframework.stereotype.Component;

/** The hazard and tip rules RULES.md leaves configurable, read on the day of the act. */
@Component
class HazardWorkSettings implements DeclaredSettings {

    /** MW-06: a rectification order is due this many days after the hazard is found (a re-check failure restarts it). */
    static final Setting<Integer> RECTIFICATION_DAYS = Setting.integer("mines.hazard-rectification-days",
            "隐患整改期限（默认）", "MW-06", "《山西省矿山安全监管专员制度》", "第十五条、第十六条", "日", 15, 1, 180);

    /** MW-08: the enterprise's self-check report is due this many working days after the commissioner orders it. */
    static final Setting<Integer> SELF_CHECK_WORKING_DAYS = Setting.integer("mines.self-check-report-working-days",
            "企业自查报告报送期限", "MW-08", "《山西省矿山安全监管专员制度》", "第十七条", "个工作日", 1, 1, 30);

    @Override
    public String moduleName() {
        return "驻矿监管：隐患、线索与停产撤人";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(RECTIFICATION_DAYS, SELF_CHECK_WORKING_DAYS);
    }
}
