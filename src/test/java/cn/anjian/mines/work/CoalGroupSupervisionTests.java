package cn.anjian.mines.work;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
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
import cn.anjian.mines.hazards.Hazards;
import cn.anjian.mines.hazards.MineChoice;
import cn.anjian.mines.hazards.NewHazard;
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
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * MW-02 (art. 13): a coal group patrols each of its 3 mines, so every member supervises all three — not only the mine
 * the plan's assignment row names. On 洪洞县's mines (no demo data there): a group of three coal mines (one member
 * designated to each, the second leads) and a fourth mine outside the group with its own commissioner; the clock on
 * Wednesday of 2026-W47.
 */
@IntegrationTest
class CoalGroupSupervisionTests {

    static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 10_000));
    static final String COUNTY = "141024";
    static final BigDecimal LAT = new BigDecimal("36.250000");
    static final BigDecimal LON = new BigDecimal("111.670000");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 16);
    static final Set<String> PHONE = Set.of("mine:check", "mine:read", "mine:hazard", "file:upload", "file:read");

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
    @Autowired Checklists checklists;
    @Autowired Obligations obligations;
    @Autowired Supervision supervision;
    @Autowired Hazards hazards;

    TestActor staff;
    /** The group's mines 1..3 and a coal mine outside the group. */
    long mine1;
    long mine2;
    long mine3;
    long outside;
    Member first;
    Member leader;
    Member third;
    Member stranger;

    record Member(long id, TestActor actor) {
    }

    @BeforeEach
    void setUp() {
        clock.set(MONDAY.plusDays(2).atTime(10, 0));
        Jurisdiction j = jurisdictions.findByCode(COUNTY).orElseThrow();
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT)
                .orElseGet(() -> agencies.create(j.id(), AgencyKind.EMERGENCY_MANAGEMENT, j.name() + "应急管理局"));
        staff = new TestActor(860_000 + j.id(), "cg_" + COUNTY, "测试" + j.name(), a.id(), a.name(), null, j.id(),
                new Scope(j.path()), Set.of("mine:read", "mine:manage", "enterprise:read", "enterprise:manage", "personnel:read",
                "personnel:manage"));
        int n = SEQ.incrementAndGet();
        mine1 = mine("组巡甲煤业" + n);
        mine2 = mine("组巡乙煤业" + n);
        mine3 = mine("组巡丙煤业" + n);
        outside = mine("组外丁煤业" + n);
        first = member("组员甲" + n);
        leader = member("组长乙" + n);
        third = member("组员丙" + n);
        stranger = member("组外专员" + n);
        String outcome = """
                {"assignments":[],"groups":[{"mineIds":[%d,%d,%d],"memberIds":[%d,%d,%d],"leaderId":%d,"duties":{}}],
                 "unstaffed":[],"score":""}""".formatted(mine1, mine2, mine3, first.id(), leader.id(), third.id(), leader.id());
        long plan = jdbc.sql("""
                INSERT INTO mine_plan (version, jurisdiction_id, scope_path, plan_year, status, outcome, created_at, created_by)
                VALUES (0, :j, :p, 2026, 'APPROVED', :o, :at, 'test') RETURNING id""").param("j", staff.jurisdictionId())
                .param("p", staff.scope().path()).param("o", outcome).param("at", Timestamp.from(clock.instant()))
                .query(Long.class).single();
        assign(plan, mine1, first);
        assign(plan, mine2, leader);
        assign(plan, mine3, third);
        assign(plan, outside, stranger);
    }

    @AfterEach
    void clean() {
        clock.reset();
        String p = staff.scope().path() + "%";
        jdbc.sql("DELETE FROM cal_deadline WHERE subject_type = 'mine-obligation' AND scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_check WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_checklist_item WHERE mine_id IN (SELECT id FROM mine_mine WHERE scope_path LIKE :p)")
                .param("p", p).update();
        jdbc.sql("DELETE FROM mine_plan WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("UPDATE per_person SET user_id = NULL WHERE id IN (SELECT person_id FROM mine_commissioner WHERE scope_path LIKE :p)")
                .param("p", p).update();
        // a mine or commissioner a hazard names stays (the hazard keeps its order and deadline)
        jdbc.sql("DELETE FROM mine_commissioner WHERE scope_path LIKE :p AND id NOT IN (SELECT commissioner_id FROM mine_hazard)")
                .param("p", p).update();
        jdbc.sql("DELETE FROM mine_mine WHERE scope_path LIKE :p AND id NOT IN (SELECT mine_id FROM mine_hazard)").param("p", p).update();
    }

    long mine(String name) {
        String code = CreditCode.complete("91141024CG" + String.format("%07d", SEQ.incrementAndGet() * 7919L % 10_000_000)).value();
        long e = enterprises.create(staff, new EnterpriseForm(name, code, EnterpriseKind.LEGAL_PERSON, Industry.COAL_MINE,
                "洪洞县测试镇", LAT, LON, null, RiskGrade.B, EnterpriseStatus.OPERATING)).id();
        return registry.register(staff, new NewMine(e, MineKind.COAL, null, null, ProductionStatus.PRODUCING, SupervisingLevel.COUNTY,
                null, null, "一采区", "通风系统"));
    }

    Member member(String name) {
        long person = people.create(staff, NewPerson.basic(name, IdCards.next(true), "13800007777")).id();
        long id = registry.select(staff, new NewCommissioner(person, Employment.IN_BUDGET, true, LocalDate.of(2026, 3, 1),
                EnumSet.of(Specialty.MINING), LAT, LON));
        String login = "cgm_" + SEQ.incrementAndGet() + "_" + System.nanoTime() % 100_000;
        long user = userAdmin.createUser(login, name, staff.agencyId(), null, Set.of("MINE_COMMISSIONER"), "Anjian@2026x", false);
        accounts.link(staff, person, user);
        return new Member(id, new TestActor(user, login, name, staff.agencyId(), staff.agencyName(), null, staff.jurisdictionId(),
                staff.scope(), PHONE));
    }

    void assign(long plan, long mineId, Member m) {
        jdbc.sql("INSERT INTO mine_plan_assignment (plan_id, mine_id, commissioner_id) VALUES (:p, :m, :c)")
                .param("p", plan).param("m", mineId).param("c", m.id()).update();
    }

    /** An on-site check (every item answered) or a remote one, sent through the phone's sync API. */
    ResultActions send(Member who, long mineId, String mode) throws Exception {
        Checklists.MineFacts m = checklists.mine(mineId).orElseThrow();
        MineTable table = checklists.table(m, checklists.currentVersion(m.group()), clock.instant());
        List<String> items = new ArrayList<>();
        if (mode.equals("ONSITE")) {
            table.items().forEach(i -> items.add("{\"itemId\":" + i.itemId() + ",\"outcome\":\"COMPLIANT\",\"note\":\"\",\"photoFileIds\":[]}"));
        }
        OffsetDateTime t = MONDAY.plusDays(2).atTime(8, 0).atOffset(ZoneOffset.ofHours(8));
        String body = """
                {"mineId":%d,"mode":"%s","remoteMeans":%s,"unannounced":false,"night":false,"startedAt":"%s","finishedAt":"%s",
                 "position":{"latitude":%s,"longitude":%s,"accuracyMeters":15,"capturedAt":"%s"},
                 "recordedOffline":false,"checklistVersionId":%d,"note":"组内巡回检查","items":[%s]}"""
                .formatted(mineId, mode, mode.equals("REMOTE") ? "\"VIDEO\"" : "null", t, t.plusMinutes(60), LAT, LON, t,
                        table.versionId(), String.join(",", items));
        String id = UUID.randomUUID().toString();
        return mvc.perform(put("/api/v1/mines/work/checks/" + id).with(TestActors.as(who.actor())).with(csrf())
                .header("Idempotency-Key", "cg-" + id).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long checks(long mineId) {
        return jdbc.sql("SELECT count(*) FROM mine_check WHERE mine_id = :m").param("m", mineId).query(Long.class).single();
    }

    @Test
    @DisplayName("MW-02 a group member designated to mine 1 starts on-site and remote checks on mine 3 of the group")
    void memberChecksAnotherMineOfTheGroup() throws Exception {
        send(first, mine3, "ONSITE").andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ACCEPTED"));
        send(first, mine3, "REMOTE").andExpect(status().isCreated());
        assertThat(checks(mine3)).isEqualTo(2);
        assertThat(supervision.supervises(first.id(), mine3, MONDAY)).isTrue();
        assertThat(supervision.minesOf(first.id(), MONDAY)).containsExactlyInAnyOrder(mine1, mine2, mine3);
    }

    @Test
    @DisplayName("MW-02 a commissioner outside the group is refused on the group's mine (403 MINE-CHECK-NOT-SUPERVISED), and a member on a mine outside the group; nothing stored")
    void outsiderRefused() throws Exception {
        send(stranger, mine3, "ONSITE").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("MINE-CHECK-NOT-SUPERVISED"));
        send(first, outside, "REMOTE").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("MINE-CHECK-NOT-SUPERVISED"));
        assertThat(checks(mine3)).isZero();
        assertThat(checks(outside)).isZero();
        assertThat(supervision.minesOf(stranger.id(), MONDAY)).containsExactly(outside);
        send(stranger, outside, "REMOTE").andExpect(status().isCreated());
    }

    @Test
    @DisplayName("MW-02 the phone's today list of a group member shows all three mines of the group with what each still needs; an outsider's shows only his own")
    void todayListsTheGroup() throws Exception {
        send(leader, mine1, "ONSITE").andExpect(status().isCreated());
        mvc.perform(get("/api/v1/mines/work/today").with(TestActors.as(third.actor()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.isoWeek").value("2026-W47"))
                .andExpect(jsonPath("$.mines.length()").value(3))
                .andExpect(jsonPath("$.mines[?(@.mineId == " + mine1 + ")].onsiteWeek.done").value(1))
                .andExpect(jsonPath("$.mines[?(@.mineId == " + mine2 + ")].onsiteWeek.done").value(0))
                .andExpect(jsonPath("$.mines[?(@.mineId == " + mine3 + ")].remoteWeek.required").value(3));
        mvc.perform(get("/api/v1/mines/work/today").with(TestActors.as(stranger.actor()))).andExpect(status().isOk())
                .andExpect(jsonPath("$.mines.length()").value(1))
                .andExpect(jsonPath("$.mines[0].mineId").value(outside));
    }

    @Test
    @DisplayName("MW-02 the group's weekly patrol of mine 3 (owned by the leader) is met by the check of the member designated to mine 1")
    void patrolObligationMetByAnyMember() throws Exception {
        obligations.ensure(MONDAY.plusDays(2), staff.scope().pattern());
        String sql = """
                SELECT d.state, d.rule_id, d.owner_user_id FROM mine_obligation o JOIN cal_deadline d ON d.id = o.deadline_id
                WHERE o.mine_id = :m AND o.period = '2026-W47' AND o.kind = 'ONSITE_WEEK'""";
        var before = jdbc.sql(sql).param("m", mine3).query().singleRow();
        assertThat(before.get("state")).isEqualTo("OPEN");
        assertThat(before.get("rule_id")).isEqualTo("MW-02");
        assertThat(((Number) before.get("owner_user_id")).longValue()).isEqualTo(leader.actor().userId());
        send(first, mine3, "ONSITE").andExpect(status().isCreated());
        assertThat(jdbc.sql(sql).param("m", mine3).query().singleRow().get("state")).isEqualTo("MET");
        assertThat(jdbc.sql(sql).param("m", mine2).query().singleRow().get("state")).as("another mine of the group").isEqualTo("OPEN");
    }

    @Test
    @DisplayName("MW-02 a group member records a hazard at the group's other mine and lists the group's mines; an outsider is refused (MW-NOT-SUPERVISED)")
    void hazardsAtTheGroupsMines() {
        long id = hazards.record(first.actor(), new NewHazard(mine2, "回风巷瓦斯传感器失效", false, 5, List.of()));
        assertThat(id).isPositive();
        assertThat(hazards.myMines(first.actor())).extracting(MineChoice::id).containsExactlyInAnyOrder(mine1, mine2, mine3);
        assertThat(hazards.mayAct(first.actor(), mine3)).isTrue();
        assertThatThrownBy(() -> hazards.record(stranger.actor(), new NewHazard(mine2, "隐患", false, null, List.of())))
                .isInstanceOf(BusinessException.class).extracting("code").isEqualTo("MW-NOT-SUPERVISED");
        assertThat(hazards.mayAct(stranger.actor(), mine2)).isFalse();
    }
}
