package cn.anjian.reporting.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.anjian.reporting.StatPeriod;
import cn.anjian.reporting.StatSource;
import cn.anjian.reporting.StatSource.Figure;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The distinct-count figures of {@link StatisticsCells} (officers trained, courses held, certificate holders): a year is not
 * the sum of its months, so their cells keep the members themselves ({@code rep_stat_member}: per place, month and
 * figure, each distinct member once) and a subtree's figure for a period counts its distinct members. A flow (trainings)
 * is kept for every month with records; a stock (holders on the period's last day) for the month ends asked for so far
 * ({@code rep_stat_stock_month}), computed for every place the first time a month end is asked for. The members come
 * from {@link PeopleSources#FLOW_MEMBERS}/{@link PeopleSources#STOCK_MEMBERS}, built on the same rows as the records SQL.
 * Callers hold {@code StatisticsCells}' lock for every write.
 */
class StatisticsMembers {

    private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
    private static final LocalDate END = LocalDate.of(2101, 1, 1);

    private record Member(String key, String sql, boolean stock) {
    }

    private final JdbcClient jdbc;
    private final List<Member> members;

    StatisticsMembers(JdbcClient jdbc, List<StatSource> sources) {
        this.jdbc = jdbc;
        Set<String> known = sources.stream().flatMap(s -> s.figures().stream()).map(Figure::key).collect(Collectors.toSet());
        List<Member> all = new ArrayList<>();
        PeopleSources.FLOW_MEMBERS.forEach((k, sql) -> all.add(new Member(k, sql, false)));
        PeopleSources.STOCK_MEMBERS.forEach((k, sql) -> all.add(new Member(k, sql, true)));
        this.members = all.stream().filter(m -> known.contains(m.key())).toList();
    }

    Set<String> keys() {
        return members.stream().map(Member::key).collect(Collectors.toUnmodifiableSet());
    }

    /** The figures of a subtree and a period: distinct flow members of its months, distinct stock members of its last month. */
    void values(String path, StatPeriod period, Map<String, BigDecimal> into) {
        members.forEach(m -> into.put(m.key(), BigDecimal.ZERO));
        LocalDate lastMonth = period.to().minusMonths(1);
        jdbc.sql("""
                SELECT m.figure, count(DISTINCT m.member) AS n FROM rep_stat_member m
                WHERE m.scope_path LIKE :p AND m.month >= :from AND m.month < :to
                  AND (m.stock = FALSE OR m.month = :last) GROUP BY m.figure""")
                .param("p", path + "%").param("from", period.from()).param("to", period.to()).param("last", lastMonth)
                .query(rs -> {
                    if (into.containsKey(rs.getString("figure"))) {
                        into.put(rs.getString("figure"), BigDecimal.valueOf(rs.getLong("n")));
                    }
                });
    }

    /** Whether the stock members of this month's end are kept (else {@link #stockMonth} must compute them first). */
    boolean hasStock(LocalDate month) {
        return members.stream().noneMatch(Member::stock)
                || jdbc.sql("SELECT count(*) FROM rep_stat_stock_month WHERE month = :m").param("m", month).query(Long.class).single() > 0;
    }

    /** The stock members of a month's end at every place (once per month end). */
    void stockMonth(LocalDate month) {
        if (hasStock(month)) {
            return;
        }
        members.stream().filter(Member::stock).forEach(m -> insertStock(m, "%", month));
        jdbc.sql("INSERT INTO rep_stat_stock_month (month) VALUES (:m)").param("m", month).update();
    }

    /** The members of one place (exactly) again: flows over all months, stocks at every month end kept. */
    void recompute(String scope) {
        if (members.isEmpty()) {
            return;
        }
        jdbc.sql("DELETE FROM rep_stat_member WHERE scope_path = :s AND figure IN (:f)").param("s", scope)
                .param("f", members.stream().map(Member::key).toList()).update();
        List<LocalDate> months = jdbc.sql("SELECT month FROM rep_stat_stock_month ORDER BY month").query(LocalDate.class).list();
        for (Member m : members) {
            if (m.stock()) {
                months.forEach(month -> insertStock(m, scope, month));
            } else {
                insertFlow(m, scope);
            }
        }
    }

    /** Every member from scratch: flows at once, the stocks' month ends again when asked for. */
    void rebuild() {
        jdbc.sql("DELETE FROM rep_stat_member").update();
        jdbc.sql("DELETE FROM rep_stat_stock_month").update();
        members.stream().filter(m -> !m.stock()).forEach(m -> insertFlow(m, "%"));
    }

    /** Whether these figures' records are personnel's (the revision that moves them). */
    static String source() {
        return "off";
    }

    private void insertFlow(Member m, String pattern) {
        jdbc.sql("INSERT INTO rep_stat_member (figure, scope_path, month, member, stock) SELECT DISTINCT :figure, t.scope_path, "
                        + "date_trunc('month', t.day::timestamp)::date, t.member, FALSE FROM (" + m.sql() + ") t WHERE t.scope_path IS NOT NULL")
                .params(StatisticsEngine.params(pattern, FIRST, END)).param("figure", m.key()).update();
    }

    private void insertStock(Member m, String pattern, LocalDate month) {
        jdbc.sql("INSERT INTO rep_stat_member (figure, scope_path, month, member, stock) SELECT DISTINCT :figure, t.scope_path, "
                        + ":month, t.member, TRUE FROM (" + m.sql() + ") t WHERE t.scope_path IS NOT NULL")
                .params(StatisticsEngine.params(pattern, month, month.plusMonths(1))).param("figure", m.key()).param("month", month)
                .update();
    }
}
