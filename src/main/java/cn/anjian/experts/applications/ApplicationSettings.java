package cn.anjian.experts.applications;

import java.util.List;

import cn.anjian.settings.DeclaredSettings;
import cn.anjian.settings.Setting;
import org.springframework.stereotype.Component;

/** The application rules RULES.md calls configurable, read on the day of the act. */
@Component
class ApplicationSettings implements DeclaredSettings {

    static final String RULES = "《泽州县安全生产和应急管理专家使用管理办法》";

    /** EXP-04 / EXP-06: the month in which applications are open and units review their experts (June). */
    static final Setting<Integer> APPLICATION_MONTH = Setting.integer("experts.application-month",
            "专家申报及年度复审月份", "EXP-04", RULES, "第六条第（一）项", "月", 6, 1, 12);

    @Override
    public String moduleName() {
        return "专家申报与复审";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(APPLICATION_MONTH);
    }
}
