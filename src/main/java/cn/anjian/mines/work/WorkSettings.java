package cn.anjian.mines.work;

import java.util.List;

import cn.anjian.settings.DeclaredSettings;
import cn.anjian.settings.Setting;
import org.springframework.stereotype.Component;

/** The commissioners' work rules RULES.md leaves configurable (MW-09, MW-10); the weekly counts are art. 12–13's own. */
@Component
public class WorkSettings implements DeclaredSettings {

    static final String RULES = "《山西省矿山安全监管专员制度》";

    /** MW-10: how far from the mine an on-site check-in may be. */
    public static final Setting<Integer> CHECKIN_RADIUS = Setting.integer("mines.checkin-radius-meters",
            "监管专员现场签到范围（距矿山）", "MW-10", RULES, "第十九条", "米", 1000, 100, 10_000);
    /** MW-09: extra remote checks per mine in a week with a holiday or a key period (art. 18: 加大远程监管力度). */
    public static final Setting<Integer> HOLIDAY_EXTRA_REMOTE = Setting.integer("mines.holiday-extra-remote-checks",
            "节假日和重点时段每周增加的远程监管次数", "MW-09", RULES, "第十八条", "次", 2, 0, 14);

    @Override
    public String moduleName() {
        return "矿山安全监管专员检查";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(CHECKIN_RADIUS, HOLIDAY_EXTRA_REMOTE);
    }
}
