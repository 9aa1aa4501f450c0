package cn.anjian.reporting.capacity;

import java.math.BigDecimal;
import java.util.List;

import cn.anjian.settings.DeclaredSettings;
import cn.anjian.settings.Setting;
import org.springframework.stereotype.Component;

/** The targets of the capacity indicators (CAP-10: targets are settings), read on the day the dashboard is computed. */
@Component
class CapacitySettings implements DeclaredSettings {

    static final String RULES = "《晋城市人民政府办公室关于加强市县乡安全生产监管能力建设的实施意见》";

    /** CAP-01: share of a supervising department's leadership with an emergency-management background. */
    static final Setting<BigDecimal> LEADERSHIP_BACKGROUND = Setting.decimal("reporting.leadership-background-percent",
            "具有应急管理专业背景的班子成员比例（不低于）", "CAP-01", RULES, "第（三）项", "%", new BigDecimal("20"),
            BigDecimal.ZERO, new BigDecimal("100"));
    /** CAP-02: safety staff of a key industry department. */
    static final Setting<Integer> KEY_DEPARTMENT_STAFF = Setting.integer("reporting.key-department-safety-staff",
            "重点行业领域监管部门安全工作人员（不少于）", "CAP-02", RULES, "第（四）项", "名", 2, 0, 100);
    /** CAP-02: professional emergency staff of a township (至少配备3—5名: the lower end is the minimum). */
    static final Setting<Integer> TOWNSHIP_STAFF = Setting.integer("reporting.township-emergency-staff",
            "乡镇（街道）专业应急管理人员（不少于）", "CAP-02", RULES, "第（五）项", "名", 3, 0, 100);
    /** CAP-02: cadres of a village (community) responsible for emergency management. */
    static final Setting<Integer> VILLAGE_CADRES = Setting.integer("reporting.village-cadres",
            "村（居）委负责应急管理工作的干部（不少于）", "CAP-02", RULES, "第（五）项", "名", 1, 0, 10);
    /** CAP-03: share of enforcement staff with relevant education, qualification or experience. */
    static final Setting<BigDecimal> QUALIFIED_OFFICERS = Setting.decimal("reporting.qualified-officer-percent",
            "具有相关学历、职业资格和实践经验的执法人员比例（不低于）", "CAP-03", RULES, "第（六）项", "%", new BigDecimal("75"),
            BigDecimal.ZERO, new BigDecimal("100"));
    /** CAP-04: collection workstations of each emergency-management agency. */
    static final Setting<Integer> WORKSTATIONS = Setting.integer("reporting.workstations-per-agency",
            "每个应急管理部门配套的采集工作站（不少于）", "CAP-04", RULES, "第（九）项", "台", 1, 0, 100);
    /** CAP-05: yearly enforcement funding of a key supervision department. */
    static final Setting<BigDecimal> FUNDING = Setting.decimal("reporting.key-department-funding",
            "重点安全监管部门每年安全监管执法经费（不少于）", "CAP-05", RULES, "第（十）项", "元", new BigDecimal("200000"),
            BigDecimal.ZERO, new BigDecimal("100000000"));

    @Override
    public String moduleName() {
        return "监管能力建设指标";
    }

    @Override
    public List<Setting<?>> settings() {
        return List.of(LEADERSHIP_BACKGROUND, KEY_DEPARTMENT_STAFF, TOWNSHIP_STAFF, VILLAGE_CADRES, QUALIFIED_OFFICERS,
                WORKSTATIONS, FUNDING);
    }
}
