package cn.anjian.enforcement.cases;

import java.math.BigDecimal;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;

/** Small input and permission checks shared by the case services (refusals in Chinese, never a 500). */
final class Guards {

    /** 100 million yuan: far above any fine the safety-production laws allow; anything larger is a typo. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000000");

    private Guards() {
    }

    static void require(Actor actor, String permission) {
        if (actor == null || !actor.hasPermission(permission)) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "FORBIDDEN", "您没有该操作的权限（" + permission + "）");
        }
    }

    /** The stripped text, null when blank; refused when longer than {@code max} or holding control characters. */
    static String text(String value, int max, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String s = value.strip();
        if (s.length() > max) {
            throw BusinessException.badInput("CASE-TEXT-TOO-LONG", label + "不能超过 " + max + " 个字");
        }
        if (s.chars().anyMatch(ch -> Character.isISOControl(ch) && ch != '\n' && ch != '\r' && ch != '\t')) {
            throw BusinessException.badInput("CASE-TEXT-INVALID", label + "含有无效字符");
        }
        return s;
    }

    /** An amount in yuan: non-negative, at most 2 decimals, at most {@link #MAX_AMOUNT}; null stays null. */
    static BigDecimal amount(BigDecimal v, String label) {
        if (v == null) {
            return null;
        }
        if (v.signum() < 0) {
            throw BusinessException.badInput("CASE-AMOUNT", label + "不能为负数");
        }
        if (v.stripTrailingZeros().scale() > 2) {
            throw BusinessException.badInput("CASE-AMOUNT", label + "最多保留两位小数（精确到分）");
        }
        if (v.compareTo(MAX_AMOUNT) > 0) {
            throw BusinessException.badInput("CASE-AMOUNT", label + "不能超过 1 亿元，请核对金额");
        }
        return v.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
