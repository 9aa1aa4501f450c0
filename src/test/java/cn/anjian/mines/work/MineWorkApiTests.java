package cn.anjian.mines.work;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
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
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Scope;
import cn.anjian.kernel.Zones;
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
import com.jayway.jsonpath.JsonPath;
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
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The phone API and the department's pages of issue 17 on a mine of 神池县 supervised by sc_commissioner. */
@IntegrationTest
class MineWorkApiTests {

    static final AtomicInteger SEQ = new AtomicInteger((int) (System.nanoTime() % 1000));
    static final String[] PERMS = {"mine:read", "mine:manage", "enterprise:read", "enterprise:manage", "personnel:read",
            "personnel:manage", "mine:check-review", "mine:checklist"};
    static final BigDecimal LAT = new BigDecimal("39.080000");
    static final BigDecimal LON = new BigDecimal("112.200000");

    @Autowired MockMvc mvc;
    @Autowired MineRegistry registry;
    @Autowired Enterprises enterprises;
    @Autowired People people;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired ActingUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired Checklists checklists;
    @Autowired Clock clock;

    TestActor office;
    TestActor commissioner;
    long mine;
    long otherMine;
    long commissionerId;
    long person;

    TestActor officer(String code) {
        Jurisdiction j = jurisdictions.findByCode(code).orElseThrow();
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT).orElseThrow();
        return new TestActor(880_000 + j.id(), "work_" + code, "测试" + code, a.id(), a.name(), null, j.id(),
                new Scope(j.path()), Set.of(PERMS));
    }

    @BeforeEach
    void setUp() {
        // checks start 2 hours ago and are read back as this week's: run between Monday 00:00 and 03:00 (Beijing) they
        // would fall in the week before, so the clock moves to 03:00 then
        java.time.ZonedDateTime now = java.time.ZonedDateTime.now(clock.withZone(Zones.SHANGHAI));
        if (now.getDayOfWeek() == java.time.DayOfWeek.MONDAY && now.getHour() < 3) {
            ((cn.anjian.MutableClock) clock).set(now.toLocalDate().atTime(3, 0));
        }
        office = officer("140927");
        Actor sc = users.actor("sc_commissioner").orElseThrow();
        commissioner = new TestActor(sc.userId(), sc.username(), sc.displayName(), sc.agencyId(), sc.agencyName(), sc.unitId(),
                sc.jurisdictionId(), sc.scope(), Set.of("mine:check", "mine:read", "file:upload", "file:read"));
        mine = mine("检查测试铁矿");
        otherMine = mine("检查测试石矿");
        person = people.create(office, NewPerson.basic("检查专员", IdCards.next(true), "13800005555")).id();
        jdbc.sql("UPDATE per_person SET user_id = :u WHERE id = :p").param("u", sc.userId()).param("p", person).update();
        commissionerId = registry.select(office, new NewCommissioner(person, Employment.IN_BUDGET, true, LocalDate.of(2026, 3, 1),
                EnumSet.of(Specialty.MINING), LAT, LON));
        long plan = jdbc.sql("""
                INSERT INTO mine_plan (version, jurisdiction_id, scope_path, plan_year, status, created_at, created_by)
                VALUES (0, :j, :p, :y, 'APPROVED', now(), 'test') RETURNING id""").param("j", office.jurisdictionId())
                .param("p", office.scope().path()).param("y", LocalDate.now(clock.withZone(Zones.SHANGHAI)).getYear())
                .query(Long.class).single();
        jdbc.sql("INSERT INTO mine_plan_assignment (plan_id, mine_id, commissioner_id) VALUES (:p, :m, :c)")
                .param("p", plan).param("m", mine).param("c", commissionerId).update();
    }

    @AfterEach
    void clean() {
        ((cn.anjian.MutableClock) clock).reset();
        String p = office.scope().path() + "%";
        jdbc.sql("DELETE FROM mine_check WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_checklist_item WHERE mine_id IN (SELECT id FROM mine_mine WHERE scope_path LIKE :p)")
                .param("p", p).update();
        jdbc.sql("UPDATE per_person SET user_id = NULL WHERE id = :id").param("id", person).update();
        jdbc.sql("DELETE FROM mine_plan WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_commissioner WHERE scope_path LIKE :p").param("p", p).update();
        jdbc.sql("DELETE FROM mine_mine WHERE scope_path LIKE :p").param("p", p).update();
    }

    long mine(String name) {
        String code = CreditCode.complete("91140927MW" + String.format("%07d", SEQ.incrementAndGet() * 7919L % 10_000_000)).value();
        long e = enterprises.create(office, new EnterpriseForm(name + SEQ.get(), code, EnterpriseKind.LEGAL_PERSON, Industry.NON_COAL_MINE,
                "神池县测试镇", LAT, LON, null, RiskGrade.B, EnterpriseStatus.OPERATING)).id();
        return registry.register(office, new NewMine(e, MineKind.UNDERGROUND_NON_COAL, null, null, ProductionStatus.PRODUCING,
                SupervisingLevel.COUNTY, null, null, "一采区", "通风系统"));
    }

    String body(long mineId, String mode, BigDecimal lat, boolean offline, OffsetDateTime start, String items) {
        long version = checklists.currentVersion(KindGroup.NON_COAL);
        return """
                {"mineId":%d,"mode":"%s","remoteMeans":%s,"unannounced":true,"night":false,
                 "startedAt":"%s","finishedAt":"%s",
                 "position":{"latitude":%s,"longitude":%s,"accuracyMeters":25,"capturedAt":"%s"},
                 "recordedOffline":%s,"checklistVersionId":%d,"note":"例行检查","items":[%s]}"""
                .formatted(mineId, mode, mode.equals("REMOTE") ? "\"VIDEO\"" : "null", start, start.plusMinutes(90), lat, LON, start,
                        offline, version, items);
    }

    OffsetDateTime start() {
        return OffsetDateTime.now(clock.withZone(Zones.SHANGHAI)).minusHours(2).withNano(0);
    }

    ResultActions send(String id, String key, String body) throws Exception {
        return mvc.perform(put("/api/v1/mines/work/checks/" + id).with(TestActors.as(commissioner)).with(csrf())
                .header("Idempotency-Key", key).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    String firstItems(long mineId, boolean all) throws Exception {
        String table = mvc.perform(get("/api/v1/mines/work/mines/" + mineId + "/checklist").with(TestActors.as(commissioner)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.versionLabel").value(containsString("版")))
                .andReturn().getResponse().getContentAsString();
        java.util.List<Integer> ids = JsonPath.read(table, "$.sections[*].items[*].itemId");
        java.util.List<Integer> pick = all ? ids : ids.subList(0, 2);
        return String.join(",", pick.stream().map(i -> "{\"itemId\":" + i + ",\"outcome\":\"COMPLIANT\",\"note\":\"\",\"photoFileIds\":[]}").toList());
    }

    @Test
    @DisplayName("MW-10 MW-05 PUT a check: 201, the replay 200 with the same answer, another body under the key 422; missed items counted")
    void syncOnce() throws Exception {
        String id = UUID.randomUUID().toString();
        String key = "key-" + id;
        String body = body(mine, "ONSITE", LAT, false, start(), firstItems(mine, false));
        String first = send(id, key, body).andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("ACCEPTED"))
                .andExpect(jsonPath("$.statusLabel").value("已受理")).andReturn().getResponse().getContentAsString();
        int missed = JsonPath.read(first, "$.missedMandatory");
        assertThat(missed).isPositive();
        send(id, key, body).andExpect(status().isOk()).andExpect(content().json(first));
        send(id, "other-" + id, body).andExpect(status().isOk()).andExpect(jsonPath("$.checkId").value(id));
        send(id, key, body.replace("例行检查", "改过的")).andExpect(status().isUnprocessableContent());
        assertThat(jdbc.sql("SELECT count(*) FROM mine_check WHERE id = :id").param("id", UUID.fromString(id))
                .query(Long.class).single()).isEqualTo(1);
        mvc.perform(get("/api/v1/mines/work/checks").with(TestActors.as(commissioner)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.checks[?(@.checkId == '" + id + "')]").exists());
    }

    @Test
    @DisplayName("MW-10 a check-in 2 km from the mine: 422 MINE-CHECKIN-OUTSIDE online, nothing stored; offline it is FLAGGED and reviewed")
    void geofence() throws Exception {
        BigDecimal far = LAT.add(new BigDecimal("0.018"));
        String id = UUID.randomUUID().toString();
        send(id, "k-" + id, body(mine, "ONSITE", far, false, start(), firstItems(mine, true)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("MINE-CHECKIN-OUTSIDE"));
        assertThat(jdbc.sql("SELECT count(*) FROM mine_check WHERE id = :id").param("id", UUID.fromString(id))
                .query(Long.class).single()).isZero();
        send(id, "k2-" + id, body(mine, "ONSITE", far, true, start(), firstItems(mine, true)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("FLAGGED"))
                .andExpect(jsonPath("$.statusLabel").value("待核查（离线打卡超出范围）"));
        mvc.perform(get("/mines/checks/flagged").with(TestActors.as(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString(id)));
        // issue 20: the same list as JSON; another county's reviewer does not see it
        mvc.perform(get("/api/v1/mines/checks/flagged?size=100").with(TestActors.as(office))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')].status").value("FLAGGED"))
                .andExpect(jsonPath("$.totalCapped").value(false));
        mvc.perform(get("/api/v1/mines/checks/flagged?size=100").with(TestActors.as(officer("140525")))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.id == '" + id + "')]").doesNotExist());
        mvc.perform(post("/mines/checks/" + id + "/review").with(TestActors.as(office)).with(csrf()).param("decision", "reject"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("不予认可须说明理由")));
        mvc.perform(post("/mines/checks/" + id + "/review").with(TestActors.as(office)).with(csrf()).param("decision", "accept"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT status FROM mine_check WHERE id = :id").param("id", UUID.fromString(id))
                .query(String.class).single()).isEqualTo("CLEARED");
        mvc.perform(post("/mines/checks/" + id + "/review").with(TestActors.as(officer("140525"))).with(csrf())
                .param("decision", "accept")).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("MW-10 a mine the commissioner does not supervise is 403, another county's mine 404; nothing stored")
    void notSupervised() throws Exception {
        String id = UUID.randomUUID().toString();
        send(id, "k-" + id, body(otherMine, "ONSITE", LAT, false, start(), ""))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("MINE-CHECK-NOT-SUPERVISED"));
        long zz = jdbc.sql("SELECT min(id) FROM mine_mine WHERE scope_path LIKE :p")
                .param("p", officer("140525").scope().pattern()).query(Long.class).single();
        send(id, "k2-" + id, body(zz, "ONSITE", LAT, false, start(), "")).andExpect(status().isNotFound());
        send(id, "k3-" + id, body(mine, "REMOTE", LAT, false, start(), "{\"itemId\":-5,\"outcome\":\"COMPLIANT\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("MINE-CHECK-ITEM"));
        send("not-a-uuid", "k4-" + id, body(mine, "REMOTE", LAT, false, start(), "")).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM mine_check WHERE mine_id IN (:a, :b)").param("a", mine).param("b", otherMine)
                .query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("MW-01 MW-03 MW-04 coverage: 2 remote checks owe one more (red once the week is over), the third turns the week's remote count green; the site list reads the month")
    void coverage() throws Exception {
        OffsetDateTime s = start();
        String week = CoverageRules.isoWeek(s.toInstant());
        for (int i = 0; i < 2; i++) {
            String id = UUID.randomUUID().toString();
            send(id, "r-" + id, body(mine, "REMOTE", LAT, false, s.minusMinutes(i), "")).andExpect(status().isCreated());
        }
        String id = UUID.randomUUID().toString();
        send(id, "o-" + id, body(mine, "ONSITE", LAT, false, s, firstItems(mine, true))).andExpect(status().isCreated());
        mvc.perform(get("/mines/coverage").param("week", week).param("region", "140927").with(TestActors.as(office)))
                // the week of the checks is normally still running (进行中); run just after midnight on Monday it has ended (red)
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.anyOf(
                        containsString("还需远程监管 1 次"), containsString("远程监管2次"))));
        String id3 = UUID.randomUUID().toString();
        send(id3, "r3-" + id3, body(mine, "REMOTE", LAT, false, s.minusMinutes(5), "")).andExpect(status().isCreated());
        String page = mvc.perform(get("/mines/coverage").param("week", week).param("region", "140927").param("red", "true")
                .with(TestActors.as(office))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).doesNotContain("检查测试铁矿" + "远程监管2次");
        int required = CoverageRules.remoteRequired(false, 0);
        assertThat(required).isEqualTo(3);
        String month = YearMonth.from(s).toString();
        mvc.perform(get("/mines/coverage").param("month", month).param("region", "140927").with(TestActors.as(office)))
                .andExpect(status().isOk());
        mvc.perform(get("/mines/coverage/export").param("week", week).with(TestActors.as(office))).andExpect(status().isOk());
        mvc.perform(get("/mines/coverage").param("week", "2026-W99").with(TestActors.as(office))).andExpect(status().isBadRequest());
        mvc.perform(get("/mines/coverage").param("sort", "nope,asc").with(TestActors.as(office))).andExpect(status().isBadRequest());
        mvc.perform(get("/mines/coverage/mines/" + mine).param("week", week).with(TestActors.as(office)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("四不两直")));
        mvc.perform(get("/mines/checks/" + id).with(TestActors.as(office))).andExpect(status().isOk())
                .andExpect(content().string(containsString("签到范围")));
        mvc.perform(get("/mines/checks/" + id).with(TestActors.as(officer("140525")))).andExpect(status().isNotFound());
        mvc.perform(get("/mines/coverage/mines/" + mine).with(TestActors.as(officer("140525")))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/mines/work/today").with(TestActors.as(commissioner))).andExpect(status().isOk())
                .andExpect(jsonPath("$.mines[0].mineId").value(mine))
                .andExpect(jsonPath("$.mines[0].remoteWeek.done").value(3))
                .andExpect(jsonPath("$.mines[0].onsiteWeek.done").value(1))
                .andExpect(jsonPath("$.mines[0].geofenceMeters").value(1000));
    }

    @Test
    @DisplayName("MW-05 MW-07 the province template has must and spot items incl. pre-shift meetings, outsourcing, hidden workings; a county adds its own item")
    void checklists() throws Exception {
        mvc.perform(get("/mines/checklists").param("kind", "COAL").param("size", "100").with(TestActors.as(office)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("班前会")))
                .andExpect(content().string(containsString("外包工程"))).andExpect(content().string(containsString("隐蔽")))
                .andExpect(content().string(containsString("抽查")));
        mvc.perform(post("/mines/checklists/items").param("kind", "NON_COAL").with(TestActors.as(office)).with(csrf())
                        .param("section", "").param("text", "").param("mandatory", "true"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/mines/checklists/items").param("kind", "NON_COAL").with(TestActors.as(office)).with(csrf())
                        .param("section", "九、本地补充").param("text", "冬季防冻防滑措施落实").param("mandatory", "false"))
                .andExpect(status().is3xxRedirection());
        MineTable t = checklists.table(office, mine);
        assertThat(t.items()).anyMatch(i -> i.text().equals("冬季防冻防滑措施落实") && i.source() == ChecklistItem.Source.LOCAL);
        assertThat(t.items()).anyMatch(i -> "通风系统".equals(i.siteOrSystem()));
        assertThat(t.items()).anyMatch(ChecklistItem::mandatory).anyMatch(i -> !i.mandatory());
        jdbc.sql("DELETE FROM mine_checklist_item WHERE source = 'LOCAL' AND scope_path LIKE :p")
                .param("p", office.scope().path() + "%").update();
    }
}
