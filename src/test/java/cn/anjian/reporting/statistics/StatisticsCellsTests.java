package cn.anjian.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.NewCase;
import cn.anjian.enforcement.cases.InspectionVehicles;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;
import cn.anjian.org.Agencies;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.reporting.StatPeriod;
import cn.anjian.reporting.StatSource.Figure;
import cn.anjian.reporting.StatTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19, pre-aggregation: the figures kept as monthly cells ({@link StatisticsCells}) equal (a) each figure recomputed
 * from its own records — the drill-down's SQL — and (b) the cells rebuilt from scratch, at the county, its city and the
 * province, for a month, a quarter, a half-year and years; and stay equal after changes made through the domain and by
 * plain SQL (new, changed, moved and deleted records), because every such statement moves its place's revision.
 */
@IntegrationTest
class StatisticsCellsTests {

    static final List<StatPeriod> PERIODS = List.of(StatPeriod.parse("2026-07"), StatPeriod.parse("2026-Q3"),
            StatPeriod.parse("2026-H1"), StatPeriod.parse("2026"), StatPeriod.parse("2025"), StatPeriod.parse("2027-Q1"));

    static final TestActors.TestActor PROVINCE_OFFICE = TestActors.actor("stat-cells-province", 1, "/1/", "statistics:report");

    @Autowired JdbcClient jdbc;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired StatisticsEngine engine;
    @Autowired StatisticsCells cells;
    @Autowired Cases cases;
    @Autowired InspectionVehicles vehicles;

    private StatisticsWorld world(long seed) {
        StatisticsWorld w = new StatisticsWorld(jdbc, jurisdictions, agencies);
        StatisticsTallyTests generator = new StatisticsTallyTests();
        generator.jdbc = jdbc;
        generator.generate(w, new Random(seed));
        return w;
    }

    private List<Figure> all() {
        return engine.layout().values().stream().flatMap(List::stream).toList();
    }

    /** Every figure of the table, and every pre-aggregated one from its cells, equals its records' recomputation. */
    private void assertEqualsRecomputation(StatisticsWorld w, String when) {
        Jurisdiction province = jurisdictions.findByCode("140000").orElseThrow();
        for (Jurisdiction j : List.of(w.county, w.city, province)) {
            for (StatPeriod p : PERIODS) {
                Map<String, BigDecimal> pre = cells.values(j.path(), p);
                StatTable table = engine.table(j.id(), p);
                for (Figure f : all()) {
                    String what = when + ": " + j.name() + " " + p.label() + " " + f.key();
                    BigDecimal alone = engine.value(j.path(), p, f);
                    assertThat(table.value(f.key())).as(what + " in the table").isEqualTo(alone);
                    if (cells.keys().contains(f.key())) {
                        assertThat(pre.get(f.key())).as(what + " from the cells").isEqualTo(alone);
                    }
                }
            }
        }
    }

    /** The cells and the flows' members of the world's city and county, as text (a rebuild must give exactly these). */
    private Set<String> cellsOf(StatisticsWorld w) {
        return new TreeSet<>(jdbc.sql("""
                SELECT figure || ' ' || scope_path || ' ' || month || ' ' || value FROM rep_stat_cell WHERE scope_path LIKE :p
                UNION ALL
                SELECT figure || ' ' || scope_path || ' ' || month || ' member ' || member FROM rep_stat_member
                WHERE scope_path LIKE :p AND NOT stock""").param("p", w.city.path() + "%").query(String.class).list());
    }

    @Test
    @DisplayName("STAT-09 the monthly cells equal each figure's own records and a rebuild from scratch, at county, city and province, for months, quarters and years")
    void cellsEqualRecomputationAndRebuild() {
        StatisticsWorld w = world(2026);
        assertEqualsRecomputation(w, "maintained");
        Set<String> maintained = cellsOf(w);
        assertThat(maintained).as("the world's records are in cells").hasSizeGreaterThan(50);
        assertThat(cells.additive()).contains("penalties.opened", "penalties.fines", "training.hours", "complaints.accepted",
                "penalties.reconsiderations-received")
                .doesNotContain("publicity.media", "normative.issued", "training.officers", "training.courses", "inspections.officers", "certificates.enforcement",
                        "coercion.cases", "normative.in-force");
        assertThat(cells.keys()).containsAll(cells.additive()).contains("training.officers", "training.courses",
                "certificates.enforcement", "certificates.supervision").doesNotContain("inspections.officers", "coercion.cases");
        var county = TestActors.actor("stat-cells-county", w.county.id(), w.county.path(), "statistics:report");
        assertThatThrownBy(() -> engine.rebuildCells(county)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("STAT-REBUILD-SCOPE");
        assertThat(engine.rebuildCells(PROVINCE_OFFICE)).isPositive();
        assertThat(cellsOf(w)).as("a rebuild from scratch gives the same cells").isEqualTo(maintained);
        assertEqualsRecomputation(w, "rebuilt");
    }

    @Test
    @DisplayName("STAT-09 the table is read from the cells, and a change by the domain or by plain SQL is reflected at once: opened, decided, closed, heard, trained, answered, moved, deleted")
    void changesAreReflected() {
        StatisticsWorld w = world(1919);
        assertEqualsRecomputation(w, "before");
        StatPeriod year = StatPeriod.parse("2026");
        // read from the cells: a cell changed behind the records' back shows (nothing recomputes a place that did not change)
        BigDecimal opened = cells.values(w.county.path(), year).get("penalties.opened");
        jdbc.sql("UPDATE rep_stat_cell SET value = value + 1000 WHERE scope_path = :p AND figure = 'penalties.opened' AND month = DATE '2026-03-01'")
                .param("p", w.county.path()).update();
        jdbc.sql("INSERT INTO rep_stat_cell (figure, scope_path, month, value) VALUES ('penalties.opened', :p, DATE '2026-03-01', 1000) ON CONFLICT DO NOTHING")
                .param("p", w.county.path()).update();
        assertThat(cells.values(w.county.path(), year).get("penalties.opened")).isEqualTo(opened.add(BigDecimal.valueOf(1000)));

        // through the domain: a case opened by the county's officer, its vehicles recorded
        var officer = new TestActors.TestActor(987_001, "stat-cells-officer", "统计测试执法人员", w.countyAgency.id(),
                w.countyAgency.name(), null, w.county.id(), new Scope(w.county.path()), Set.of("case:read", "case:manage"));
        long opened1 = cases.open(officer, new NewCase(CaseKind.INSPECTION, CaseSource.SPECIAL_CAMPAIGN, "关于开展专项检查的通知",
                "统测〔2026〕1号", LocalDate.of(2026, 1, 5), null, "李某", "统计预汇总测试检查", "某地", null)).id();
        vehicles.record(officer, opened1, "晋E12345、晋E·D12346");
        assertEqualsRecomputation(w, "after a case opened and its vehicles recorded through the domain");

        // by plain SQL: a case closed, a decision's fine changed, another decision deleted, a hearing held
        long closed = jdbc.sql("SELECT id FROM enf_case WHERE scope_path = :p AND kind = 'PENALTY' ORDER BY id LIMIT 1")
                .param("p", w.county.path()).query(Long.class).single();
        jdbc.sql("UPDATE enf_case SET closed_at = TIMESTAMPTZ '2026-08-03 10:00+08', stage = 'CLOSURE' WHERE id = :id").param("id", closed).update();
        jdbc.sql("UPDATE enf_case_decision SET fine_yuan = 777.70 WHERE case_id IN (SELECT id FROM enf_case WHERE scope_path = :p) AND fine_yuan > 0"
                + " AND case_id = (SELECT min(case_id) FROM enf_case_decision d JOIN enf_case c ON c.id = d.case_id WHERE c.scope_path = :p AND d.fine_yuan > 0)")
                .param("p", w.county.path()).update();
        jdbc.sql("DELETE FROM enf_case_decision WHERE case_id = (SELECT max(case_id) FROM enf_case_decision d JOIN enf_case c ON c.id = d.case_id WHERE c.scope_path = :p)")
                .param("p", w.county.path()).update();
        w.hearing(closed, LocalDate.of(2026, 7, 30));
        w.remedy(closed, "RECONSIDERATION", LocalDate.of(2026, 7, 31), w.cityAgency);
        assertEqualsRecomputation(w, "after a close, a changed fine, a deleted decision, a hearing and a remedy");

        // trainings and complaints: a training added, an officer moved from the county to the city (his trainings move),
        // a complaint answered, a case deleted
        long moved = jdbc.sql("SELECT person_id FROM off_officer WHERE scope_path = :p ORDER BY person_id LIMIT 1")
                .param("p", w.county.path()).query(Long.class).single();
        w.training(moved, "新增培训", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 2), 6, "PRESENT");
        jdbc.sql("UPDATE off_officer SET scope_path = :p, agency_id = :a WHERE person_id = :id")
                .param("p", w.city.path()).param("a", w.cityAgency.id()).param("id", moved).update();
        jdbc.sql("UPDATE off_certificate SET status = 'REVOKED', status_on = DATE '2026-11-15' WHERE person_id IN "
                + "(SELECT person_id FROM off_officer WHERE scope_path = :p) AND status = 'VALID'").param("p", w.county.path()).update();
        w.certificate(moved, "SUPERVISION", LocalDate.of(2026, 2, 1), LocalDate.of(2030, 1, 31), "VALID", null);
        jdbc.sql("UPDATE cmp_submission SET answered_at = TIMESTAMPTZ '2026-07-15 09:00+08', answer = '已答复', answered_by = 'test',"
                + " status = 'ANSWERED' WHERE id = (SELECT min(id) FROM cmp_submission WHERE scope_path = :p AND answered_at IS NULL"
                + " AND accepted_at IS NOT NULL)").param("p", w.county.path()).update();
        long gone = w.caseOf("PENALTY", "COMPLAINT", LocalDate.of(2026, 7, 7), null);
        assertEqualsRecomputation(w, "after a training, a move, certificates revoked and issued, an answer and a new case");
        jdbc.sql("DELETE FROM enf_case WHERE id = :id").param("id", gone).update();
        jdbc.sql("UPDATE rep_publicity_activity SET quantity = quantity + 5 WHERE scope_path = :p").param("p", w.city.path()).update();
        assertEqualsRecomputation(w, "after a case deleted and publicity corrected");

        Set<String> maintained = cellsOf(w);
        engine.rebuildCells(PROVINCE_OFFICE);
        assertThat(cellsOf(w)).as("what the revisions maintained is what a rebuild gives").isEqualTo(maintained);
    }

    @Test
    @DisplayName("STAT-09 the statistics page's trend and comparison of a pre-aggregated figure equal its records' own")
    void chartsFromCells() {
        StatisticsWorld w = world(77);
        StatPeriod year = StatPeriod.parse("2026");
        for (Figure f : all()) {
            if (!cells.additive().contains(f.key())) {
                continue;
            }
            for (Jurisdiction j : List.of(w.city, w.county)) {
                List<StatisticsEngine.Point> trend = engine.trend(j, year, f);
                for (int m = 0; m < 12; m++) {
                    assertThat(trend.get(m).value()).as(j.name() + " " + f.key() + " month " + (m + 1))
                            .isEqualByComparingTo(engine.value(j.path(), year.monthsOf().get(m), f));
                }
            }
            List<StatisticsEngine.Point> below = engine.below(w.city, year, f);
            for (StatisticsEngine.Point p : below) {
                Jurisdiction j = p.label().equals(w.city.name() + "本级") ? null : w.county;
                BigDecimal expected = j == null
                        ? engine.value(w.city.path(), year, f).subtract(engine.value(w.county.path(), year, f))
                        : engine.value(w.county.path(), year, f);
                assertThat(p.value()).as(f.key() + " " + p.label()).isEqualByComparingTo(expected);
            }
        }
    }
}
