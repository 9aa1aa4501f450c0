package cn.anjian.mines.planner;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Zones;
import cn.anjian.personnel.EnforcerEligibility;
import cn.anjian.personnel.PersonAccounts;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mines demo as the demo accounts see it: plans made only by the planner and workflow, complete, with the demo
 * commissioners' enforcement certificates from personnel; zz_commissioner's work on the mines the plan gives him.
 */
@IntegrationTest
class MineDemoDataTests {

    @Autowired ActingUsers users;
    @Autowired AssignmentPlans plans;
    @Autowired ReportedPlans reported;
    @Autowired PlanInputs inputs;
    @Autowired EnforcerEligibility eligibility;
    @Autowired PersonAccounts accounts;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired cn.anjian.mines.work.Supervision supervision;

    int year() {
        return LocalDate.now(clock.withZone(Zones.SHANGHAI)).getYear();
    }

    PlanView demoPlan(String officer, int year) {
        Actor a = users.actor(officer).orElseThrow();
        return plans.list(a).stream().filter(p -> p.year() == year && p.jurisdictionId() == a.jurisdictionId()
                && jdbc.sql("SELECT created_by FROM mine_plan WHERE id = :id").param("id", p.id()).query(String.class).single()
                        .equals(officer)).reduce((first, later) -> first).orElseThrow();
    }

    @Test
    @DisplayName("MC-02 MC-08 the demo plans of 泽州县 (three years) and 忻州市 staff every producing mine without a rule breach, "
            + "rechecked by the independent checker")
    void completePlans() {
        for (int y : List.of(year() - 1, year(), year() + 1)) {
            assertComplete(demoPlan("zz_officer", y), y == year() + 1 ? PlanStatus.SOLVED : PlanStatus.APPROVED);
        }
        assertComplete(demoPlan("xz_officer", year()), PlanStatus.APPROVED);
    }

    @Test
    @DisplayName("MC-06 the demo's approved plans reach the province: sx_office is told of each and lists them as reported")
    void reportedToProvince() {
        Actor sx = users.actor("sx_office").orElseThrow();
        List<Long> approved = List.of(demoPlan("zz_officer", year()).id(), demoPlan("xz_officer", year()).id());
        List<Long> listed = reported.list(sx, new ReportedPlans.Filter(null, null), ReportedPlans.SORT.defaults(), 0, 100)
                .items().stream().map(ReportedPlans.Row::id).toList();
        assertThat(listed).containsAll(approved);
        for (long id : approved) {
            assertThat(jdbc.sql("SELECT count(*) FROM ntf_notification WHERE user_id = :u AND dedupe_key = :k")
                    .param("u", sx.userId()).param("k", "mine-plan-reported:" + id).query(Long.class).single())
                    .as("plan %d reported to sx_office", id).isEqualTo(1);
        }
    }

    private void assertComplete(PlanView v, PlanStatus status) {
        assertThat(v.status()).as("plan %d of %d", v.id(), v.year()).isEqualTo(status);
        assertThat(v.hardViolations()).isEmpty();
        assertThat(v.outcome().unstaffed()).as("unstaffed mines of %d", v.year()).isEmpty();
        // the checker again, on the mines the demo registered before the plan was made (later tests add others, and the
        // shared MutableClock may date them before the plan: the demo's officers registered the demo's mines)
        String path = jdbc.sql("SELECT scope_path FROM mine_plan WHERE id = :id").param("id", v.id()).query(String.class).single();
        PlanningInput all = inputs.load(path, v.jurisdictionId(), v.year()).input();
        Set<Long> demoMines = new HashSet<>(jdbc.sql("""
                SELECT m.id FROM mine_mine m, mine_plan p WHERE p.id = :id AND m.scope_path LIKE :path AND m.created_at <= p.created_at
                   AND m.created_by IN ('zz_officer', 'xz_officer')""")
                .param("id", v.id()).param("path", path + "%").query(Long.class).list());
        PlanningInput in = new PlanningInput(all.year(), all.day(), all.mines().stream().filter(m -> demoMines.contains(m.id())).toList(),
                all.commissioners(), all.previous(), all.exceptions(), all.staffing());
        PlanChecker.Result r = PlanChecker.check(in, v.outcome().assignments(), v.outcome().groups());
        assertThat(r.violations()).isEmpty();
        assertThat(r.shortfalls()).isEmpty();
        assertThat(in.mines().stream().filter(m -> m.active() && PlanChecker.required(m, in.staffing()) > 0).count())
                .isGreaterThanOrEqualTo(4);
    }

    @Test
    @DisplayName("MC-08 every demo coal group has at least two holders of a valid enforcement certificate from personnel")
    void certificates() {
        PlanView v = demoPlan("zz_officer", year());
        LocalDate day = LocalDate.of(year(), 1, 1);
        assertThat(v.outcome().groups()).hasSizeGreaterThanOrEqualTo(3);
        for (PlanOutcome.Group g : v.outcome().groups()) {
            long certified = g.memberIds().stream().map(id -> jdbc.sql("SELECT person_id FROM mine_commissioner WHERE id = :id")
                    .param("id", id).query(Long.class).single()).filter(p -> eligibility.check(p, day).mayEnforce()).count();
            assertThat(certified).isGreaterThanOrEqualTo(2);
        }
        long person = accounts.personOf(users.actor("zz_commissioner").orElseThrow().userId()).orElseThrow();
        assertThat(eligibility.check(person, day).mayEnforce()).isTrue();
    }

    @Test
    @DisplayName("MC-06 plans are made one way: every approved demo plan went through the approval flow, none written by SQL")
    void oneWay() {
        // (test fixtures of other classes insert approved plans of their own: only the demo accounts' count here)
        assertThat(jdbc.sql("""
                SELECT count(*) FROM mine_plan WHERE status = 'APPROVED' AND flow_id IS NULL
                   AND created_by IN ('zz_officer', 'xz_officer', 'jc_officer')""").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM mine_plan WHERE created_by = 'demo-season'").query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("MC-07 zz_commissioner works on the mine this year's plan gives him (rotated from last year's) and has hazards there")
    void commissionerWork() {
        Actor zz = users.actor("zz_commissioner").orElseThrow();
        long person = accounts.personOf(zz.userId()).orElseThrow();
        long me = jdbc.sql("SELECT id FROM mine_commissioner WHERE person_id = :p").param("p", person).query(Long.class).single();
        Set<Long> now = minesOf(demoPlan("zz_officer", year()), me);
        Set<Long> before = minesOf(demoPlan("zz_officer", year() - 1), me);
        assertThat(now).isNotEmpty();
        assertThat(before).isNotEmpty().doesNotContainAnyElementsOf(now);
        // his hazards lie on the mines he supervises this year: his own and, as a coal group member (MW-02), the group's
        java.util.List<Long> supervised = supervision.minesOf(me, LocalDate.now(clock.withZone(Zones.SHANGHAI)));
        assertThat(supervised).containsAll(now);
        assertThat(jdbc.sql("SELECT DISTINCT mine_id FROM mine_hazard WHERE commissioner_id = :c").param("c", me)
                .query(Long.class).list()).isNotEmpty().allMatch(supervised::contains);
        assertThat(jdbc.sql("SELECT count(*) FROM mine_check WHERE commissioner_id = :c").param("c", me).query(Long.class).single())
                .isPositive();
        assertThat(jdbc.sql("SELECT count(*) FROM mine_handover WHERE outgoing_id = :c").param("c", me).query(Long.class).single())
                .isPositive();
    }

    @Test
    @DisplayName("MW-09 the demo defines key periods of 泽州县 and 晋城市, one withdrawn")
    void keyPeriods() {
        assertThat(jdbc.sql("SELECT count(*) FROM mine_key_period WHERE created_by = 'zz_officer' AND withdrawn_at IS NULL")
                .query(Long.class).single()).isGreaterThanOrEqualTo(2);
        assertThat(jdbc.sql("SELECT count(*) FROM mine_key_period WHERE created_by = 'jc_officer'").query(Long.class).single())
                .isPositive();
    }

    private static Set<Long> minesOf(PlanView v, long commissioner) {
        Set<Long> out = new HashSet<>();
        v.outcome().assignments().stream().filter(a -> a.commissionerIds().contains(commissioner)).forEach(a -> out.add(a.mineId()));
        return out;
    }
}
