package cn.anjian.mines.planner;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.settings.DeclaredSettings;
import cn.anjian.settings.Setting;
import cn.anjian.settings.Settings;
import org.springframework.stereotype.Component;

/** The mine-commissioner rules RULES.md leaves configurable: staffing (never below art. 6), avoidance, the solver's time. */
@Component
public class MineSettings implements DeclaredSettings {

    static final String RULES = "《山西省矿山安全监管专员制度》";

    /** MC-02: commissioners per coal mine (art. 6 (一): at least two). */
    public static final Setting<Integer> COAL_PER_MINE = Setting.integer("mines.coal-per-mine",
            "煤矿每矿配备监管专员人数", "MC-02", RULES, "第六条第（一）项", "人", 2, 2, 10);
    /** MC-02: per underground non-coal mine (art. 6 (二)). */
    public static final Setting<Integer> UNDERGROUND_PER_MINE = Setting.integer("mines.underground-per-mine",
            "地下开采非煤矿山每矿配备监管专员人数", "MC-02", RULES, "第六条第（二）项", "人", 2, 2, 10);
    /** MC-02: the team for at most two open pits of ≥ 500,000 t/yr (art. 6 (三)). */
    public static final Setting<Integer> LARGE_OPEN_PIT_TEAM = Setting.integer("mines.large-open-pit-team",
            "年采剥量50万吨以上露天矿山每两矿配备监管专员人数", "MC-02", RULES, "第六条第（三）项", "人", 2, 2, 10);
    /** MC-02: other open pits, decided locally (default none). */
    public static final Setting<Integer> SMALL_OPEN_PIT_PER_MINE = Setting.integer("mines.small-open-pit-per-mine",
            "其他露天矿山（小型石料厂等）每矿配备监管专员人数", "MC-02", RULES, "第六条第（三）项", "人", 0, 0, 10);
    /** MC-02: the team for at most two independent tailings ponds (art. 6 (五)). */
    public static final Setting<Integer> TAILINGS_TEAM = Setting.integer("mines.tailings-team",
            "独立尾矿库每两库配备监管专员人数", "MC-02", RULES, "第六条第（五）项", "人", 2, 2, 10);
    /** MC-05: how far back a relation in the conflicts register still requires avoidance. */
    public static final Setting<Integer> CONFLICT_LOOK_BACK_YEARS = Setting.integer("mines.conflict-look-back-years",
            "监管专员回避追溯年限", "MC-05", RULES, "第八条第（一）项", "年", 3, 0, 50);
    /** MC-09: the longest the planner searches for a better plan. */
    public static final Setting<Integer> PLANNER_SECONDS = Setting.integer("mines.planner-seconds",
            "派驻方案计算时长上限", "MC-09", RULES, "第十条", "秒", 60, 1, 3_600);
    /** MC-09: the planner stops earlier when the plan has not improved for this long. */
    public static final Setting<Integer> PLANNER_UNIMPROVED_SECONDS = Setting.integer("mines.planner-unimproved-seconds",
            "派驻方案无改进即停止的时长", "MC-09", RULES, "第十条", "秒", 10, 1, 3_600);
    /**
     * MC-09: the longer limit of a re-run the plan page offers when a mine stayed short although the data allows
     * staffing it (the solver stopped before it found the arrangement).
     */
    public static final Setting<Integer> PLANNER_RETRY_SECONDS = Setting.integer("mines.planner-retry-seconds",
            "派驻方案延长计算时长", "MC-09", RULES, "第十条", "秒", 300, 10, 3_600);

    /** MC-07: working days for both commissioners to complete a rotation's handover. */
    public static final Setting<Integer> HANDOVER_WORKING_DAYS = Setting.integer("mines.handover-working-days",
            "监管专员轮换交接完成期限", "MC-07", RULES, "第十条", "个工作日", 10, 1, 60);

    static PlanningInput.Staffing staffing(Settings settings, LocalDate day) {
        return new PlanningInput.Staffing(settings.value(COAL_PER_MINE, day), settings.value(UNDERGROUND_PER_MINE, day),
                settings.value(LARGE_OPEN_PIT_TEAM, day), settings.value(SMALL_OPEN_PIT_PER_MINE, day),
                settings.value(TAILINGS_TEAM, day));
    }

    static Duration limit(Settings settings, LocalDate day) {
        return Duration.ofSeconds(settings.value(PLANNER_SECONDS, day));
    }

    static Duration unimproved(Settings settings, LocalDate day) {
        return Duration.ofSeconds(settings.value(PLANNER_UNIMPROVED_SECONDS, day));
    }

    /** A re-run searches up to the retry limit and stops after a fifth of it without improvement (at least the usual). */
    static Duration[] retry(Settings settings, LocalDate day) {
        Duration limit = Duration.ofSeconds(settings.value(PLANNER_RETRY_SECONDS, day));
        Duration unimproved = limit.dividedBy(5);
        Duration usual = unimproved(settings, day);
        return new Duration[] {limit, unimproved.compareTo(usual) < 0 ? usual : unimproved};
    }

    @Override
    public String moduleName() {
        return "矿山安全监管专员";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(COAL_PER_MINE, UNDERGROUND_PER_MINE, LARGE_OPEN_PIT_TEAM, SMALL_OPEN_PIT_PER_MINE, TAILINGS_TEAM,
                CONFLICT_LOOK_BACK_YEARS, PLANNER_SECONDS, PLANNER_UNIMPROVED_SECONDS, HANDOVER_WORKING_DAYS,
                PLANNER_RETRY_SECONDS);
    }
}
