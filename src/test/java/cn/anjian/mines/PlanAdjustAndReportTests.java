package cn.anjian.mines;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enterprises.Conflicts;
import cn.anjian.enterprises.CreditCode;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.NewConflict;
import cn.anjian.enterprises.Relation;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.Scope;
import cn.anjian.mines.planner.AssignmentPlans;
import cn.anjian.mines.planner.MinePlanApproval;
import cn.anjian.mines.planner.MineSettings;
import cn.anjian.mines.planner.PlanOutcome;
import cn.anjian.mines.planner.PlanStatus;
import cn.anjian.mines.planner.PlanView;
import cn.anjian.mines.planner.ReportedPlans;
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
import cn.anjian.settings.SettingsTestSupport;
import cn.anjian.settings.internal.SettingStore;
import cn.anjian.settings.internal.SettingsAdministration;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowView;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** MC-09 manual additions and removals on a draft, and MC-06 reporting an approved plan to the province. */
@IntegrationTest
class PlanAdjustAndReportTests {

    static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 1000) + 500);
    static final String[] PERMS = {"mine:read", "mine:manage", "mine:plan", "mine:plan-receive", "enterprise:read",
            "enterprise:manage", "personnel:read", "personnel:manage"};

    @Autowired MockMvc mvc;
    @Autowired MineRegistry registry;
    @Autowired AssignmentPlans plans;
    @Autowired MinePlanApproval approval;
    @Autowired ReportedPlans reported;
    @Autowired Workflows workflows;
    @Autowired ActingUsers users;
    @Autowired Enterprises enterprises;
    @Autowired Conflicts conflicts;
    @Autowired People people;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired SettingsAdministration admin;
    @Autowired SettingStore store;

    TestActor sc;

    TestActor actor(String code, String... perms) {
        Jurisdiction j = jurisdictions.findByCode(code).orElseThrow();
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT).orElseThrow();
        return new TestActor(871_000 + j.id(), "plan_" + code, "测试" + code, a.id(), a.name(), null, j.id(),
                new Scope(j.path()), Set.of(perms));
    }

    /** A demo user as a test principal with the permissions of the pages read here. */
    static TestActor reader(Actor a) {
        return new TestActor(a.userId(), a.username(), a.displayName(), a.agencyId(), a.agencyName(), a.unitId(),
                a.jurisdictionId(), a.scope(), Set.of("mine:read", "mine:plan-receive"));
    }

    @BeforeEach
    void setUp() {
        sc = actor("140927", PERMS);
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        SettingsTestSupport.schedule(admin, MineSettings.PLANNER_SECONDS, "4", tomorrow);
        SettingsTestSupport.schedule(admin, MineSettings.PLANNER_UNIMPROVED_SECONDS, "1", tomorrow);
        SettingsTestSupport.schedule(admin, MineSettings.PLANNER_RETRY_SECONDS, "10", tomorrow);
    }

    @AfterEach
    void clean() {
        SettingsTestSupport.reset(jdbc, store, MineSettings.PLANNER_SECONDS);
        SettingsTestSupport.reset(jdbc, store, MineSettings.PLANNER_UNIMPROVED_SECONDS);
        SettingsTestSupport.reset(jdbc, store, MineSettings.PLANNER_RETRY_SECONDS);
        String p = sc.scope().path() + "%";
        jdbc.sql("DELETE FROM mine_plan WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_commissioner WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_mine WHERE scope_path LIKE :p").param("p", p).update();
    }

    long mine(String name) {
        String code = CreditCode.complete("91140927MF" + String.format("%07d", SEQ.incrementAndGet() * 6131L % 10_000_000)).value();
        long enterprise = enterprises.create(sc, new EnterpriseForm(name, code, EnterpriseKind.LEGAL_PERSON,
                Industry.NON_COAL_MINE, "神池县测试镇", new BigDecimal("39.08"), new BigDecimal("112.2"), null, RiskGrade.B,
                EnterpriseStatus.OPERATING)).id();
        return registry.register(sc, new NewMine(enterprise, MineKind.UNDERGROUND_NON_COAL, null, null,
                ProductionStatus.PRODUCING, SupervisingLevel.COUNTY, null, null, "一采区", "通风系统"));
    }

    long commissioner(String name) {
        long person = people.create(sc, NewPerson.basic(name, IdCards.next(true), "13800005555")).id();
        return registry.select(sc, new NewCommissioner(person, Employment.IN_BUDGET, true, LocalDate.of(2026, 3, 1),
                EnumSet.of(Specialty.MINING), new BigDecimal("39.1"), new BigDecimal("112.25")));
    }

    /** Two underground mines and five commissioners: the plan staffs 2 + 2 and leaves one idle. */
    long solvedPlan(String prefix, long[] mines, Set<Long> everyone) {
        mines[0] = mine(prefix + "铁矿甲");
        mines[1] = mine(prefix + "铁矿乙");
        for (int i = 0; i < 5; i++) {
            everyone.add(commissioner(prefix + "专员" + i));
        }
        long id = plans.create(sc, "140927", LocalDate.now().getYear() + 1);
        plans.awaitSolved(id);
        return id;
    }

    static List<Long> on(PlanView v, long mine) {
        return v.outcome().assignments().stream().filter(a -> a.mineId() == mine).findFirst()
                .map(PlanOutcome.Assignment::commissionerIds).orElse(List.of());
    }

    String add(long plan, long commissioner, long mine) {
        return "{\"commissionerId\":" + commissioner + ",\"mineId\":" + mine + "}";
    }

    @Test
    @DisplayName("MC-09 MC-03 MC-05 MC-02 an idle commissioner is added to a draft; a second underground mine, a conflict or a shortfall is refused and nothing changes")
    void addAndRemove() throws Exception {
        long[] m = new long[2];
        Set<Long> everyone = new HashSet<>();
        long id = solvedPlan("增派", m, everyone);
        PlanView v = plans.get(sc, id);
        assertThat(v.status()).isEqualTo(PlanStatus.SOLVED);
        assertThat(on(v, m[0])).hasSize(2);
        assertThat(on(v, m[1])).hasSize(2);
        long idle = everyone.stream().filter(c -> !on(v, m[0]).contains(c) && !on(v, m[1]).contains(c)).findFirst().orElseThrow();
        long onB = on(v, m[1]).get(0);

        mvc.perform(post("/api/v1/mines/assignment-plans/" + id + "/additions").with(TestActors.as(sc))
                        .contentType(MediaType.APPLICATION_JSON).content(add(id, onB, m[0])))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("MC-03"))
                .andExpect(jsonPath("$.detail").value(containsString("第六条")));
        long person = jdbc.sql("SELECT person_id FROM mine_commissioner WHERE id = :id").param("id", idle)
                .query(Long.class).single();
        long enterpriseA = jdbc.sql("SELECT enterprise_id FROM mine_mine WHERE id = :id").param("id", m[0])
                .query(Long.class).single();
        conflicts.add(sc, enterpriseA, new NewConflict(person, "增派专员", Relation.values()[0], LocalDate.of(2021, 1, 1),
                null, "配偶在该矿任职"));
        mvc.perform(post("/api/v1/mines/assignment-plans/" + id + "/additions").with(TestActors.as(sc))
                        .contentType(MediaType.APPLICATION_JSON).content(add(id, idle, m[0])))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("MC-05"));
        assertThat(on(plans.get(sc, id), m[0])).as("nothing changed").hasSize(2);
        mvc.perform(post("/api/v1/mines/assignment-plans/" + id + "/additions").with(TestActors.as(actor("140525", PERMS)))
                        .contentType(MediaType.APPLICATION_JSON).content(add(id, idle, m[1])))
                .andExpect(status().isNotFound());

        mvc.perform(post("/api/v1/mines/assignment-plans/" + id + "/additions").with(TestActors.as(sc))
                        .contentType(MediaType.APPLICATION_JSON).content(add(id, idle, m[1])))
                .andExpect(status().isOk()).andExpect(jsonPath("$.hardViolations.length()").value(0));
        assertThat(on(plans.get(sc, id), m[1])).hasSize(3).contains(idle);
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'mines.plan.commissioner-added' AND subject_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

        mvc.perform(post("/mines/plans/" + id + "/removals").with(TestActors.as(sc)).with(csrf())
                        .param("commissionerId", String.valueOf(onB)).param("mineId", String.valueOf(m[1])))
                .andExpect(status().is3xxRedirection());
        assertThat(on(plans.get(sc, id), m[1])).hasSize(2).doesNotContain(onB);
        long next = on(plans.get(sc, id), m[1]).get(0);
        mvc.perform(post("/api/v1/mines/assignment-plans/" + id + "/removals").with(TestActors.as(sc))
                        .contentType(MediaType.APPLICATION_JSON).content(add(id, next, m[1])))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("MC-02"));
        assertThat(on(plans.get(sc, id), m[1])).hasSize(2);
    }

    @Test
    @DisplayName("MC-06 an approved plan is reported: the province's receivers are told and list it; another county does not see it")
    void reportedUpward() throws Exception {
        long id = solvedPlan("上报", new long[2], new HashSet<>());
        approval.contact(sc, id, "0350-3061234");
        approval.submit(sc, id);
        List<FlowView> flows = workflows.forSubject("mine_plan", String.valueOf(id));
        Actor head = users.actor("sc_unithead").orElseThrow();
        Actor director = users.actor("sc_director").orElseThrow();
        workflows.decide(flows.get(flows.size() - 1).id(), head, Decision.APPROVE, "同意");
        workflows.decide(flows.get(flows.size() - 1).id(), director, Decision.APPROVE, "同意，报省级部门");
        assertThat(plans.get(sc, id).status()).isEqualTo(PlanStatus.APPROVED);

        Actor sx = users.actor("sx_office").orElseThrow();
        Actor zz = users.actor("zz_office").orElseThrow();
        assertThat(jdbc.sql("SELECT count(*) FROM ntf_notification WHERE user_id = :u AND dedupe_key = :k")
                .param("u", sx.userId()).param("k", "mine-plan-reported:" + id).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT count(*) FROM ntf_notification WHERE user_id = :u AND dedupe_key = :k")
                .param("u", zz.userId()).param("k", "mine-plan-reported:" + id).query(Long.class).single())
                .as("a county's users are not the province's receivers").isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = 'mines.plan.reported' AND subject_id = :id")
                .param("id", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);

        ListSort.Sort sort = ReportedPlans.SORT.defaults();
        ReportedPlans.Filter all = new ReportedPlans.Filter(null, null);
        assertThat(reported.list(sx, all, sort, 0, 100).items()).extracting(ReportedPlans.Row::id).contains(id);
        assertThat(reported.list(sx, new ReportedPlans.Filter("神池", null), sort, 0, 100).items())
                .extracting(ReportedPlans.Row::id).contains(id);
        assertThat(reported.list(sx, new ReportedPlans.Filter("神池", 1999), sort, 0, 100).items()).isEmpty();
        assertThat(reported.list(sc, all, sort, 0, 100).items()).filteredOn(r -> r.id() == id).singleElement()
                .satisfies(r -> {
                    assertThat(r.staffed()).isEqualTo(2);
                    assertThat(r.unstaffed()).isZero();
                    assertThat(r.approvedAt()).isNotNull();
                });
        assertThat(reported.list(zz, all, sort, 0, 100).items()).extracting(ReportedPlans.Row::id).doesNotContain(id)
                .allSatisfy(r -> assertThat(r).isNotNull());
        assertThat(reported.list(zz, all, sort, 0, 100).items()).extracting(ReportedPlans.Row::jurisdictionName)
                .doesNotContain("神池县", "忻州市");

        mvc.perform(get("/mines/plans/reported").with(TestActors.as(reader(sx))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("/mines/plans/" + id + "\"")));
        mvc.perform(get("/mines/plans/reported").with(TestActors.as(reader(zz))))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("/mines/plans/" + id + "\""))));
        mvc.perform(get("/mines/plans/reported").param("year", "abc").with(TestActors.as(reader(sx))))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/mines/plans/reported/export").param("sort", "nope,asc").with(TestActors.as(reader(sx))))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/mines/plans/reported").with(TestActors.as(actor("140927", "mine:read"))))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("MC-09 a computed plan is computed again with the longer limit (a new plan of the same place and year); one submitted for approval is refused")
    void recompute() throws Exception {
        long id = solvedPlan("重算", new long[2], new HashSet<>());
        String body = mvc.perform(post("/api/v1/mines/assignment-plans/" + id + "/recompute").with(TestActors.as(sc)))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long next = Long.parseLong(body.replaceAll("\\D+", ""));
        assertThat(next).isNotEqualTo(id);
        plans.awaitSolved(next);
        PlanView v = plans.get(sc, next);
        assertThat(v.status()).isEqualTo(PlanStatus.SOLVED);
        assertThat(v.jurisdictionId()).isEqualTo(sc.jurisdictionId());
        assertThat(v.year()).isEqualTo(plans.get(sc, id).year());
        assertThat(v.outcome().unstaffed()).isEmpty();
        mvc.perform(post("/api/v1/mines/assignment-plans/" + next + "/recompute").with(TestActors.as(actor("140525", PERMS))))
                .andExpect(status().isNotFound());

        approval.contact(sc, next, "0350-3061234");
        approval.submit(sc, next);
        long before = jdbc.sql("SELECT count(*) FROM mine_plan WHERE scope_path LIKE :p").param("p", sc.scope().path() + "%")
                .query(Long.class).single();
        mvc.perform(post("/api/v1/mines/assignment-plans/" + next + "/recompute").with(TestActors.as(sc)))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("MC-09-STATE"));
        assertThat(jdbc.sql("SELECT count(*) FROM mine_plan WHERE scope_path LIKE :p").param("p", sc.scope().path() + "%")
                .query(Long.class).single()).as("nothing made").isEqualTo(before);
    }
}
