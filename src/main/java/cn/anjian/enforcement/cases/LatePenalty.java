package cn.anjian.enforcement.cases;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * CASE-15 加处罚款 (行政处罚法 art. 72(一), 行政强制法 art. 45): 3 % of the fine for every day the fine is overdue, never
 * more than the fine itself; computed with {@link BigDecimal} and rounded to the fen. Both figures are the law's text,
 * not configurable.
 */
final class LatePenalty {

    static final BigDecimal DAILY_RATE = new BigDecimal("0.03");

    private LatePenalty() {
    }

    /** The days after {@code due} up to {@code asOf} (0 when not overdue). */
    static long daysLate(LocalDate due, LocalDate asOf) {
        if (due == null || asOf == null || !asOf.isAfter(due)) {
            return 0;
        }
        return ChronoUnit.DAYS.between(due, asOf);
    }

    /** The late penalty after {@code days} days overdue: min(fine × 3 % × days, fine), to the fen. */
    static BigDecimal amount(BigDecimal fine, long days) {
        if (fine == null || fine.signum() <= 0 || days <= 0) {
            return BigDecimal.ZERO.setScale(2);
        }
        BigDecimal p = fine.multiply(DAILY_RATE).multiply(BigDecimal.valueOf(days));
        return p.min(fine).setScale(2, RoundingMode.HALF_UP);
    }

    static BigDecimal of(BigDecimal fine, LocalDate due, LocalDate asOf) {
        return amount(fine, daysLate(due, asOf));
    }
}
