package cn.anjian.reporting.capacity;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** The arithmetic of the indicators, exact (no floating point): a share meets its percentage, an amount its minimum. */
final class Targets {

    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private Targets() {
    }

    /** {@code part / whole ≥ percent %}; nothing to count never meets a target. */
    static boolean meetsShare(long part, long whole, BigDecimal percent) {
        return whole > 0 && BigDecimal.valueOf(part).multiply(HUNDRED).compareTo(percent.multiply(BigDecimal.valueOf(whole))) >= 0;
    }

    /** The share as people read it, to two decimals ("19.99%"); "—" when there is nothing to count. */
    static String percent(long part, long whole) {
        if (whole <= 0) {
            return "—";
        }
        return BigDecimal.valueOf(part).multiply(HUNDRED).divide(BigDecimal.valueOf(whole), 2, RoundingMode.DOWN)
                .stripTrailingZeros().toPlainString() + "%";
    }

    static boolean meetsAmount(BigDecimal amount, BigDecimal minimum) {
        return amount != null && amount.compareTo(minimum) >= 0;
    }
}
