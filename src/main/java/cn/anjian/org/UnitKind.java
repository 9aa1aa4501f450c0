package cn.anjian.org;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import java.util.Locale;

import cn.anjian.kernel.BusinessException;

/** ORG-02: kinds of internal unit (内设机构). An agency may have several units of one kind (e.g. industry supervision). */
@Getter
@RequiredArgsConstructor
public enum UnitKind {
    LEGAL("法制机构"),
    GENERAL_OFFICE("综合办公室"),
    HR_TRAINING("人事教育培训股"),
    RESCUE_PLANS("救援协调和预案管理股"),
    INDUSTRY_SUPERVISION("行业监管股"),
    /** LR-14: a dedicated enforcement institution the bureau entrusts with enforcement (受委托执法的专职执法机构, e.g. 执法大队). */
    ENTRUSTED_ENFORCEMENT("受委托执法机构"),
    OTHER("其他");

    private final String label;

    public static UnitKind parse(String value) {
        if (value != null) {
            for (UnitKind k : values()) {
                if (k.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                    return k;
                }
            }
        }
        throw BusinessException.badInput("ORG-UNIT-KIND", "内设机构类型不正确，可选：法制机构、综合办公室、人事教育培训股、救援协调和预案管理股、行业监管股、受委托执法机构、其他");
    }
}
