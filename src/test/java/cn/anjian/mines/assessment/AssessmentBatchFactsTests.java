package cn.anjian.mines.assessment;

import java.math.BigDecimal;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enterprises.CreditCode;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.Scope;
import cn.anjian.kernel.Zones;
import cn.anjian.mines.Employment;
import cn.anjian.mines.MineKind;
import cn.anjian.mines.ProductionStatus;
import cn.anjian.mines.Specialty;
import cn.anjian.mines.SupervisingLevel;
import cn.anjian.mines.assessment.AssessmentRules.YearFacts;
import cn.anjian.mines.registry.MineRegistry;
import cn.anjian.mines.registry.NewCommissioner;
import cn.anjian.mines.registry.NewMine;
import cn.anjian.mines.work.CoverageRules;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.IdCards;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.People;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18 performance: the assessment reads the facts of a whole batch of commissioners set-based. Proves the batch
 * reading gives exactly the facts the former per-commissioner queries gave ({@link PerCommissionerFactsOracle}), on
 * recorded checks (capped per week, flagged ones not counted, missed 必查/抽查 items), carried-over figures, postings,
 * accidents, tasks, stop-work orders and interim findings — and that a batch answers like its members one by one.
 */
@IntegrationTest
class AssessmentBatchFactsTests {

    static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 10_000));

    @Autowired YearFactsReader reader;
    @Autowired MineRegistry registry;
    @Autowired Enterprises enterprises;
    @Autowired People people;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;

    TestActor staff;
    int year;
    LocalDate lastMonday;

    @BeforeEach
    void setUp() {
        Jurisdiction j = jurisdictions.findByCode("140929").orElseThrow();
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT)
                .orElseGet(() -> agencies.create(j.id(), AgencyKind.EMERGENCY_MANAGEMENT, "岢岚县应急管理局"));
        staff = new TestActor(890_000 + j.id(), "batch_kl", "批量测试", a.id(), a.name(), null, j.id(), new Scope(j.path()),
                Set.of("mine:read", "mine:manage", "enterprise:read", "enterprise:manage", "personnel:read", "personnel:manage"));
        LocalDate today = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
        year = today.getYear();
        lastMonday = today.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
    }

    @Test
    @DisplayName("MA-02 MA-03 MA-06 the batch reading equals the per-commissioner reading, fact by fact")
    void batchEqualsPerCommissioner() {
        long m1 = mine("批量甲矿");
        long m2 = mine("批量乙矿");
        long m3 = mine("批量丙矿");
        long a = commissioner("批量专员甲");
        long b = commissioner("批量专员乙");
        long c = commissioner("批量专员丙");
        long d = commissioner("批量专员丁");
        long plan = plan();
        assign(plan, a, m1);
        assign(plan, b, m1);
        assign(plan, b, m2);
        assign(plan, c, m3);
        // a: weeks with too many checks (capped), too few, a flagged one (not counted), missed items of both kinds
        LocalDate w1 = lastMonday.minusWeeks(6);
        for (int i = 0; i < 5; i++) {
            check(a, m1, w1.plusDays(i % 5), "REMOTE", "ACCEPTED", 0, 0);
        }
        check(a, m1, w1.plusDays(2), "ONSITE", "ACCEPTED", 1, 0);
        check(a, m1, w1.plusDays(3), "ONSITE", "CLEARED", 0, 4);
        check(a, m1, w1.plusWeeks(1), "REMOTE", "FLAGGED", 0, 2);
        check(a, m1, w1.plusWeeks(2), "ONSITE", "ACCEPTED", 0, 2);
        check(a, m1, w1.plusWeeks(2).plusDays(1), "REMOTE", "ACCEPTED", 0, 3);
        // b: figures carried over, then recorded checks from the week of the first one
        jdbc.sql("INSERT INTO mine_interim_completion (commissioner_id, year, required, done) VALUES (:c, :y, 40, 38)")
                .param("c", b).param("y", year).update();
        check(b, m2, w1.plusWeeks(3).plusDays(2), "REMOTE", "ACCEPTED", 0, 1);
        check(b, m1, w1.plusWeeks(4), "ONSITE", "ACCEPTED", 0, 0);
        jdbc.sql("""
                INSERT INTO mine_interim_check (commissioner_id, mine_id, check_ref, checked_on, missed_mandatory, missed_spot)
                VALUES (:c, :m, :r, :d, 0, 2), (:c, NULL, :r2, :d, 1, 0)""")
                .param("c", b).param("m", m2).param("r", "补录-" + SEQ.incrementAndGet()).param("r2", "补录-" + SEQ.incrementAndGet())
                .param("d", Date.valueOf(LocalDate.of(year, 1, 20))).update();
        jdbc.sql("INSERT INTO mine_interim_finding (commissioner_id, found_on, kind, description, handled) VALUES (:c, :d, '重大事故隐患', '主斜井', true)")
                .param("c", b).param("d", Date.valueOf(LocalDate.of(year, 2, 3))).update();
        jdbc.sql("INSERT INTO mine_interim_posting (commissioner_id, mine_id, year) VALUES (:c, :m, :y)")
                .param("c", b).param("m", m3).param("y", year).update();
        stopOrder(b, m2, w1.plusDays(1));
        // c: carried figures but no recorded check (no weeks count), accidents at his mine, tasks and integrity
        jdbc.sql("INSERT INTO mine_interim_completion (commissioner_id, year, required, done) VALUES (:c, :y, 10, 9)")
                .param("c", c).param("y", year).update();
        accident(m3, LocalDate.of(year, 3, 1), "LARGER");
        accident(m1, LocalDate.of(year, 4, 1), "ORDINARY");
        fact(c, "TASK", false);
        fact(c, "TASK", true);
        fact(c, "INTEGRITY", null);

        List<Long> ids = List.of(a, b, c, d);
        PerCommissionerFactsOracle oracle = new PerCommissionerFactsOracle(jdbc, clock);
        Map<Long, YearFacts> batch = reader.readAll(ids, year);
        for (long id : ids) {
            YearFacts expected = oracle.read(id, year);
            YearFacts actual = batch.get(id);
            assertThat(actual.completion()).as("completion of %s", id).isEqualTo(expected.completion());
            assertThat(actual.accidents()).as("accidents of %s", id).isEqualTo(expected.accidents());
            assertThat(actual.tasks()).isEqualTo(expected.tasks());
            assertThat(actual.tasksFailed()).isEqualTo(expected.tasksFailed());
            assertThat(actual.integrityViolations()).isEqualTo(expected.integrityViolations());
            assertThat(actual.findings()).as("findings of %s", id).containsExactlyInAnyOrderElementsOf(expected.findings());
            assertThat(actual.ladder()).as("ladder of %s", id).isEqualTo(expected.ladder());
            assertThat(reader.read(id, year)).as("one by one").isEqualTo(actual);
        }
        // the data is not trivial: the cap, the flagged check, the carried figures and the ladders all show
        assertThat(batch.get(a).completion().done()).isLessThanOrEqualTo(batch.get(a).completion().required());
        assertThat(batch.get(a).ladder().rungs()).hasSize(4);
        assertThat(batch.get(b).completion().required()).isGreaterThan(40);
        assertThat(batch.get(c).completion()).isEqualTo(new WorkRecordFacts.CompletionRate(10, 9));
        assertThat(batch.get(c).accidents()).hasSize(1);
        assertThat(batch.get(b).accidents()).hasSize(2);
        assertThat(batch.get(b).findings()).hasSize(2);
        assertThat(batch.get(d).completion()).isEqualTo(new WorkRecordFacts.CompletionRate(0, 0));
    }

    long mine(String name) {
        String code = CreditCode.complete("91140929MK" + String.format("%07d", SEQ.incrementAndGet() * 7919L % 10_000_000)).value();
        long e = enterprises.create(staff, new EnterpriseForm(name + SEQ.get(), code, EnterpriseKind.LEGAL_PERSON, Industry.COAL_MINE,
                "岢岚县测试镇", new BigDecimal("38.7"), new BigDecimal("111.57"), null, RiskGrade.B, EnterpriseStatus.OPERATING)).id();
        return registry.register(staff, new NewMine(e, MineKind.COAL, null, null, ProductionStatus.PRODUCING,
                SupervisingLevel.COUNTY, null, null, "一采区", "通风系统"));
    }

    long commissioner(String name) {
        long person = people.create(staff, NewPerson.basic(name + SEQ.incrementAndGet(), IdCards.next(true), "13800005555")).id();
        return registry.select(staff, new NewCommissioner(person, Employment.IN_BUDGET, true, LocalDate.of(2026, 3, 1),
                EnumSet.of(Specialty.MINING), new BigDecimal("38.7"), new BigDecimal("111.57")));
    }

    long plan() {
        return jdbc.sql("""
                        INSERT INTO mine_plan (version, jurisdiction_id, scope_path, plan_year, status, created_at, created_by)
                        VALUES (0, :j, :p, :y, 'APPROVED', :at, 'test') RETURNING id""")
                .param("j", staff.jurisdictionId()).param("p", staff.scope().path()).param("y", year)
                .param("at", Timestamp.from(clock.instant())).query(Long.class).single();
    }

    void assign(long plan, long commissioner, long mine) {
        jdbc.sql("INSERT INTO mine_plan_assignment (plan_id, mine_id, commissioner_id) VALUES (:p, :m, :c)")
                .param("p", plan).param("m", mine).param("c", commissioner).update();
    }

    void check(long commissioner, long mine, LocalDate day, String mode, String status, int mandatory, int spot) {
        Timestamp at = Timestamp.from(day.atTime(10, 0).atZone(Zones.SHANGHAI).toInstant());
        jdbc.sql("""
                        INSERT INTO mine_check (id, version, mine_id, commissioner_id, scope_path, mode, remote_means, unannounced, night,
                            started_at, finished_at, check_day, iso_week, geofence_meters, recorded_offline, status, checklist_version_id,
                            note, missed_mandatory, missed_spot, hazards, request_hash, received_at, recorded_by)
                        VALUES (:id, 0, :m, :c, :p, :mode, :means, FALSE, FALSE, :at, :at, :day, :week, 1000, FALSE, :status,
                            (SELECT min(id) FROM mine_checklist_version), '', :mm, :ms, 0, :hash, :at, 'test')""")
                .param("id", UUID.randomUUID()).param("m", mine).param("c", commissioner).param("p", staff.scope().path())
                .param("mode", mode).param("means", "REMOTE".equals(mode) ? "VIDEO" : null).param("at", at)
                .param("day", Date.valueOf(day)).param("week", CoverageRules.isoWeek(day)).param("status", status)
                .param("mm", mandatory).param("ms", spot).param("hash", "0".repeat(64)).update();
    }

    void stopOrder(long commissioner, long mine, LocalDate day) {
        jdbc.sql("""
                        INSERT INTO mine_stop_order (version, client_id, request_hash, mine_id, commissioner_id, agency_id, jurisdiction_id,
                            scope_path, kind, ordered_at, reason, scope_text, state, created_by)
                        VALUES (0, :u, :h, :m, :c, :a, :j, :p, 'THREE_VIOLATIONS', :at, '违章指挥', '一采区', 'IN_FORCE', 'test')""")
                .param("u", UUID.randomUUID()).param("h", "0".repeat(64)).param("m", mine).param("c", commissioner)
                .param("a", staff.agencyId()).param("j", staff.jurisdictionId()).param("p", staff.scope().path())
                .param("at", Timestamp.from(day.atTime(23, 30).atZone(Zones.SHANGHAI).toInstant())).update();
    }

    void accident(long mine, LocalDate day, String level) {
        jdbc.sql("""
                        INSERT INTO mine_fact (kind, agency_id, scope_path, mine_id, occurred_on, title, accident_level, accident_kind,
                                               liability, duties_fulfilled, created_at, created_by)
                        VALUES ('ACCIDENT', :a, :p, :m, :d, '事故', :l, 'ROOF', TRUE, FALSE, :at, 'test')""")
                .param("a", staff.agencyId()).param("p", staff.scope().path()).param("m", mine).param("d", Date.valueOf(day))
                .param("l", level).param("at", Timestamp.from(clock.instant())).update();
    }

    void fact(long commissioner, String kind, Boolean completed) {
        jdbc.sql("""
                        INSERT INTO mine_fact (kind, agency_id, scope_path, commissioner_id, occurred_on, title, obeyed, completed,
                                               created_at, created_by)
                        VALUES (:k, :a, :p, :c, :d, '事项', :o, :done, :at, 'test')""")
                .param("k", kind).param("a", staff.agencyId()).param("p", staff.scope().path()).param("c", commissioner)
                .param("d", Date.valueOf(LocalDate.of(year, 5, 5))).param("o", completed == null ? null : true)
                .param("done", completed).param("at", Timestamp.from(clock.instant())).update();
    }
}
