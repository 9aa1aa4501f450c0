package cn.anjian.experts.pool;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

/**
 * EXP-13/EXP-17: the grade the year's service-quality registers (annex 6, 总体评价) point to, beside the unit's yearly
 * evaluation (优秀 / 称职 / 不称职, art. 14, 21). Derived, never stored: one unqualified register makes it 不称职, at least
 * half of the registers excellent (and none unqualified) makes it 优秀, anything else with a register is 称职; without a
 * register there is no grade. The unit still decides the evaluation; this is what the registers say.
 */
@Getter
@RequiredArgsConstructor
public enum QualityGrade {
    EXCELLENT("优秀"), QUALIFIED("称职"), UNQUALIFIED("不称职");

    private final String label;

    /** The grade of {@code registers} registers of which {@code excellent} excellent, {@code unqualified} unqualified; null without one. */
    public static QualityGrade of(long registers, long excellent, long unqualified) {
        if (registers <= 0) {
            return null;
        }
        if (unqualified > 0) {
            return UNQUALIFIED;
        }
        return excellent * 2 >= registers ? EXCELLENT : QUALIFIED;
    }
}
