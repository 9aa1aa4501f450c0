package cn.anjian.mines.work;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enterprises.CreditCode;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.identity.UserAdministration;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Scope;
import cn.anjian.mines.Employment;
import cn.anjian.mines.MineKind;
import cn.anjian.mines.ProductionStatus;
import cn.anjian.mines.Specialty;
import cn.anjian.mines.SupervisingLevel;
import cn.anjian.mines.registry.MineRegistry;
import cn.anjian.mines.registry.NewCommissioner;
import cn.anjian.mines.registry.NewMine;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.IdCards;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 17, the department's view: obligations as calendar deadlines, the current week in progress vs an ended week
 * missed, coverage per coal group and per commissioner, and key periods — on mines of 翼城县 (no demo data there),
 * with the clock set to November 2026 (week 47: Monday 16th to Sunday 22nd).
 */
@IntegrationTest
class ObligationCoverageTests {

    static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 10_000));
    static final String COUNTY = "141022";
    static final BigDecimal LAT = new BigDecimal("35.700000");
    static final BigDecimal LON = new BigDecimal("111.700000");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);

    @Autowired MockMvc mvc;
    @Autowired MineRegistry registry;
    @Autowired Enterprises enterprises;
    @Autowired People people;
    @Autowired PersonAccounts accounts;
    @Autowired UserAdministration userAdmin;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired CheckRecording recording;
    @Autowired Checklists checklists;
    @Autowired Obligations obligations;
    @Autowired CoverageQueries coverage;
    @Autowired CoveragePivots pivots;
    @Autowired KeyPeriods keyPeriods;
    @Autowired WeekRequirements requirements;

    TestActor staff;
    TestActor commissioner;
    long commissionerId;
    long userId;

    @BeforeEach
    void setUp() {
        clock.set(MONDAY.plusDays(2).atTime(10, 0));   // Wednesday of week 47
        Jurisdiction j = jurisdictions.findByCode(COUNTY).orElseThrow();
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT)
                .orElseGet(() -> agencies.create(j.id(), AgencyKind.EMERGENCY_MANAGEMENT, j.name() + "应急管理局"));
        staff = new TestActor(870_000 + j.id(), "ob_" + COUNTY, "测试" + j.name(), a.id(), a.name(), null, j.id(),
                new Scope(j.path()), Set.of("mine:read", "mine:manage", "enterprise:read", "enterprise:manage", "personnel:read",
                "personnel:manage", "mine:key-period", "deadline:read", "deadline:read-scope"));
        long person = people.create(staff, NewPerson.basic("覆盖专员", IdCards.next(true), "13800006666")).id();
        commissionerId = registry.select(staff, new NewCommissioner(person, Employment.IN_BUDGET, true, LocalDate.of(2026, 3, 1),
                EnumSet.of(Specialty.MINING), LAT, LON));
        String login = "obc_" + SEQ.incrementAndGet() + "_" + System.nanoTime() % 100_000;
        userId = userAdmin.createUser(login, "覆盖专员", a.id(), null, Set.of("MINE_COMMISSIONER"), "Anjian@2026x", false);
        accounts.link(staff, person, userId);
        commissioner = new TestActor(userId, login, "覆盖专员", a.id(), a.name(), null, j.id(), staff.scope(),
                Set.of("mine:check", "mine:read", "file:upload", "file:read"));
    }

    @AfterEach
    void clean() {
        clock.reset();
        String p = staff.scope().path() + "%";
        jdbc.sql("DELETE FROM cal_deadline WHERE subject_type = 'mine-obligation' AND scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_check WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_checklist_item WHERE mine_id IN (SELECT id FROM mine_mine WHERE scope_path LIKE :p)")
                .param("p", p).update();
        jdbc.sql("DELETE FROM mine_key_period WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_plan WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("UPDATE per_person SET user_id = NULL WHERE id IN (SELECT person_id FROM mine_commissioner WHERE scope_path LIKE :p)")
                .param("p", p).update();
        jdbc.sql("DELETE FROM mine_commissioner WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_mine WHERE scope_path LIKE :p").param("p", p).update();
    }

    long mine(String name, MineKind kind) {
        String code = CreditCode.complete("91141022MB" + String.format("%07d", SEQ.incrementAndGet() * 7919L % 10_000_000)).value();
        long e = enterprises.create(staff, new EnterpriseForm(name + SEQ.get(), code, EnterpriseKind.LEGAL_PERSON,
                kind == MineKind.COAL ? Industry.COAL_MINE : Industry.NON_COAL_MINE, "翼城县测试镇", LAT, LON, null, RiskGrade.B,
                EnterpriseStatus.OPERATING)).id();
        return registry.register(staff, new NewMine(e, kind, null, null, ProductionStatus.PRODUCING, SupervisingLevel.COUNTY,
                null, null, "一采区", "通风系统"));
    }

    /** This year's approved plan assigning the commissioner to the mines; {@code group}: one coal group led by him. */
    void plan(List<Long> mines, List<Long> group) {
        String outcome = group.isEmpty() ? "" : """
                {"assignments":[],"groups":[{"mineIds":%s,"memberIds":[%d],"leaderId":%d,"duties":{}}],"unstaffed":[],"score":""}"""
                .formatted(group.toString().replace(" ", ""), commissionerId, commissionerId);
        long plan = jdbc.sql("""
                INSERT INTO mine_plan (version, jurisdiction_id, scope_path, plan_year, status, outcome, created_at, created_by)
                VALUES (0, :j, :p, 2026, 'APPROVED', :o, :at, 'test') RETURNING id""").param("j", staff.jurisdictionId())
                .param("p", staff.scope().path()).param("o", outcome).param("at", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        for (long m : mines) {
            jdbc.sql("INSERT INTO mine_plan_assignment (plan_id, mine_id, commissioner_id) VALUES (:p, :m, :c)")
                    .param("p", plan).param("m", m).param("c", commissionerId).update();
        }
    }

    void remote(long mineId, LocalDateTime at) {
        Checklists.MineFacts m = checklists.mine(mineId).orElseThrow();
        OffsetDateTime t = at.atOffset(ZoneOffset.ofHours(8));
        recording.record(commissioner, UUID.randomUUID(), new NewCheck(mineId, "REMOTE", "PHONE", false, false, t, t.plusMinutes(20),
                null, false, checklists.currentVersion(m.group()), "电话询问", List.of()), "h-" + UUID.randomUUID());
    }

    /** An on-site check answering the items of the given sites (null: every item of the table). */
    void onsite(long mineId, LocalDateTime at, Set<String> sites) {
        Checklists.MineFacts m = checklists.mine(mineId).orElseThrow();
        MineTable table = checklists.table(m, checklists.currentVersion(m.group()), clock.instant());
        List<NewCheck.Answer> answers = new ArrayList<>();
        for (ChecklistItem i : table.items()) {
            if (sites == null || (i.siteOrSystem() != null && sites.contains(i.siteOrSystem()))) {
                answers.add(new NewCheck.Answer(i.itemId(), "COMPLIANT", "", List.of(), false));
            }
        }
        OffsetDateTime t = at.atOffset(ZoneOffset.ofHours(8));
        recording.record(commissioner, UUID.randomUUID(), new NewCheck(mineId, "ONSITE", null, false, false, t, t.plusHours(1),
                new NewCheck.Position(LAT, LON, 10, t), false, table.versionId(), "现场检查", answers), "h-" + UUID.randomUUID());
    }

    CoverageQueries.Row row(String week, String month, long mineId) {
        CoveragePeriod p = coverage.period(week, month);
        return coverage.list(staff, p, CoverageQueries.Filter.none(), CoverageQueries.SORT.defaults(), 0, 100).items().stream()
                .filter(r -> r.mineId() == mineId).findFirst().orElseThrow();
    }

    Map<String, Object> deadline(long mineId, String period, ObligationKind kind) {
        return jdbc.sql("""
                SELECT d.rule_id, d.state, d.owner_user_id, d.due_at, o.met_at FROM mine_obligation o JOIN cal_deadline d ON d.id = o.deadline_id
                WHERE o.mine_id = :m AND o.period = :p AND o.kind = :k""").param("m", mineId).param("p", period)
                .param("k", kind.name()).query().singleRow();
    }

    @Test
    @DisplayName("MW-01 a week with 2 remote checks: mid-week 进行中 (还需 1 次), after the week red; its deadline opens for the commissioner and is met by the 3rd")
    void remoteWeek() throws Exception {
        long mine = mine("远程覆盖铁矿", MineKind.UNDERGROUND_NON_COAL);
        plan(List.of(mine), List.of());
        assertThat(obligations.ensure(MONDAY.plusDays(2), staff.scope().pattern())).isEqualTo(3);
        assertThat(obligations.ensure(MONDAY.plusDays(2), staff.scope().pattern())).as("idempotent").isZero();
        Map<String, Object> d = deadline(mine, "2026-W47", ObligationKind.REMOTE_WEEK);
        assertThat(d.get("rule_id")).isEqualTo("MW-01");
        assertThat(((Number) d.get("owner_user_id")).longValue()).isEqualTo(userId);
        assertThat(((Timestamp) d.get("due_at")).toInstant()).isEqualTo(MONDAY.plusDays(7).atStartOfDay(cn.anjian.kernel.Zones.SHANGHAI)
                .toInstant());
        assertThat(deadline(mine, "2026-11", ObligationKind.SITES_MONTH).get("rule_id")).isEqualTo("MW-03");

        remote(mine, MONDAY.atTime(9, 0));
        remote(mine, MONDAY.plusDays(1).atTime(9, 0));
        onsite(mine, MONDAY.plusDays(1).atTime(14, 0), null);
        CoverageQueries.Row mid = row("2026-W47", null, mine);
        assertThat(mid.red()).isFalse();
        assertThat(mid.stateLabel()).isEqualTo("进行中（还需远程监管 1 次）");
        assertThat(deadline(mine, "2026-W47", ObligationKind.REMOTE_WEEK).get("state")).isEqualTo("OPEN");
        assertThat(deadline(mine, "2026-W47", ObligationKind.ONSITE_WEEK).get("state")).isEqualTo("MET");
        assertThat(deadline(mine, "2026-11", ObligationKind.SITES_MONTH).get("state")).isEqualTo("MET");
        String page = mvc.perform(get("/mines/coverage").param("week", "2026-W47").param("region", COUNTY)
                .with(TestActors.as(staff))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("进行中（还需远程监管 1 次）").contains("bg-yellow-lt");

        clock.set(MONDAY.plusDays(7).atTime(0, 0, 1));   // the week is over
        CoverageQueries.Row after = row("2026-W47", null, mine);
        assertThat(after.red()).isTrue();
        assertThat(CoverageQueries.reason(after)).contains("远程监管2次，少于每周3次");
        CoverageQueries.Row defaultWeek = row(null, null, mine);
        assertThat(defaultWeek.red()).as("the default period is the current, unfinished week").isFalse();

        clock.set(MONDAY.plusDays(2).atTime(10, 0));
        remote(mine, MONDAY.plusDays(2).atTime(8, 0));
        assertThat(row("2026-W47", null, mine).stateLabel()).isEqualTo("达标");
        assertThat(deadline(mine, "2026-W47", ObligationKind.REMOTE_WEEK).get("state")).isEqualTo("MET");

        CoveragePivots.CommissionerRow c = pivots.commissioners(staff, coverage.period("2026-W47", null), CoverageQueries.Filter.none(),
                CoveragePivots.COMMISSIONER_SORT.defaults(), 0, 100).items().stream()
                .filter(r -> r.commissionerId() == commissionerId).findFirst().orElseThrow();
        assertThat(c.mines()).isEqualTo(1);
        assertThat(c.remote()).isEqualTo(3);
        assertThat(c.remoteRequired()).isEqualTo(3);
        assertThat(c.stateLabel()).isEqualTo("达标");
        mvc.perform(get("/mines/coverage/commissioners").param("week", "2026-W47").with(TestActors.as(staff)))
                .andExpect(status().isOk());
        mvc.perform(get("/mines/coverage/commissioners/export").param("week", "2026-W47").with(TestActors.as(staff)))
                .andExpect(status().isOk());
        mvc.perform(get("/mines/coverage/commissioners").param("sort", "bogus,asc").with(TestActors.as(staff)))
                .andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("MW-02 a coal mine not patrolled in an ended week shows its group red; mid-week the group is in progress")
    void groupPatrol() throws Exception {
        long a = mine("巡检甲煤矿", MineKind.COAL);
        long b = mine("巡检乙煤矿", MineKind.COAL);
        plan(List.of(a, b), List.of(a, b));
        onsite(a, MONDAY.plusDays(1).atTime(10, 0), null);
        CoveragePivots.GroupRow mid = group();
        assertThat(mid.red()).isFalse();
        assertThat(mid.inProgress()).isTrue();
        assertThat(mid.mines()).isEqualTo(2);

        clock.set(MONDAY.plusDays(8).atTime(9, 0));
        CoveragePivots.GroupRow after = group();
        assertThat(after.red()).isTrue();
        assertThat(after.unpatrolled()).contains("巡检乙煤矿").doesNotContain("巡检甲煤矿");
        assertThat(after.leader()).isEqualTo("覆盖专员");
        String page = mvc.perform(get("/mines/coverage/groups").param("week", "2026-W47").param("region", COUNTY)
                .with(TestActors.as(staff))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("未按周巡回检查").contains("巡检乙煤矿");
        // the drill-down: the mine view filtered to the group lists its two mines
        List<CoverageQueries.Row> rows = coverage.list(staff, coverage.period("2026-W47", null),
                new CoverageQueries.Filter(null, null, false, null, after.key()), CoverageQueries.SORT.defaults(), 0, 20).items();
        assertThat(rows).extracting(CoverageQueries.Row::mineId).containsExactlyInAnyOrder(a, b);
        mvc.perform(get("/mines/coverage").param("group", "x-1").with(TestActors.as(staff))).andExpect(status().isBadRequest());
        mvc.perform(get("/mines/coverage/groups/export").param("week", "2026-W47").with(TestActors.as(staff)))
                .andExpect(status().isOk());
    }

    @Test
    @DisplayName("MW-02 the coverage view pages with its total read in the same statement: page 2 of 1 row, a page past the end shows the last")
    void pagesOfTheView() {
        long a = mine("分页甲煤矿", MineKind.COAL);
        long b = mine("分页乙煤矿", MineKind.COAL);
        plan(List.of(a, b), List.of(a, b));
        CoveragePeriod week = coverage.period("2026-W47", null);
        CoverageQueries.GroupKey key = pivots.groups(staff, week, CoverageQueries.Filter.none(), CoveragePivots.GROUP_SORT.defaults(),
                0, 100).items().stream().filter(g -> g.mineNames().contains("分页甲煤矿")).findFirst().orElseThrow().key();
        CoverageQueries.Filter group = new CoverageQueries.Filter(null, null, false, null, key);
        var sort = CoverageQueries.SORT.defaults();
        CoverageQueries.Result first = coverage.list(staff, week, group, sort, 0, 1);
        CoverageQueries.Result second = coverage.list(staff, week, group, sort, 1, 1);
        CoverageQueries.Result beyond = coverage.list(staff, week, group, sort, 7, 1);
        assertThat(first.total()).isEqualTo(2);
        assertThat(second.total()).isEqualTo(2);
        assertThat(second.page()).isEqualTo(1);
        assertThat(first.items()).hasSize(1);
        assertThat(second.items()).hasSize(1);
        assertThat(List.of(first.items().get(0).mineId(), second.items().get(0).mineId())).containsExactlyInAnyOrder(a, b);
        assertThat(beyond.page()).isEqualTo(1);
        assertThat(beyond.total()).isEqualTo(2);
        assertThat(beyond.items()).extracting(CoverageQueries.Row::mineId).containsExactly(second.items().get(0).mineId());
    }

    CoveragePivots.GroupRow group() {
        return pivots.groups(staff, coverage.period("2026-W47", null), CoverageQueries.Filter.none(), CoveragePivots.GROUP_SORT.defaults(),
                0, 100).items().stream().filter(g -> g.mineNames().contains("巡检甲煤矿")).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("MW-03 a site not visited in a month is red for the monthly coverage once the month is over, in progress before")
    void monthlySites() {
        long mine = mine("全覆盖石矿", MineKind.UNDERGROUND_NON_COAL);
        plan(List.of(mine), List.of());
        obligations.ensure(MONDAY.plusDays(2), staff.scope().pattern());
        onsite(mine, MONDAY.plusDays(1).atTime(10, 0), Set.of("一采区"));
        CoverageQueries.Row mid = row(null, "2026-11", mine);
        assertThat(CoverageQueries.reason(mid)).contains("本月尚未覆盖：通风系统").doesNotContain("本月未覆盖");
        assertThat(deadline(mine, "2026-11", ObligationKind.SITES_MONTH).get("state")).isEqualTo("OPEN");

        clock.set(LocalDate.of(2026, 12, 2).atTime(9, 0));
        CoverageQueries.Row after = row(null, "2026-11", mine);
        assertThat(after.red()).isTrue();
        assertThat(CoverageQueries.reason(after)).contains("本月未覆盖：通风系统（第十三条）");
    }

    @Test
    @DisplayName("MW-09 a key period raises the week's remote checks from its first day's week on; the week before keeps 3; holidays add the setting's extra")
    void keyPeriodBoundary() throws Exception {
        long mine = mine("重点时段铁矿", MineKind.UNDERGROUND_NON_COAL);
        String scope = checklists.mine(mine).orElseThrow().scopePath();
        LocalDate first = MONDAY.plusDays(7);   // Monday of week 48
        keyPeriods.define(staff, "冬季安全生产重点时段", first, first.plusDays(10), 6);
        assertThat(requirements.remoteRequired(scope, first)).isEqualTo(6);
        assertThat(requirements.remoteRequired(scope, MONDAY)).as("the week before the first day").isEqualTo(3);
        assertThat(requirements.remoteRequired("/0/", first)).as("another jurisdiction's mines").isEqualTo(3);
        assertThat(requirements.week(LocalDate.of(2026, 9, 28)).remoteRequired()).as("National Day week").isEqualTo(5);

        assertThatThrownBy(() -> keyPeriods.define(staff, "过少", first, first, 2))
                .isInstanceOf(BusinessException.class).extracting("code").isEqualTo("MW-09-COUNT");
        assertThatThrownBy(() -> keyPeriods.define(staff, "倒置", first, first.minusDays(1), 5))
                .isInstanceOf(BusinessException.class).extracting("code").isEqualTo("MW-09-DATES");
        mvc.perform(post("/mines/key-periods").with(TestActors.as(staff)).with(csrf()).param("name", "").param("startsOn", "2026-13-01")
                        .param("endsOn", "2026-12-01").param("perWeek", ""))
                .andExpect(status().isBadRequest())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("请填写名称").contains("请填写每周远程监管次数"));
        mvc.perform(get("/mines/key-periods").with(TestActors.as(staff))).andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("冬季安全生产重点时段"));
        mvc.perform(get("/mines/key-periods/export").with(TestActors.as(staff))).andExpect(status().isOk());
        long id = jdbc.sql("SELECT id FROM mine_key_period WHERE name = '冬季安全生产重点时段' AND scope_path = :p")
                .param("p", staff.scope().path()).query(Long.class).single();
        TestActor other = new TestActor(1, "x", "x", 1, "x", null, 1, new Scope("/0/"), Set.of("mine:key-period", "mine:read"));
        mvc.perform(post("/mines/key-periods/" + id + "/withdraw").with(TestActors.as(other)).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/mines/key-periods/" + id + "/withdraw").with(TestActors.as(staff)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(requirements.remoteRequired(scope, first)).as("withdrawn").isEqualTo(3);
    }
}
