package cn.anjian.mines.assessment;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.settings.DeclaredSettings;
import cn.anjian.settings.Setting;
import cn.anjian.settings.Settings;
import org.springframework.stereotype.Component;

/** MA-02/MA-03: the completion thresholds of the grades (art. 22: "达到规定要求" = 100 %, "90% 以上"). */
@Component
class AssessmentSettings implements DeclaredSettings {

    static final String RULES = "《山西省矿山安全监管专员制度》";

    static final Setting<BigDecimal> EXCELLENT_COMPLETION = Setting.decimal("mines.assessment-excellent-completion",
            "监管专员考核优秀所需检查完成率", "MA-02", RULES, "第二十二条第（一）项", "%", new BigDecimal("100"),
            new BigDecimal("50"), new BigDecimal("100"));
    static final Setting<BigDecimal> QUALIFIED_COMPLETION = Setting.decimal("mines.assessment-qualified-completion",
            "监管专员考核合格所需检查完成率", "MA-03", RULES, "第二十二条第（二）项", "%", new BigDecimal("90"),
            new BigDecimal("50"), new BigDecimal("100"));

    static AssessmentRules.Thresholds thresholds(Settings settings, LocalDate day) {
        return new AssessmentRules.Thresholds(settings.value(EXCELLENT_COMPLETION, day), settings.value(QUALIFIED_COMPLETION, day));
    }

    @Override
    public String moduleName() {
        return "矿山安全监管专员考核";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(EXCELLENT_COMPLETION, QUALIFIED_COMPLETION);
    }
}
