package cn.anjian.supervision.checks;

import java.util.List;

import cn.anjian.settings.DeclaredSettings;
import cn.anjian.settings.Setting;
import org.springframework.stereotype.Component;

/** The error-correction rules RULES.md leaves configurable, read on the day of the act. */
@Component
class SupervisionSettings implements DeclaredSettings {

    /** COR-02: a correction order is to be carried out within this many days of its issue (限期改正). */
    static final Setting<Integer> CORRECTION_DAYS = Setting.integer("supervision.correction-days",
            "纠错整改期限", "COR-02", "《安全生产执法纠错制度》", "第五条", "日", 30, 1, 365);

    @Override
    public String moduleName() {
        return "执法监督与纠错";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(CORRECTION_DAYS);
    }
}
