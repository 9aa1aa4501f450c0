package cn.anjian.mines;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumSet;
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
import cn.anjian.kernel.Scope;
import cn.anjian.mines.planner.AssignmentPlans;
import cn.anjian.mines.planner.MineSettings;
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
import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** MC-01/04/05/09 through the API: register, compute asynchronously, read, and the checked manual move. */
@IntegrationTest
class AssignmentPlanApiTests {

    static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 1000));
    static final String[] PERMS = {"mine:read", "mine:manage", "mine:plan", "enterprise:read", "enterprise:manage",
            "personnel:read", "personnel:manage"};

    @Autowired MockMvc mvc;
    @Autowired MineRegistry registry;
    @Autowired AssignmentPlans plans;
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
        return new TestActor(870_000 + j.id(), "mine_" + code, "测试" + code, a.id(), a.name(), null, j.id(),
                new Scope(j.path()), Set.of(perms));
    }

    @BeforeEach
    void setUp() {
        sc = actor("140927", PERMS);
        LocalDate tomorrow = LocalDate.now().plusDays(1);
        SettingsTestSupport.schedule(admin, MineSettings.PLANNER_SECONDS, "4", tomorrow);
        SettingsTestSupport.schedule(admin, MineSettings.PLANNER_UNIMPROVED_SECONDS, "1", tomorrow);
    }

    @AfterEach
    void clean() {
        SettingsTestSupport.reset(jdbc, store, MineSettings.PLANNER_SECONDS);
        SettingsTestSupport.reset(jdbc, store, MineSettings.PLANNER_UNIMPROVED_SECONDS);
        String p = sc.scope().path() + "%";
        jdbc.sql("DELETE FROM mine_plan WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_rotation_exception WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_commissioner WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_mine WHERE scope_path LIKE :p").param("p", p).update();
    }

    long enterprise(String name) {
        String code = CreditCode.complete("91140927MD" + String.format("%07d", SEQ.incrementAndGet() * 7841L % 10_000_000)).value();
        return enterprises.create(sc, new EnterpriseForm(name, code, EnterpriseKind.LEGAL_PERSON, Industry.NON_COAL_MINE,
                "神池县测试镇", new BigDecimal("39.08"), new BigDecimal("112.2"), null, RiskGrade.B,
                EnterpriseStatus.OPERATING)).id();
    }

    long mine(String name, MineKind kind) {
        return registry.register(sc, new NewMine(enterprise(name), kind, kind == MineKind.OPEN_PIT_NON_COAL ? 600_000L : null,
                null, ProductionStatus.PRODUCING, SupervisingLevel.COUNTY, null, null, "一采区", "通风系统"));
    }

    long commissioner(String name) {
        long person = people.create(sc, NewPerson.basic(name, IdCards.next(true), "13800003333")).id();
        return registry.select(sc, new NewCommissioner(person, Employment.IN_BUDGET, true, LocalDate.of(2026, 3, 1),
                EnumSet.of(Specialty.MINING), new BigDecimal("39.1"), new BigDecimal("112.25")));
    }

    @Test
    @DisplayName("MC-09 POST computes asynchronously; GET shows the plan, every mine staffed, no hard violation; another county gets 404")
    void computeAndRead() throws Exception {
        long a = mine("测试铁矿甲", MineKind.UNDERGROUND_NON_COAL);
        long b = mine("测试铁矿乙", MineKind.UNDERGROUND_NON_COAL);
        long pond = mine("测试尾矿库", MineKind.TAILINGS_POND);
        for (int i = 0; i < 5; i++) {
            commissioner("测试专员" + i);
        }
        int year = LocalDate.now().getYear() + 1;
        String created = mvc.perform(post("/api/v1/mines/assignment-plans").with(TestActors.as(sc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"jurisdictionCode\":\"140927\",\"year\":" + year + "}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(created, "$.id")).longValue();
        plans.awaitSolved(id);
        mvc.perform(get("/api/v1/mines/assignment-plans/" + id).with(TestActors.as(sc)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SOLVED"))
                .andExpect(jsonPath("$.hardViolations.length()").value(0))
                .andExpect(jsonPath("$.unstaffed.length()").value(0))
                .andExpect(jsonPath("$.assignments.length()").value(3))
                .andExpect(jsonPath("$.assignments[?(@.mineId == " + a + ")].commissionerIds.length()").value(2))
                .andExpect(jsonPath("$.assignments[?(@.mineId == " + b + ")].commissionerIds.length()").value(2))
                .andExpect(jsonPath("$.assignments[?(@.mineId == " + pond + ")].commissionerIds.length()").value(2))
                .andExpect(jsonPath("$.score").isNotEmpty());
        mvc.perform(get("/api/v1/mines/assignment-plans/" + id).with(TestActors.as(actor("140525", PERMS))))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("MC-05 MC-02 a move onto a conflicted mine, or one that leaves a mine short, is refused with the rule and nothing changes")
    void moves() throws Exception {
        long a = mine("测试铁矿丙", MineKind.UNDERGROUND_NON_COAL);
        long b = mine("测试铁矿丁", MineKind.UNDERGROUND_NON_COAL);
        for (int i = 0; i < 5; i++) {
            commissioner("调整专员" + i);
        }
        long id = plans.create(sc, "140927", LocalDate.now().getYear() + 1);
        plans.awaitSolved(id);
        String body = mvc.perform(get("/api/v1/mines/assignment-plans/" + id).with(TestActors.as(sc)))
                .andReturn().getResponse().getContentAsString();
        List<Integer> onA = JsonPath.read(body, "$.assignments[?(@.mineId == " + a + ")].commissionerIds[0]");
        long mover = onA.get(0);
        mvc.perform(post("/api/v1/mines/assignment-plans/" + id + "/moves").with(TestActors.as(sc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"commissionerId\":" + mover + ",\"fromMineId\":" + a + ",\"toMineId\":" + b + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("MC-02"));
        long person = jdbc.sql("SELECT person_id FROM mine_commissioner WHERE id = :id").param("id", mover)
                .query(Long.class).single();
        long enterpriseB = jdbc.sql("SELECT enterprise_id FROM mine_mine WHERE id = :id").param("id", b)
                .query(Long.class).single();
        conflicts.add(sc, enterpriseB, new NewConflict(person, "调整专员", Relation.values()[0], LocalDate.of(2020, 1, 1),
                null, "近亲属在该矿任职"));
        mvc.perform(post("/api/v1/mines/assignment-plans/" + id + "/moves").with(TestActors.as(sc))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"commissionerId\":" + mover + ",\"fromMineId\":" + a + ",\"toMineId\":" + b + "}"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.code").value("MC-05"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("第八条")));
        mvc.perform(get("/api/v1/mines/assignment-plans/" + id).with(TestActors.as(sc)))
                .andExpect(jsonPath("$.assignments[?(@.mineId == " + a + ")].commissionerIds[*]")
                        .value(org.hamcrest.Matchers.hasItem((int) mover)));
    }

    @Test
    @DisplayName("MC-04 a person who is not in-budget or publicly recruited is not selected as a commissioner")
    void selection() {
        long person = people.create(sc, NewPerson.basic("编外人员", IdCards.next(false), "13800004444")).id();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> registry.select(sc, new NewCommissioner(person,
                        Employment.OTHER, true, null, Set.of(), BigDecimal.ONE, BigDecimal.ONE)))
                .isInstanceOfSatisfying(cn.anjian.kernel.BusinessException.class,
                        e -> assertThat(e.code()).isEqualTo("MC-04"));
        assertThat(jdbc.sql("SELECT count(*) FROM mine_commissioner WHERE person_id = :p").param("p", person)
                .query(Long.class).single()).isZero();
    }
}
