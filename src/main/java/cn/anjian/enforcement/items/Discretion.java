package cn.anjian.enforcement.items;

import java.math.BigDecimal;

import cn.anjian.kernel.BusinessException;

/**
 * CASE-17 (行政处罚法 art. 34): a fine inside the suggested range of the chosen circumstance needs nothing more; a fine
 * outside it (below the minimum or above the maximum, to the fen) is accepted only with a recorded reason.
 */
final class Discretion {

    static final String REASON_REQUIRED = "CASE-17-REASON";
    static final String NO_CIRCUMSTANCE = "CASE-17-CIRCUMSTANCE";

    private Discretion() {
    }

    /** A suggested fine range, both ends included. */
    record Range(BigDecimal min, BigDecimal max) {

        Range {
            if (min == null || max == null || min.signum() < 0 || min.compareTo(max) > 0) {
                throw BusinessException.badInput("ITEM-RANGE", "罚款幅度应为不小于 0 的金额，且下限不大于上限");
            }
        }

        boolean contains(BigDecimal fine) {
            return fine.compareTo(min) >= 0 && fine.compareTo(max) <= 0;
        }

        String text() {
            return yuan(min) + "–" + yuan(max) + " 元";
        }
    }

    /** Whether the fine lies outside the range (no fine: not outside). */
    static boolean outside(Range range, BigDecimal fine) {
        return fine != null && fine.signum() != 0 && !range.contains(fine);
    }

    /** Refuses a fine outside the range of {@code circumstance} without a reason; nothing is changed by the caller then. */
    static void check(Circumstance circumstance, Range range, BigDecimal fine, String reason) {
        if (outside(range, fine) && (reason == null || reason.isBlank())) {
            throw new BusinessException(REASON_REQUIRED, "拟罚款 " + yuan(fine) + " 元不在“" + circumstance.label() + "”情节的建议幅度（"
                    + range.text() + "）内，须在处理决定中写明偏离裁量基准的理由");
        }
    }

    static String yuan(BigDecimal v) {
        return String.format("%,.2f", v).replace(".00", "");
    }
}
