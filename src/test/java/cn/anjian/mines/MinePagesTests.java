package cn.anjian.mines;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enterprises.CreditCode;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.Scope;
import cn.anjian.mines.planner.MinePlanApproval;
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
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Issue 16's pages: registry, plans, diff, handovers and the public notice; another county's records answer 404. The
 * two plans are written as rows (an approved one and its successor in review), so no solver runs here.
 */
@IntegrationTest
class MinePagesTests {

    static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 1000) + 500);
    static final String[] PERMS = {"mine:read", "mine:manage", "mine:plan", "enterprise:read", "enterprise:manage",
            "personnel:read", "personnel:manage"};

    @Autowired MockMvc mvc;
    @Autowired MineRegistry registry;
    @Autowired MinePlanApproval approval;
    @Autowired Enterprises enterprises;
    @Autowired People people;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired TransactionTemplate tx;

    TestActor sc;
    TestActor zz;
    long mine;
    long c1;
    long c2;
    long c3;
    long previous;
    long next;

    TestActor actor(String code, String... perms) {
        Jurisdiction j = jurisdictions.findByCode(code).orElseThrow();
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT).orElseThrow();
        return new TestActor(880_000 + j.id(), "minepage_" + code, "测试" + code, a.id(), a.name(), null, j.id(),
                new Scope(j.path()), Set.of(perms));
    }

    @BeforeEach
    void setUp() {
        sc = actor("140927", PERMS);
        zz = actor("140525", PERMS);
        String code = CreditCode.complete("91140927MP" + String.format("%07d", SEQ.incrementAndGet() * 7919L % 10_000_000)).value();
        long e = enterprises.create(sc, new EnterpriseForm("神池县页面测试铁矿", code, EnterpriseKind.LEGAL_PERSON,
                Industry.NON_COAL_MINE, "神池县测试镇", new BigDecimal("39.08"), new BigDecimal("112.2"), null, RiskGrade.B,
                EnterpriseStatus.OPERATING)).id();
        mine = registry.register(sc, new NewMine(e, MineKind.UNDERGROUND_NON_COAL, null, null, ProductionStatus.PRODUCING,
                SupervisingLevel.COUNTY, null, null, "一采区", "通风系统"));
        c1 = commissioner("页面甲");
        c2 = commissioner("页面乙");
        c3 = commissioner("页面丙");
        previous = plan(2026, "APPROVED", null, c1, c2);
        next = plan(2027, "IN_REVIEW", previous, c3, c2);
    }

    @AfterEach
    void clean() {
        String p = sc.scope().path() + "%";
        jdbc.sql("DELETE FROM mine_handover WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_plan WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_commissioner WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_mine WHERE scope_path LIKE :p").param("p", p).update();
    }

    long commissioner(String name) {
        long person = people.create(sc, NewPerson.basic(name, IdCards.next(true), "13800007777")).id();
        long id = registry.select(sc, new NewCommissioner(person, Employment.IN_BUDGET, true, LocalDate.of(2026, 3, 1),
                EnumSet.of(Specialty.MINING), new BigDecimal("39.1"), new BigDecimal("112.25")));
        registry.changeContact(sc, id, "0350-1234" + (SEQ.incrementAndGet() % 900 + 100));
        return id;
    }

    long plan(int year, String status, Long prev, long... commissioners) {
        String outcome = "{\"assignments\":[{\"mineId\":" + mine + ",\"commissionerIds\":[" + commissioners[0] + ","
                + commissioners[1] + "]}],\"groups\":[],\"unstaffed\":[],\"score\":\"0hard/0medium/-10soft\"}";
        long id = jdbc.sql("""
                INSERT INTO mine_plan (version, jurisdiction_id, scope_path, plan_year, status, score, outcome, violations,
                                       previous_plan_id, created_at, created_by, supervision_phone)
                VALUES (1, :j, :p, :y, :s, '0hard/0medium/-10soft', :o, '[]', :prev, :now, 'test', '0350-5550000')
                RETURNING id""").param("j", sc.jurisdictionId()).param("p", sc.scope().path()).param("y", year)
                .param("s", status).param("o", outcome).param("prev", prev).param("now", Timestamp.from(Instant.now()))
                .query(Long.class).single();
        for (long c : commissioners) {
            jdbc.sql("INSERT INTO mine_plan_assignment (plan_id, mine_id, commissioner_id) VALUES (:p, :m, :c)")
                    .param("p", id).param("m", mine).param("c", c).update();
        }
        return id;
    }

    void approve() {
        tx.executeWithoutResult(s -> approval.completed(new FlowCompleted(new FlowId(1), "mine-assignment-plan", "mine_plan",
                String.valueOf(next), Outcome.APPROVED)));
    }

    @Test
    @DisplayName("MC-07 on approval one handover per rotation (outgoing → incoming on the mine) with a completion deadline")
    void handoverOnApproval() throws Exception {
        approve();
        var rows = jdbc.sql("SELECT outgoing_id, incoming_id, deadline_id FROM mine_handover WHERE plan_id = :p")
                .param("p", next).query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)}).list();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)[0]).isEqualTo(c1);
        assertThat(rows.get(0)[1]).isEqualTo(c3);
        assertThat(rows.get(0)[2]).isPositive();
        long h = jdbc.sql("SELECT id FROM mine_handover WHERE plan_id = :p").param("p", next).query(Long.class).single();
        mvc.perform(get("/mines/handovers").with(TestActors.as(sc))).andExpect(status().isOk())
                .andExpect(content().string(containsString("页面甲"))).andExpect(content().string(containsString("/mines/handovers/export")));
        mvc.perform(get("/mines/handovers/" + h).with(TestActors.as(sc))).andExpect(status().isOk())
                .andExpect(content().string(containsString("待交出人确认")));
        mvc.perform(get("/mines/handovers/" + h).with(TestActors.as(zz))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("MC-06 the approved plan is reported upward and published: names, work phones, supervision phone, 12345; never the private phone")
    void publicNotice() throws Exception {
        approve();
        assertThat(jdbc.sql("SELECT reported_at IS NOT NULL FROM mine_plan WHERE id = :id").param("id", next)
                .query(Boolean.class).single()).isTrue();
        mvc.perform(get("/public/mines/140927")).andExpect(status().isOk())
                .andExpect(content().string(containsString("页面丙"))).andExpect(content().string(containsString("页面乙")))
                .andExpect(content().string(containsString("0350-5550000"))).andExpect(content().string(containsString("12345")))
                .andExpect(content().string(containsString("神池县页面测试铁矿")))
                .andExpect(content().string(not(containsString("13800007777"))));
        mvc.perform(get("/public/mines/149999")).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("MC-07 MC-09 the diff of two years' plans names who moved where")
    void diff() throws Exception {
        mvc.perform(get("/mines/plans/" + next + "/diff").with(TestActors.as(sc))).andExpect(status().isOk())
                .andExpect(content().string(containsString("页面甲"))).andExpect(content().string(containsString("页面丙")))
                .andExpect(content().string(not(containsString("页面乙"))));
    }

    @Test
    @DisplayName("ORG-03 MC-01 the mines' pages answer in scope; another county's mine, commissioner and plan are 404")
    void pagesAndScope() throws Exception {
        for (String path : new String[] {"/mines", "/mines/commissioners", "/mines/plans", "/mines/exceptions",
                "/mines/new", "/mines/commissioners/new", "/mines/" + mine, "/mines/commissioners/" + c1,
                "/mines/plans/" + next, "/mines/plans/" + next + "?view=mine", "/mines/plans/" + next + "?view=commissioner"}) {
            mvc.perform(get(path).with(TestActors.as(sc))).andExpect(status().isOk());
        }
        mvc.perform(get("/mines").param("kind", "UNDERGROUND_NON_COAL").with(TestActors.as(sc)))
                .andExpect(content().string(containsString("神池县页面测试铁矿")));
        mvc.perform(get("/mines/export").with(TestActors.as(sc))).andExpect(status().isOk());
        mvc.perform(get("/mines").param("kind", "XYZ").with(TestActors.as(sc))).andExpect(status().isBadRequest());
        mvc.perform(get("/mines").param("sort", "nope,asc").with(TestActors.as(sc))).andExpect(status().isBadRequest());
        mvc.perform(get("/mines/export").param("area", "140525").with(TestActors.as(sc))).andExpect(status().isBadRequest());
        mvc.perform(get("/mines").with(TestActors.as(zz))).andExpect(content().string(not(containsString("神池县页面测试铁矿"))));
        for (String path : new String[] {"/mines/" + mine, "/mines/commissioners/" + c1, "/mines/plans/" + next,
                "/mines/plans/" + next + "/diff", "/mines/plans/" + next + "/progress"}) {
            mvc.perform(get(path).with(TestActors.as(zz))).andExpect(status().isNotFound());
        }
        mvc.perform(post("/mines/" + mine + "/status").param("status", "OTHER").with(csrf()).with(TestActors.as(zz)))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("MC-01 the mine form shows every error at once, inline; an open pit without stripping volume is refused")
    void mineForm() throws Exception {
        mvc.perform(post("/mines").with(csrf()).with(TestActors.as(sc)).param("creditCode", "").param("kind", "")
                        .param("productionStatus", "PRODUCING").param("supervisingLevel", "").param("latitude", "abc"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("须为纬度数值")))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/mines").with(csrf()).with(TestActors.as(sc)).param("creditCode", "91140927XXXXXXXXXX")
                        .param("kind", "OPEN_PIT_NON_COAL").param("productionStatus", "PRODUCING").param("supervisingLevel", "COUNTY"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("未找到统一社会信用代码")));
    }

    @Test
    @DisplayName("MC-06 a plan without a supervision phone is not submitted; a malformed phone is refused")
    void supervisionPhone() throws Exception {
        jdbc.sql("UPDATE mine_plan SET status = 'SOLVED', supervision_phone = '' WHERE id = :id").param("id", next).update();
        mvc.perform(post("/mines/plans/" + next + "/submit").with(csrf()).with(TestActors.as(sc)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM mine_plan WHERE id = :id").param("id", next).query(String.class).single())
                .isEqualTo("SOLVED");
        mvc.perform(post("/mines/plans/" + next + "/contact").param("supervisionPhone", "12ab").with(csrf()).with(TestActors.as(sc)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT supervision_phone FROM mine_plan WHERE id = :id").param("id", next).query(String.class).single())
                .isEmpty();
    }
}
