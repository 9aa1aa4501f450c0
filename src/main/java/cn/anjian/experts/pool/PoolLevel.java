package cn.anjian.experts.pool;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Jurisdiction;

/** The level of a pool: the level of its agency's jurisdiction (a township keeps no pool). */
@Getter
@RequiredArgsConstructor
public enum PoolLevel {
    PROVINCE("省级专家库"), CITY("市级专家库"), COUNTY("县级专家库");

    private final String label;

    public static PoolLevel of(int jurisdictionLevel) {
        return switch (jurisdictionLevel) {
            case Jurisdiction.PROVINCE -> PROVINCE;
            case Jurisdiction.CITY -> CITY;
            case Jurisdiction.COUNTY -> COUNTY;
            default -> throw new BusinessException("EXP-POOL-LEVEL", "乡镇（街道）不设专家库，专家库设在县级以上应急管理部门");
        };
    }
}
