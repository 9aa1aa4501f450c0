package cn.anjian.mines.planner;

/**
 * A hard rule a plan breaks. {@code ruleId} is the stable code (never shown); {@code message} is Chinese and names
 * the regulation's article.
 */
public record Violation(String ruleId, String message, Long mineId, Long commissionerId) {
}
