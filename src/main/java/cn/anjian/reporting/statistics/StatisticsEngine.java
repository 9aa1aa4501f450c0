package cn.anjian.reporting.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.org.ScopeSql;
import cn.anjian.reporting.EnforcementStatistics;
import cn.anjian.reporting.StatFigure;
import cn.anjian.reporting.StatGroup;
import cn.anjian.reporting.StatPeriod;
import cn.anjian.reporting.StatSource;
import cn.anjian.reporting.StatSource.Figure;
import cn.anjian.reporting.StatSource.Measure;
import cn.anjian.reporting.StatTable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * STAT-09: every figure is computed from the records its source selects, for a jurisdiction subtree and a period, and its
 * drill-down lists exactly those records (the same SQL, wrapped). Nothing is typed; the additive figures are kept as
 * monthly cells computed by that same SQL and recomputed where their records changed ({@link StatisticsCells}).
 */
@Service
@Transactional(readOnly = true)
public class StatisticsEngine implements EnforcementStatistics {

    public record Row(long id, String title, String detail, String unit, LocalDate day, BigDecimal amount, String link) {
    }

    /** A page of a figure's records; {@code value} is the figure computed from all of them (what the table shows). */
    public record Page(List<Row> items, long total, int page, int size, BigDecimal value) {
    }

    /** A labelled value of a chart (a month, a kind, a jurisdiction below). */
    public record Point(String label, BigDecimal value) {
    }

    public static final ListSort SORT = ListSort.by("t.rid").key("day", "日期", "t.day").key("title", "名称", "t.title")
            .key("amount", "数值", "t.amount").key("unit", "单位", "t.unit").byDefault("day", false);

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final Jurisdictions jurisdictions;
    private final List<StatSource> sources;
    private final StatisticsTally tally;
    private final StatisticsCells cells;
    private final Set<String> live;

    StatisticsEngine(JdbcClient jdbc, ExportJdbc export, Jurisdictions jurisdictions, List<StatSource> sources,
                     StatisticsTally tally, StatisticsCells cells) {
        this.jdbc = jdbc;
        this.export = export;
        this.jurisdictions = jurisdictions;
        this.tally = tally;
        this.cells = cells;
        Set<String> pre = cells.keys();
        this.live = sources.stream().flatMap(s -> s.figures().stream()).map(Figure::key).filter(k -> !pre.contains(k))
                .collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.sources = sources.stream().sorted(Comparator.comparing(StatSource::group)).toList();
    }

    /** The jurisdiction of a table in the actor's scope (404 otherwise, ORG-03). */
    public Jurisdiction jurisdiction(Actor actor, Long id) {
        Jurisdiction j = jurisdictions.findById(id == null ? actor.jurisdictionId() : id)
                .orElseThrow(() -> BusinessException.notFound("行政区划"));
        ScopeSql.requireInScope(actor, j.path(), "行政区划");
        return j;
    }

    /** The groups in table order, each with the figures of its sources (empty when no source delivers it yet). */
    public Map<StatGroup, List<Figure>> layout() {
        Map<StatGroup, List<Figure>> m = new LinkedHashMap<>();
        for (StatGroup g : StatGroup.values()) {
            m.put(g, new ArrayList<>());
        }
        sources.forEach(s -> m.get(s.group()).addAll(s.figures()));
        return m;
    }

    public Figure figure(String key) {
        return sources.stream().flatMap(s -> s.figures().stream()).filter(f -> f.key().equals(key)).findFirst()
                .orElseThrow(() -> BusinessException.badInput("STAT-FIGURE", "没有这项统计指标"));
    }

    private StatGroup groupOf(Figure f) {
        return sources.stream().filter(s -> s.figures().contains(f)).findFirst().orElseThrow().group();
    }

    /**
     * The pre-aggregated figures from their monthly cells (recomputed first where their records changed), the others in
     * one statement over their records; a figure neither knows is computed on its own. Outside a transaction: the cells'
     * recomputation commits on its own and no connection is held while it waits for another reader's.
     */
    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public StatTable table(long jurisdictionId, StatPeriod period) {
        Jurisdiction j = jurisdictions.get(jurisdictionId);
        Map<String, BigDecimal> tallied = new HashMap<>(tally.values(params(j.path(), period), live));
        tallied.putAll(cells.values(j.path(), period));
        List<StatFigure> figures = new ArrayList<>();
        for (StatSource s : sources) {
            for (Figure f : s.figures()) {
                BigDecimal v = tallied.get(f.key());
                figures.add(new StatFigure(s.group(), f.key(), f.label(), f.unit(), v != null ? v : value(j.path(), period, f)));
            }
        }
        return new StatTable(j.id(), j.name(), period, List.copyOf(figures));
    }

    @Override
    public StatTable figures(long jurisdictionId, StatPeriod period, List<String> keys) {
        Jurisdiction j = jurisdictions.get(jurisdictionId);
        List<StatFigure> figures = new ArrayList<>();
        for (String key : keys) {
            Figure f = figure(key);
            figures.add(new StatFigure(groupOf(f), f.key(), f.label(), f.unit(), value(j.path(), period, f)));
        }
        return new StatTable(j.id(), j.name(), period, List.copyOf(figures));
    }

    @Override
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public StatTable table(Actor actor, long jurisdictionId, StatPeriod period) {
        return table(jurisdiction(actor, jurisdictionId).id(), period);
    }

    private static String aggregate(Figure f) {
        return f.measure() == Measure.SUM ? "coalesce(sum(t.amount), 0)" : "count(*)";
    }

    static Map<String, Object> params(String path, StatPeriod period) {
        return params(path + "%", period.from(), period.to());
    }

    /** The parameters of a figure's records SQL: a path pattern ({@code :p}) and the days [from, to). */
    static Map<String, Object> params(String pattern, LocalDate from, LocalDate to) {
        Map<String, Object> p = new HashMap<>();
        p.put("p", pattern);
        p.put("from", from);
        p.put("to", to);
        p.put("last", to.minusDays(1));
        p.put("fromTs", OffsetDateTime.of(from.atStartOfDay(), Zones.SHANGHAI.getRules().getOffset(from.atStartOfDay())));
        p.put("toTs", OffsetDateTime.of(to.atStartOfDay(), Zones.SHANGHAI.getRules().getOffset(to.atStartOfDay())));
        return p;
    }

    BigDecimal value(String path, StatPeriod period, Figure f) {
        return plain(jdbc.sql("SELECT " + aggregate(f) + " FROM (" + f.records() + ") t").params(params(path, period))
                .query(BigDecimal.class).single());
    }

    /** A figure as the table shows it: zero for nothing, no trailing zeros, never in exponent notation. */
    static BigDecimal plain(BigDecimal v) {
        return v == null ? BigDecimal.ZERO : v.stripTrailingZeros().scale() < 0 ? v.setScale(0) : v.stripTrailingZeros();
    }

    /**
     * The records behind a figure, a page of them in the chosen order, with their number and the figure itself taken in
     * the same pass (window aggregates over all of them before the page is cut): the value shown above the list is the
     * value of the rows listed. Only a page past the end costs a second statement (the count, to show the last page).
     */
    public Page records(Jurisdiction j, StatPeriod period, Figure f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> p = params(j.path(), period);
        String value = f.measure() == Measure.SUM ? "coalesce(sum(t.amount) OVER (), 0)" : "count(*) OVER ()";
        String sql = "SELECT t.*, count(*) OVER () AS stat_total, " + value + " AS stat_value FROM (" + f.records() + ") t"
                + sort.orderBy();
        long[] total = {0};
        BigDecimal[] figure = {BigDecimal.ZERO};
        java.util.function.IntFunction<List<Row>> read = n -> jdbc.sql(sql + new PageSlice(Math.max(0, n), size).window())
                .params(p).query((rs, i) -> {
                    total[0] = rs.getLong("stat_total");
                    figure[0] = rs.getBigDecimal("stat_value");
                    return row(rs, i);
                }).list();
        List<Row> rows = read.apply(page);
        int shown = Math.max(0, page);
        if (rows.isEmpty() && page > 0) {
            long all = jdbc.sql("SELECT count(*) FROM (" + f.records() + ") t").params(p).query(Long.class).single();
            shown = PageSlice.of(page, size, all).page();
            rows = all == 0 ? rows : read.apply(shown);
        }
        return new Page(rows, total[0], shown, size, plain(figure[0]));
    }

    /** Every record behind a figure, streamed (the Excel export of the drill-down). */
    public void each(Jurisdiction j, StatPeriod period, Figure f, ListSort.Sort sort, Consumer<Row> sink) {
        try (Stream<Row> rows = export.sql("SELECT t.* FROM (" + f.records() + ") t" + sort.orderBy())
                .params(params(j.path(), period)).query(StatisticsEngine::row).stream()) {
            rows.forEach(sink);
        }
    }

    private static Row row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        java.sql.Date d = rs.getDate("day");
        return new Row(rs.getLong("rid"), rs.getString("title"), rs.getString("detail"), rs.getString("unit"),
                d == null ? null : d.toLocalDate(), rs.getBigDecimal("amount"), rs.getString("link"));
    }

    /** The figure month by month over the period (its cells, or one query grouped by month). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<Point> trend(Jurisdiction j, StatPeriod period, Figure f) {
        Map<Integer, BigDecimal> by = new HashMap<>();
        if (cells.additive().contains(f.key())) {
            cells.grouped(j.path(), period, f.key(), StatisticsCells.MONTH).forEach((m, v) -> by.put(Integer.valueOf(m), v));
        } else if (f.trend()) {
            jdbc.sql("SELECT (extract(year FROM t.day) * 100 + extract(month FROM t.day))::int AS m, " + aggregate(f)
                            + " AS v FROM (" + f.records() + ") t GROUP BY 1").params(params(j.path(), period))
                    .query(rs -> {
                        by.put(rs.getInt("m"), rs.getBigDecimal("v"));
                    });
        }
        return period.monthsOf().stream().map(m -> new Point(m.index() + "月",
                by.getOrDefault(m.year() * 100 + m.index(), BigDecimal.ZERO))).toList();
    }

    /**
     * The comparison chart (issue 19): the place's own agencies' figure ("…本级") and each jurisdiction directly below that
     * has an agency in its subtree, or a figure. Records belong to the agency that made them, so a township without an
     * agency of its own never has one: its records are the county's own (one query grouped by the child's id in the path).
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public List<Point> below(Jurisdiction j, StatPeriod period, Figure f) {
        List<Jurisdiction> children = jurisdictions.children(j.id());
        if (children.isEmpty()) {
            return List.of();
        }
        Map<String, BigDecimal> by = new HashMap<>();
        if (cells.additive().contains(f.key())) {
            by.putAll(cells.grouped(j.path(), period, f.key(), "split_part(c.scope_path, '/', " + childField(j) + ")"));
        } else {
            jdbc.sql("SELECT split_part(t.scope_path, '/', " + childField(j) + ") AS c, " + aggregate(f) + " AS v FROM ("
                            + f.records() + ") t GROUP BY 1").params(params(j.path(), period))
                    .query(rs -> {
                        by.put(rs.getString("c"), rs.getBigDecimal("v"));
                    });
        }
        java.util.Set<String> staffed = staffed(j);
        List<Point> points = new java.util.ArrayList<>();
        if (staffed.contains("") || by.containsKey("")) {
            points.add(new Point(j.name() + "本级", by.getOrDefault("", BigDecimal.ZERO)));
        }
        children.stream().filter(c -> staffed.contains(String.valueOf(c.id())) || by.containsKey(String.valueOf(c.id())))
                .forEach(c -> points.add(new Point(c.name(), by.getOrDefault(String.valueOf(c.id()), BigDecimal.ZERO))));
        return points;
    }

    /** The jurisdictions directly below without any agency in their subtree: the comparison leaves them out, and says so. */
    public List<String> withoutAgency(Jurisdiction j) {
        java.util.Set<String> staffed = staffed(j);
        return jurisdictions.children(j.id()).stream().filter(c -> !staffed.contains(String.valueOf(c.id())))
                .map(Jurisdiction::name).toList();
    }

    /** The child ids (as path fields) with an agency in their subtree; "" when the place itself has one. */
    private java.util.Set<String> staffed(Jurisdiction j) {
        return new java.util.HashSet<>(jdbc.sql("SELECT DISTINCT split_part(a.scope_path, '/', " + childField(j)
                        + ") FROM org_agency_view a WHERE a.scope_path LIKE :p").param("p", j.path() + "%")
                .query(String.class).list());
    }

    /** "/1/5/" splits into "", "1", "5": a child's id is the path's next field (4). */
    private static int childField(Jurisdiction j) {
        return j.path().split("/").length + 1;
    }

    /** Composition: the cases opened in the period by kind (行政检查、处罚、强制、许可). */
    public List<Point> composition(Jurisdiction j, StatPeriod period) {
        Map<String, Object> p = params(j.path(), period);
        Map<String, BigDecimal> by = new HashMap<>();
        jdbc.sql("SELECT c.kind, count(*) AS n FROM enf_stat_case_view c WHERE c.scope_path LIKE :p AND c.opened_at >= :fromTs"
                        + " AND c.opened_at < :toTs GROUP BY c.kind").params(p)
                .query(rs -> {
                    by.put(rs.getString("kind"), rs.getBigDecimal("n"));
                });
        return java.util.Arrays.stream(cn.anjian.enforcement.CaseKind.values())
                .map(k -> new Point(k.label(), by.getOrDefault(k.name(), BigDecimal.ZERO))).toList();
    }

    public StatGroup group(Figure f) {
        return groupOf(f);
    }

    /** Recomputes the pre-aggregated figures of every place from scratch (a province-level user's request, audited). */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public long rebuildCells(Actor actor) {
        return cells.rebuild(actor);
    }
}
