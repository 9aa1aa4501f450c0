package cn.anjian.org;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import java.util.Locale;

import cn.anjian.kernel.BusinessException;

/** ORG-02: the kinds of agency a jurisdiction can have. At most one active agency per kind and jurisdiction, except OTHER. */
@Getter
@RequiredArgsConstructor
public enum AgencyKind {
    EMERGENCY_MANAGEMENT("应急管理部门"),
    JUSTICE("司法行政部门"),
    MINE_SAFETY("矿山安全监管部门"),
    GOVERNMENT("人民政府"),
    OTHER("其他");

    private final String label;

    /** Parses user input with a Chinese refusal instead of an IllegalArgumentException. */
    public static AgencyKind parse(String value) {
        if (value != null) {
            for (AgencyKind k : values()) {
                if (k.name().equals(value.strip().toUpperCase(Locale.ROOT))) {
                    return k;
                }
            }
        }
        throw BusinessException.badInput("ORG-AGENCY-KIND", "机构类型不正确，可选：应急管理部门、司法行政部门、矿山安全监管部门、人民政府、其他");
    }
}
