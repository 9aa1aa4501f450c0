package cn.anjian.reporting;

import java.math.BigDecimal;

/** One figure of a statistical table: its stable key (for links and the API), Chinese label, unit and value. */
public record StatFigure(StatGroup group, String key, String label, String unit, BigDecimal value) {
}
