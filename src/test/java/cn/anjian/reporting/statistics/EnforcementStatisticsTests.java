package cn.anjian.reporting.statistics;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.enforcement.cases.InspectionVehicles;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.Agencies;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.reporting.StatPeriod;
import cn.anjian.reporting.StatSource.Figure;
import cn.anjian.reporting.StatSource.Measure;
import cn.anjian.reporting.StatTable;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 19's acceptance: a known world in a fresh county and city; every figure of the table for a quarter and a year at
 * the county, the city and the province (the province as the change the world made), and each drill-down lists exactly
 * the records counted.
 */
@IntegrationTest
class EnforcementStatisticsTests {

    static final StatPeriod Q3 = StatPeriod.parse("2026-Q3");
    static final StatPeriod YEAR = StatPeriod.parse("2026");

    @Autowired JdbcClient jdbc;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired StatisticsEngine engine;
    @Autowired InspectionVehicles vehicles;

    @Test
    @DisplayName("STAT-09 periods: 2026, 2026-H1, 2026-Q3, 2026-11 parse to their days; anything else is refused")
    void periods() {
        assertThat(Q3.from()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(Q3.to()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(StatPeriod.parse("2026-h1").to()).isEqualTo(LocalDate.of(2026, 7, 1));
        assertThat(StatPeriod.parse("2026-11").from()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(StatPeriod.parse("2026-12").to()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(YEAR.monthsOf()).hasSize(12);
        for (String bad : List.of("2026-Q5", "2026-13", "2026-H3", "26", "2026-00", "abc", "1999")) {
            assertThatThrownBy(() -> StatPeriod.parse(bad)).isInstanceOf(BusinessException.class);
        }
    }

    Map<String, BigDecimal> values(long jurisdictionId, StatPeriod p) {
        StatTable t = engine.table(jurisdictionId, p);
        Map<String, BigDecimal> m = new HashMap<>();
        t.figures().forEach(f -> m.put(f.key(), f.value()));
        return m;
    }

    Set<Long> drill(Jurisdiction j, StatPeriod p, String key) {
        Figure f = engine.figure(key);
        var page = engine.records(j, p, f, StatisticsEngine.SORT.defaults(), 0, 100);
        BigDecimal value = engine.table(j.id(), p).value(key);
        if (f.measure() == Measure.COUNT) {
            assertThat(BigDecimal.valueOf(page.total())).as(key + " count = rows").isEqualByComparingTo(value);
        } else {
            BigDecimal sum = page.items().stream().map(StatisticsEngine.Row::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as(key + " sum = rows").isEqualByComparingTo(value);
        }
        return page.items().stream().map(StatisticsEngine.Row::id).collect(Collectors.toSet());
    }

    static BigDecimal n(long v) {
        return BigDecimal.valueOf(v);
    }

    @Test
    @DisplayName("STAT-01 STAT-04 STAT-05 STAT-06 STAT-07 STAT-08 STAT-09 a known world: every figure for a quarter and a year at county, city and province; each drill-down lists exactly the records counted")
    void knownWorld() {
        Jurisdiction province = jurisdictions.findByCode("140000").orElseThrow();
        Map<String, BigDecimal> provinceQ3Before = values(province.id(), Q3);
        Map<String, BigDecimal> provinceYearBefore = values(province.id(), YEAR);

        StatisticsWorld w = new StatisticsWorld(jdbc, jurisdictions, agencies);
        // STAT-01 trainings: two county officers on one course in Q3, a city officer in Q1; an absence does not count
        long p1 = w.officer(w.countyAgency, "统计甲");
        long p2 = w.officer(w.countyAgency, "统计乙");
        long p4 = w.officer(w.countyAgency, "统计丁");
        long p3 = w.officer(w.cityAgency, "统计丙");
        long t1 = w.training(p1, "安全生产法专题培训", LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 12), 16, "PRESENT");
        long t2 = w.training(p2, "安全生产法专题培训", LocalDate.of(2026, 8, 10), LocalDate.of(2026, 8, 12), 16, "LATE");
        w.training(p2, "行政强制法培训", LocalDate.of(2026, 9, 1), LocalDate.of(2026, 9, 1), 4, "ABSENT");
        long t3 = w.training(p3, "行政处罚法培训", LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2), 8, "PRESENT");
        // STAT-04 certificates: p4's was suspended on 2026-12-01 (held at the end of Q3, not at the end of the year)
        w.certificate(p1, "ENFORCEMENT", LocalDate.of(2025, 1, 1), LocalDate.of(2030, 12, 31), "VALID", null);
        w.certificate(p1, "ENFORCEMENT", LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31), "REVOKED", LocalDate.of(2026, 5, 1));
        w.certificate(p2, "ENFORCEMENT", LocalDate.of(2026, 8, 1), LocalDate.of(2031, 7, 31), "VALID", null);
        w.certificate(p4, "ENFORCEMENT", LocalDate.of(2024, 1, 1), LocalDate.of(2029, 12, 31), "SUSPENDED", LocalDate.of(2026, 12, 1));
        w.certificate(p3, "SUPERVISION", LocalDate.of(2020, 1, 1), LocalDate.of(2030, 12, 31), "VALID", null);
        // STAT-05 complaints (public channels)
        long c1 = w.submission("PUBLIC_PORTAL", "CONSULTATION", LocalDate.of(2026, 7, 5), LocalDate.of(2026, 7, 6), LocalDate.of(2026, 7, 20));
        long c2 = w.submission("HOTLINE_12345", "COMPLAINT", LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 2), null);
        long c3 = w.submission("LETTER", "VIOLATION_CLUE", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 2), LocalDate.of(2026, 10, 10));
        // STAT-06 inspections with their teams and vehicles (recorded through the domain)
        long i1 = w.caseOf("INSPECTION", "SPECIAL_CAMPAIGN", LocalDate.of(2026, 7, 10), null);
        long i2 = w.caseOf("INSPECTION", "ANNUAL_PLAN", LocalDate.of(2026, 8, 15), null);
        long i3 = w.caseOf("INSPECTION", "RANDOM_DRAW", LocalDate.of(2026, 3, 3), null);
        w.member(i1, p1, "LEADER");
        w.member(i1, p2, "MEMBER");
        w.member(i2, p1, "LEADER");
        w.member(i2, p4, "MEMBER");
        w.member(i3, p2, "LEADER");
        var officer = TestActors.actor("stat-officer", w.county.id(), w.county.path(), "case:read", "case:manage");
        vehicles.record(officer, i1, "晋E12345、晋E·D12346");
        vehicles.record(officer, i2, "晋E23456");
        // STAT-07 penalties: one opened and closed in Q3 with a hearing, a reconsideration (received by the city) and a lawsuit
        long x1 = w.caseOf("PENALTY", "COMPLAINT", LocalDate.of(2026, 7, 1), LocalDate.of(2026, 9, 20));
        long x2 = w.caseOf("PENALTY", "ANNUAL_PLAN", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 10, 15));
        w.decision(x1, "PENALTY_DECISION", new BigDecimal("5000.00"), new BigDecimal("1200.00"), LocalDate.of(2026, 9, 10));
        w.decision(x2, "PENALTY_DECISION", new BigDecimal("3000.00"), null, LocalDate.of(2026, 10, 1));
        w.hearing(x1, LocalDate.of(2026, 8, 20));
        long r1 = w.remedy(x1, "RECONSIDERATION", LocalDate.of(2026, 9, 25), w.cityAgency);
        long r2 = w.remedy(x1, "LITIGATION", LocalDate.of(2026, 9, 28), null);
        // STAT-08 a coercive decision
        long k1 = w.caseOf("COERCIVE", "ASSIGNMENT", LocalDate.of(2026, 7, 20), null);
        w.seizure(k1, LocalDate.of(2026, 7, 21));

        Map<String, Long> countyQ3 = Map.ofEntries(Map.entry("training.officers", 2L), Map.entry("training.hours", 32L),
                Map.entry("training.courses", 1L), Map.entry("training.participants", 2L),
                Map.entry("certificates.enforcement", 3L), Map.entry("certificates.supervision", 0L),
                Map.entry("complaints.consultations", 1L), Map.entry("complaints.reports", 1L), Map.entry("complaints.accepted", 2L),
                Map.entry("complaints.handled", 1L), Map.entry("inspections.special", 1L), Map.entry("inspections.patrol", 1L),
                Map.entry("inspections.officers", 3L), Map.entry("inspections.vehicles", 3L), Map.entry("penalties.opened", 1L),
                Map.entry("penalties.closed", 1L), Map.entry("penalties.fines", 5000L), Map.entry("penalties.confiscations", 1200L),
                Map.entry("penalties.hearings", 1L), Map.entry("penalties.reconsiderations-received", 0L),
                Map.entry("penalties.reconsiderations-against", 1L), Map.entry("penalties.lawsuits", 1L), Map.entry("coercion.cases", 1L));
        Map<String, Long> countyYear = new HashMap<>(countyQ3);
        countyYear.putAll(Map.of("certificates.enforcement", 2L, "complaints.reports", 2L, "complaints.accepted", 3L,
                "complaints.handled", 2L, "inspections.patrol", 2L, "penalties.opened", 2L, "penalties.closed", 2L,
                "penalties.fines", 8000L));
        Map<String, Long> cityQ3 = new HashMap<>(countyQ3);
        cityQ3.putAll(Map.of("certificates.supervision", 1L, "penalties.reconsiderations-received", 1L));
        Map<String, Long> cityYear = new HashMap<>(countyYear);
        cityYear.putAll(Map.of("certificates.supervision", 1L, "penalties.reconsiderations-received", 1L, "training.officers", 3L,
                "training.hours", 40L, "training.courses", 2L, "training.participants", 3L));

        check(w.county, Q3, countyQ3);
        check(w.county, YEAR, countyYear);
        check(w.city, Q3, cityQ3);
        check(w.city, YEAR, cityYear);
        Map<String, BigDecimal> provinceQ3 = values(province.id(), Q3);
        Map<String, BigDecimal> provinceYear = values(province.id(), YEAR);
        cityQ3.forEach((k, v) -> assertThat(provinceQ3.get(k).subtract(provinceQ3Before.get(k))).as("province Q3 " + k).isEqualByComparingTo(n(v)));
        cityYear.forEach((k, v) -> assertThat(provinceYear.get(k).subtract(provinceYearBefore.get(k))).as("province year " + k).isEqualByComparingTo(n(v)));

        // exactly the records counted (county, the quarter and the year)
        assertThat(drill(w.county, Q3, "training.officers")).containsExactlyInAnyOrder(p1, p2);
        assertThat(drill(w.county, Q3, "training.hours")).containsExactlyInAnyOrder(t1, t2);
        assertThat(drill(w.city, YEAR, "training.participants")).containsExactlyInAnyOrder(t1, t2, t3);
        assertThat(drill(w.county, Q3, "certificates.enforcement")).containsExactlyInAnyOrder(p1, p2, p4);
        assertThat(drill(w.county, YEAR, "certificates.enforcement")).containsExactlyInAnyOrder(p1, p2);
        assertThat(drill(w.city, YEAR, "certificates.supervision")).containsExactly(p3);
        assertThat(drill(w.county, Q3, "complaints.accepted")).containsExactlyInAnyOrder(c1, c2);
        assertThat(drill(w.county, YEAR, "complaints.handled")).containsExactlyInAnyOrder(c1, c3);
        assertThat(drill(w.county, YEAR, "complaints.reports")).containsExactlyInAnyOrder(c2, c3);
        assertThat(drill(w.county, Q3, "inspections.special")).containsExactly(i1);
        assertThat(drill(w.county, YEAR, "inspections.patrol")).containsExactlyInAnyOrder(i2, i3);
        assertThat(drill(w.county, Q3, "inspections.officers")).containsExactlyInAnyOrder(p1, p2, p4);
        assertThat(drill(w.county, Q3, "inspections.vehicles")).containsExactlyInAnyOrder(i1, i2);
        assertThat(drill(w.county, YEAR, "penalties.opened")).containsExactlyInAnyOrder(x1, x2);
        assertThat(drill(w.county, Q3, "penalties.closed")).containsExactly(x1);
        assertThat(drill(w.county, YEAR, "penalties.fines")).containsExactlyInAnyOrder(x1, x2);
        assertThat(drill(w.county, Q3, "penalties.confiscations")).containsExactly(x1);
        assertThat(drill(w.county, Q3, "penalties.hearings")).containsExactly(x1);
        assertThat(drill(w.county, Q3, "penalties.reconsiderations-received")).isEmpty();
        assertThat(drill(w.city, Q3, "penalties.reconsiderations-received")).containsExactly(r1);
        assertThat(drill(w.county, Q3, "penalties.reconsiderations-against")).containsExactly(r1);
        assertThat(drill(w.county, YEAR, "penalties.lawsuits")).containsExactly(r2);
        assertThat(drill(w.county, Q3, "coercion.cases")).containsExactly(k1);

        // charts: the trend of the year puts the Q3 penalty case in July; the city compares its county
        var trend = engine.trend(w.county, YEAR, engine.figure("penalties.opened"));
        assertThat(trend.get(6).value()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(trend.get(1).value()).isEqualByComparingTo(BigDecimal.ONE);
        assertThat(engine.below(w.city, YEAR, engine.figure("penalties.opened")))
                .anySatisfy(p -> assertThat(p.value()).isEqualByComparingTo(n(2)));
    }

    void check(Jurisdiction j, StatPeriod p, Map<String, Long> expected) {
        Map<String, BigDecimal> actual = values(j.id(), p);
        expected.forEach((k, v) -> assertThat(actual.get(k)).as(j.name() + " " + p.label() + " " + k).isEqualByComparingTo(n(v)));
        expected.keySet().forEach(k -> drill(j, p, k)); // every figure equals its drill-down
    }

    @Test
    @DisplayName("STAT-09 a county officer's table is his county's: the city above him is out of scope (404)")
    void scope() {
        StatisticsWorld w = new StatisticsWorld(jdbc, jurisdictions, agencies);
        var countyOfficer = TestActors.actor("stat-county", w.county.id(), w.county.path(), "statistics:read");
        assertThat(engine.jurisdiction(countyOfficer, null).id()).isEqualTo(w.county.id());
        assertThatThrownBy(() -> engine.jurisdiction(countyOfficer, w.city.id()))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        Jurisdiction province = jurisdictions.findByCode("140000").orElseThrow();
        var provinceReader = TestActors.actor("stat-province", province.id(), province.path(), "statistics:read");
        assertThat(engine.jurisdiction(provinceReader, w.county.id()).id()).isEqualTo(w.county.id());
    }

    @Test
    @DisplayName("STAT-06 vehicles: only on an inspection, plates checked (a wrong or repeated plate is refused, nothing changed)")
    void vehicleRules() {
        StatisticsWorld w = new StatisticsWorld(jdbc, jurisdictions, agencies);
        var officer = TestActors.actor("stat-officer2", w.county.id(), w.county.path(), "case:read", "case:manage");
        long inspection = w.caseOf("INSPECTION", "ANNUAL_PLAN", LocalDate.of(2026, 5, 1), null);
        long penalty = w.caseOf("PENALTY", "ANNUAL_PLAN", LocalDate.of(2026, 5, 1), null);
        assertThatThrownBy(() -> vehicles.record(officer, penalty, "晋E12345"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.code()).isEqualTo("STAT-06-VEHICLE-KIND"));
        assertThatThrownBy(() -> vehicles.record(officer, inspection, "晋E12345、ABC"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessage()).contains("ABC"));
        assertThatThrownBy(() -> vehicles.record(officer, inspection, "晋E12345 晋e12345"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.getMessage()).contains("重复"));
        assertThat(vehicles.get(officer, inspection).count()).isZero();
        assertThat(vehicles.record(officer, inspection, "晋E12345，晋EA1234F").count()).isEqualTo(2);
        var other = TestActors.actor("stat-other", w.city.id(), "/999999/", "case:read", "case:manage");
        assertThatThrownBy(() -> vehicles.record(other, inspection, "晋E12345"))
                .isInstanceOfSatisfying(BusinessException.class, e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
    }
}
