package cn.anjian.reporting.capacity;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/** CAP-10: the indicators of the capacity dashboard, each with its target as people read it and its basis. */
@Getter
@RequiredArgsConstructor
public enum Indicator {
    LEADERSHIP("CAP-01", "班子成员应急管理背景", "第（三）项"),
    KEY_DEPARTMENT_STAFF("CAP-02", "重点行业部门安全工作人员", "第（四）项"),
    TOWNSHIP_STAFF("CAP-02", "乡镇专业应急管理人员", "第（五）项"),
    VILLAGE_CADRES("CAP-02", "村（居）委应急管理干部", "第（五）项"),
    QUALIFIED_OFFICERS("CAP-03", "执法人员专业化比例", "第（六）项"),
    OFFICER_EQUIPMENT("CAP-04", "执法装备人手一台（套）", "第（九）项"),
    WORKSTATIONS("CAP-04", "配套采集工作站", "第（九）项"),
    FUNDING("CAP-05", "重点部门执法经费", "第（十）项"),
    VETOES("CAP-09", "安全生产一票否决", "第（十六）项");

    private final String ruleId;
    private final String label;
    private final String article;

    /** The regulation and article a user reads. */
    public String basis() {
        return CapacitySettings.RULES + article;
    }
}
