package cn.anjian.reporting;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/** STAT-09: the statistical table of a jurisdiction subtree and a period; a group without a source has no figures. */
public record StatTable(long jurisdictionId, String jurisdictionName, StatPeriod period, List<StatFigure> figures) {

    public Optional<StatFigure> figure(String key) {
        return figures.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /** The value of a figure (zero when unknown), for briefings built from the table. */
    public BigDecimal value(String key) {
        return figure(key).map(StatFigure::value).orElse(BigDecimal.ZERO);
    }

    /**
     * The drill-down list of a figure of this table (jurisdiction, period, figure): the one address of "the records
     * behind this number", used by the statistics page and the SS-06 briefing alike.
     */
    public String recordsLink(String key) {
        return "/reporting/statistics/records?j=" + jurisdictionId + "&period=" + period.code() + "&figure=" + key;
    }

    public List<StatFigure> of(StatGroup group) {
        return figures.stream().filter(f -> f.group() == group).toList();
    }
}
