package cn.anjian.enforcement;

import java.time.LocalDate;

/**
 * CASE-11 (行政处罚法第三十六条): what a penalty case is opened with for the limitation. {@code violationDate} is the
 * day the violation happened or, when {@code continuing} (连续或者继续状态), the day it ended; {@code seriousHarm}:
 * it harmed citizens' life, health or financial security (five years instead of two); {@code discoveredOn}: the
 * day it was discovered (null: the day the case is opened).
 */
public record ViolationFacts(LocalDate violationDate, boolean continuing, boolean seriousHarm, LocalDate discoveredOn) {
}
