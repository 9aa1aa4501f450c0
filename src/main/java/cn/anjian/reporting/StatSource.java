package cn.anjian.reporting;

import java.util.List;

/**
 * A group of figures of the statistical table (STAT-09), one Spring bean per group; the table shows every source's
 * figures in {@link StatGroup} order. A figure is defined by the SQL of the records it counts, so its value and its
 * drill-down list can never disagree: {@code records} selects from the owners' published views, filtered by the scope
 * pattern {@code :p} (a {@code LIKE} on {@code scope_path}) and the period ({@code :from} inclusive, {@code :to}
 * exclusive as dates; {@code :fromTs}/{@code :toTs} as instants at Beijing midnight; {@code :last} the period's last day),
 * and returns these columns: {@code rid} (bigint, unique in the set), {@code title}, {@code detail}, {@code unit},
 * {@code day} (date), {@code amount} (numeric or null), {@code link} (a local path or null), {@code scope_path}.
 * STAT-02/03 (publicity activities entered by hand, the normative documents register) plug in as further beans.
 */
public interface StatSource {

    StatGroup group();

    List<Figure> figures();

    /** How a figure aggregates its records: their number, or the sum of {@code amount}. */
    enum Measure { COUNT, SUM }

    /** {@code trend}: the figure is dated by {@code day} within the period (false for a stock such as certificate holders). */
    record Figure(String key, String label, String unit, Measure measure, boolean trend, String records) {
    }
}
