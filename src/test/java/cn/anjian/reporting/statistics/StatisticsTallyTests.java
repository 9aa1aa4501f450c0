package cn.anjian.reporting.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
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

/**
 * Issue 19 at province scale: the table is one statement ({@link StatisticsTally}) and the drill-down takes its number
 * from the rows it lists. Both must give exactly what the figures' own records give: generated records (random but
 * seeded: every kind, channel, status and attendance, amounts of zero and none, dates around the periods' edges) in a
 * fresh county and city, compared figure by figure, at the county, the city and the province, for six periods.
 */
@IntegrationTest
class StatisticsTallyTests {

    static final List<StatPeriod> PERIODS = List.of(StatPeriod.parse("2026"), StatPeriod.parse("2026-H1"),
            StatPeriod.parse("2026-Q3"), StatPeriod.parse("2026-07"), StatPeriod.parse("2025"), StatPeriod.parse("2027-Q1"));

    @Autowired JdbcClient jdbc;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired StatisticsEngine engine;
    @Autowired StatisticsTally tally;
    @Autowired StatisticsCells cells;

    private List<Figure> all() {
        return engine.layout().values().stream().flatMap(List::stream).toList();
    }

    @Test
    @DisplayName("STAT-09 the table in one statement equals every figure recomputed from its own records, at county, city and province, for six periods")
    void tallyEqualsEachFigure() {
        StatisticsWorld w = new StatisticsWorld(jdbc, jurisdictions, agencies);
        generate(w, new Random(19));
        Jurisdiction province = jurisdictions.findByCode("140000").orElseThrow();
        for (Jurisdiction j : List.of(w.county, w.city, province)) {
            for (StatPeriod p : PERIODS) {
                Map<String, BigDecimal> fast = tally.values(StatisticsEngine.params(j.path(), p));
                StatTable table = engine.table(j.id(), p);
                for (Figure f : all()) {
                    String what = j.name() + " " + p.label() + " " + f.key();
                    // every figure is kept in cells or computed by the one statement
                    assertThat(cells.keys().contains(f.key()) || fast.containsKey(f.key())).as(what + ": served").isTrue();
                    BigDecimal alone = engine.value(j.path(), p, f);
                    if (fast.containsKey(f.key())) {
                        assertThat(fast.get(f.key())).as(what).isEqualTo(alone);    // same digits and scale: same HTML
                    }
                    assertThat(table.value(f.key())).as(what + " in the table").isEqualTo(alone);
                }
            }
        }
        // the comparison is not one of zeros: the county's year has records behind (nearly) every figure
        StatTable countyYear = engine.table(w.county.id(), PERIODS.get(0));
        assertThat(all().stream().filter(f -> countyYear.value(f.key()).signum() > 0).count()).isGreaterThanOrEqualTo(all().size() - 3);
        assertThat(engine.table(w.city.id(), PERIODS.get(0)).value("penalties.reconsiderations-received")).isPositive();
    }

    @Test
    @DisplayName("STAT-09 a drill-down lists as many rows as its figure counts (or rows whose amounts sum to it), page by page, and shows that figure")
    void drillDownEqualsFigure() {
        StatisticsWorld w = new StatisticsWorld(jdbc, jurisdictions, agencies);
        generate(w, new Random(1919));
        for (Jurisdiction j : List.of(w.county, w.city)) {
            for (StatPeriod p : List.of(PERIODS.get(0), PERIODS.get(2))) {
                StatTable table = engine.table(j.id(), p);
                for (Figure f : all()) {
                    String what = j.name() + " " + p.label() + " " + f.key();
                    List<StatisticsEngine.Row> rows = new ArrayList<>();
                    StatisticsEngine.Page page;
                    int n = 0;
                    do {
                        page = engine.records(j, p, f, StatisticsEngine.SORT.defaults(), n, 20);
                        assertThat(page.page()).as(what + " page " + n).isEqualTo(n);
                        rows.addAll(page.items());
                        n++;
                    } while (!page.items().isEmpty() && rows.size() < page.total());
                    Set<Long> ids = new HashSet<>(rows.stream().map(StatisticsEngine.Row::id).toList());
                    assertThat(ids).as(what + ": every row once").hasSize(rows.size());
                    assertThat((long) rows.size()).as(what + ": rows listed = total shown").isEqualTo(page.total());
                    assertThat(page.value()).as(what + ": the number shown is the table's").isEqualTo(table.value(f.key()));
                    BigDecimal listed = f.measure() == Measure.COUNT ? BigDecimal.valueOf(rows.size())
                            : rows.stream().map(r -> r.amount() == null ? BigDecimal.ZERO : r.amount()).reduce(BigDecimal.ZERO, BigDecimal::add);
                    assertThat(listed).as(what + ": the rows make the figure").isEqualByComparingTo(page.value());
                }
            }
        }
        // a page past the end shows the last page, with the same number
        Figure opened = engine.figure("penalties.opened");
        StatisticsEngine.Page first = engine.records(w.county, PERIODS.get(0), opened, StatisticsEngine.SORT.defaults(), 0, 20);
        StatisticsEngine.Page past = engine.records(w.county, PERIODS.get(0), opened, StatisticsEngine.SORT.defaults(), 999, 20);
        assertThat(first.total()).isPositive();
        assertThat(past.page()).isEqualTo((int) ((first.total() - 1) / 20));
        assertThat(past.items()).isNotEmpty();
        assertThat(past.total()).isEqualTo(first.total());
        assertThat(past.value()).isEqualTo(first.value());
    }

    static final String[] KINDS = {"INSPECTION", "PENALTY", "COERCIVE", "LICENCE"};
    static final String[] SOURCES = {"ANNUAL_PLAN", "SPECIAL_CAMPAIGN", "COMPLAINT", "ASSIGNMENT", "RANDOM_DRAW"};
    static final String[] ATTENDANCE = {"PRESENT", "LATE", "LEFT_EARLY", "ABSENT", "NOT_ATTENDED"};
    static final String[] CERT_STATUS = {"VALID", "SUSPENDED", "REVOKED", "CANCELLED", "RETURNED"};
    static final String[] CHANNELS = {"PUBLIC_PORTAL", "HOTLINE_12345", "LETTER"};
    static final String[] SUBMISSION_KINDS = {"CONSULTATION", "COMPLAINT", "VIOLATION_CLUE", "CORRECTION"};
    static final String[] DECISION_TYPES = {"PENALTY_DECISION", "COERCIVE_DECISION", "COERCIVE_EXECUTION_DECISION"};
    static final String[] PUBLICITY = {"MEDIA", "LEAFLET", "CARD", "CONSULTATION", "POSTER"};

    /** A day from December 2024 to March 2027, so every period has records inside and just outside it. */
    static LocalDate day(Random r) {
        return LocalDate.of(2024, 12, 1).plusDays(r.nextInt(850));
    }

    static <T> T pick(Random r, T[] from) {
        return from[r.nextInt(from.length)];
    }

    static BigDecimal money(Random r) {
        return switch (r.nextInt(4)) {
            case 0 -> null;
            case 1 -> BigDecimal.ZERO;
            default -> BigDecimal.valueOf(r.nextInt(5_000_000), 2);
        };
    }

    /** Records of every source in the county (most) and the city. */
    void generate(StatisticsWorld w, Random r) {
        List<Long> officers = new ArrayList<>();
        for (int i = 0; i < 14; i++) {
            officers.add(w.officer(i < 10 ? w.countyAgency : w.cityAgency, "统计生成" + i));
        }
        for (int i = 0; i < 60; i++) {
            LocalDate start = day(r);
            w.training(officers.get(r.nextInt(officers.size())), "生成培训" + r.nextInt(4), start, start.plusDays(r.nextInt(3)),
                    1 + r.nextInt(32) / 2.0, pick(r, ATTENDANCE));
        }
        for (long person : officers) {
            for (int k = r.nextInt(3); k > 0; k--) {
                LocalDate from = day(r);
                String status = pick(r, CERT_STATUS);
                w.certificate(person, r.nextInt(3) == 0 ? "SUPERVISION" : "ENFORCEMENT", from, from.plusYears(r.nextInt(4)),
                        status, status.equals("VALID") ? null : day(r));
            }
        }
        for (int i = 0; i < 50; i++) {
            LocalDate submitted = day(r);
            LocalDate accepted = r.nextInt(4) == 0 ? null : submitted.plusDays(r.nextInt(5));
            w.submission(pick(r, CHANNELS), pick(r, SUBMISSION_KINDS), submitted, accepted,
                    accepted == null || r.nextBoolean() ? null : accepted.plusDays(r.nextInt(40)));
        }
        for (int i = 0; i < 90; i++) {
            cases(w, r, officers);
        }
        for (int i = 0; i < 30; i++) {
            Agency a = r.nextInt(4) == 0 ? w.cityAgency : w.countyAgency;
            jdbc.sql("""
                    INSERT INTO rep_publicity_activity (agency_id, jurisdiction_id, scope_path, kind, held_on, quantity, place, theme,
                                                        reporter, source, created_at, created_by)
                    VALUES (:a, :j, :p, :k, :d, :q, '某广场', NULL, '填报人', '台账', now(), 'test')""")
                    .param("a", a.id()).param("j", a.jurisdictionId()).param("p", a.scopePath()).param("k", pick(r, PUBLICITY))
                    .param("d", day(r)).param("q", 1 + r.nextInt(200)).update();
            LocalDate issued = day(r);
            jdbc.sql("""
                    INSERT INTO rep_normative_doc (agency_id, jurisdiction_id, scope_path, title, doc_number, issuing_unit, issued_on,
                                                   effective_on, reviewed, status, created_at, created_by)
                    VALUES (:a, :j, :p, '生成文件', :n, '某局', :i, :e, FALSE, :s, now(), 'test')""")
                    .param("a", a.id()).param("j", a.jurisdictionId()).param("p", a.scopePath())
                    .param("n", "生成〔" + i + "〕" + r.nextInt(1_000_000) + "号").param("i", issued)
                    .param("e", issued.plusDays(r.nextInt(60))).param("s", r.nextInt(3) == 0 ? "REPEALED" : "IN_FORCE").update();
        }
    }

    private void cases(StatisticsWorld w, Random r, List<Long> officers) {
        String kind = r.nextInt(3) == 0 ? pick(r, KINDS) : r.nextBoolean() ? "INSPECTION" : "PENALTY";
        LocalDate opened = day(r);
        LocalDate closed = r.nextInt(3) == 0 ? null : opened.plusDays(r.nextInt(150));
        long id = w.caseOf(kind, pick(r, SOURCES), opened, closed);
        Set<Long> team = new HashSet<>();
        for (int m = r.nextInt(4); m > 0; m--) {
            team.add(officers.get(r.nextInt(10)));
        }
        team.forEach(p -> w.member(id, p, team.size() == 1 ? "LEADER" : "MEMBER"));
        if (kind.equals("INSPECTION") && r.nextBoolean()) {
            jdbc.sql("UPDATE enf_case SET vehicle_count = :n, vehicle_plates = '晋E12345' WHERE id = :id")
                    .param("n", r.nextInt(4)).param("id", id).update();
        }
        if ((kind.equals("PENALTY") || kind.equals("COERCIVE")) && r.nextInt(3) > 0) {
            w.decision(id, pick(r, DECISION_TYPES), money(r), money(r), closed != null ? closed : day(r));
        }
        if (kind.equals("PENALTY") && r.nextInt(3) == 0) {
            w.hearing(id, opened.plusDays(r.nextInt(60)));
        }
        if (kind.equals("PENALTY") && r.nextInt(3) == 0) {
            w.remedy(id, r.nextBoolean() ? "RECONSIDERATION" : "LITIGATION", day(r), r.nextBoolean() ? w.cityAgency : null);
        }
        if (kind.equals("COERCIVE") && r.nextBoolean()) {
            w.seizure(id, opened.plusDays(r.nextInt(10)));
        }
    }
}
