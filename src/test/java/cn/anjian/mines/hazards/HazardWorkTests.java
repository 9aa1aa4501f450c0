package cn.anjian.mines.hazards;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.BusinessException;
import cn.anjian.mines.HazardFoundInCheck;
import cn.anjian.mines.HazardState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** MW-06, MW-08, MW-12: hazards to closure, escalation, tips and stop-work orders — domain, API and pages. */
@IntegrationTest
class HazardWorkTests {

    @Autowired HazardFixtures fx;
    @Autowired Hazards hazards;
    @Autowired HazardQueries queries;
    @Autowired IncidentTips tips;
    @Autowired TipQueries tipQueries;
    @Autowired Timeline timeline;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate tx;
    @Autowired ActingUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;
    @Autowired MockMvc mvc;

    TestActor zz;
    HazardFixtures.Commissioner c;
    long mine;
    long other;

    @BeforeEach
    void setUp() {
        zz = fx.staff("140525");
        int n = HazardFixtures.SEQ.incrementAndGet();
        mine = fx.mine(zz, "隐患测试煤业" + n);
        other = fx.mine(zz, "隐患测试他矿" + n);
        c = fx.commissioner(zz, "隐患测试专员" + n);
        fx.assign(zz, c.id(), mine);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    long hazardCount(long mineId) {
        return jdbc.sql("SELECT count(*) FROM mine_hazard WHERE mine_id = :m").param("m", mineId).query(Long.class).single();
    }

    @Test
    @DisplayName("MW-06 a hazard gets a numbered rectification order (.docx) and a calendar due date")
    void recordedWithOrder() {
        long id = hazards.record(c.actor(), new NewHazard(mine, "主斜井皮带机保护装置失效", false, 10, List.of()));
        HazardQueries.Row h = queries.get(zz, id);
        assertThat(h.state()).isEqualTo(HazardState.RECTIFYING);
        assertThat(h.orderNumber()).matches(".*矿监整改〔\\d{4}〕\\d+号");
        assertThat(h.orderFileId()).isNotNull();
        assertThat(h.dueDate()).isAfterOrEqualTo(LocalDate.now(clock.withZone(cn.anjian.kernel.Zones.SHANGHAI)).plusDays(10));
        assertThat(jdbc.sql("SELECT count(*) FROM cal_deadline WHERE subject_type = 'mine-hazard' AND subject_id = :s")
                .param("s", String.valueOf(id)).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("MW-06 the due date that falls on a National Day holiday rolls to the next working day; the day before does not")
    void dueOnHoliday() {
        clock.set(LocalDateTime.of(2026, 9, 26, 10, 0));
        fx.assign(zz, c.id(), mine); // the clock's year
        long onHoliday = hazards.record(c.actor(), new NewHazard(mine, "采空区积水未探放", false, 7, List.of()));
        long before = hazards.record(c.actor(), new NewHazard(mine, "局部通风机无备用", false, 4, List.of()));
        assertThat(queries.get(zz, onHoliday).dueDate()).isEqualTo(LocalDate.of(2026, 10, 8));
        assertThat(queries.get(zz, before).dueDate()).isEqualTo(LocalDate.of(2026, 9, 30));
    }

    @Test
    @DisplayName("MW-06 a commissioner cannot record a hazard at a mine they do not supervise; nothing is stored")
    void notSupervisedRefused() {
        assertThatThrownBy(() -> hazards.record(c.actor(), new NewHazard(other, "隐患", false, null, List.of())))
                .isInstanceOf(BusinessException.class).extracting("code").isEqualTo("MW-NOT-SUPERVISED");
        assertThat(hazardCount(other)).isZero();
    }

    @Test
    @DisplayName("MW-06 re-check failed: back to rectification with a new due date; passed: closed; a closed hazard cannot be re-checked")
    void recheckFailThenPass() {
        long id = hazards.record(c.actor(), new NewHazard(mine, "瓦斯传感器位置不当", false, 5, List.of()));
        assertThatThrownBy(() -> hazards.recheck(c.actor(), id, true, "未报送", null))
                .extracting("code").isEqualTo("MW-06-STATE");
        hazards.report(c.actor(), id, "已调整传感器位置", null);
        assertThat(queries.get(zz, id).state()).isEqualTo(HazardState.RECHECK);
        hazards.recheck(c.actor(), id, false, "仍不符合规程", 3);
        HazardQueries.Row again = queries.get(zz, id);
        assertThat(again.state()).isEqualTo(HazardState.RECTIFYING);
        assertThat(again.rounds()).isEqualTo(2);
        hazards.report(c.actor(), id, "已重新安装", null);
        hazards.recheck(c.actor(), id, true, "复查合格", null);
        assertThat(queries.get(zz, id).state()).isEqualTo(HazardState.CLOSED);
        assertThatThrownBy(() -> hazards.recheck(c.actor(), id, true, "再次", null)).extracting("code").isEqualTo("MW-06-STATE");
        assertThat(timeline.of(Timeline.HAZARD, id)).extracting(Timeline.Step::what).contains("复查不合格，重新整改", "复查合格，隐患闭环");
    }

    @Test
    @DisplayName("MW-06 the check listener creates one hazard per check item, however often the event is replayed")
    void listenerIdempotent() {
        UUID check = UUID.randomUUID();
        HazardFoundInCheck e = new HazardFoundInCheck(check, 91_001L, mine, c.id(), "提升机制动闸间隙超限", "现场测量", false,
                List.of(), clock.instant());
        for (int i = 0; i < 2; i++) {
            tx.executeWithoutResult(s -> events.publishEvent(e));
        }
        assertThat(jdbc.sql("SELECT count(*) FROM mine_hazard WHERE check_id = :c").param("c", check).query(Long.class).single())
                .isEqualTo(1);
    }

    @Test
    @DisplayName("MW-06 a major hazard is escalated at once to the county's heads only (not the city's), with time and recipients")
    void majorEscalated() {
        long id = hazards.record(c.actor(), new NewHazard(mine, "井下违规使用明火", true, null, List.of()));
        assertThat(queries.get(zz, id).escalatedAt()).isNotNull();
        long zzDirector = users.actor("zz_director").orElseThrow().userId();
        List<Long> told = jdbc.sql("SELECT user_id FROM mine_escalation WHERE subject_type = 'mine-hazard' AND subject_id = :s")
                .param("s", id).query(Long.class).list();
        assertThat(told).contains(zzDirector);
        users.actor("jc_director").ifPresent(jc -> assertThat(told).doesNotContain(jc.userId()));
        assertThat(jdbc.sql("SELECT count(*) FROM ntf_notification WHERE user_id = :u AND link = :l")
                .param("u", zzDirector).param("l", "/mines/hazards/" + id).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("MW-08 a tip orders the self-check at once, the report due in 1 working day; 立即报告 escalates; forwarding meets it")
    void tipSelfCheck() {
        long id = tips.record(c.actor(), new NewIncidentTip(mine, "ONLINE", "CONCEALED_ACCIDENT", "网传该矿瞒报一起伤亡事故", true, null));
        TipQueries.Row t = tipQueries.get(zz, id);
        assertThat(t.selfCheckOrderedAt()).isNotNull();
        assertThat(t.dueDate()).isNotNull();
        assertThat(t.escalatedAt()).isNotNull();
        tips.forward(c.actor(), id, "企业自查未发现瞒报", null);
        assertThat(tipQueries.get(zz, id).state()).isEqualTo(TipEnums.TipState.FORWARDED);
        assertThatThrownBy(() -> tips.forward(c.actor(), id, "再次", null)).extracting("code").isEqualTo("MW-08-STATE");
        assertThatThrownBy(() -> tips.record(c.actor(), new NewIncidentTip(other, "PETITION", "LARGER_INCIDENT", "举报", false, null)))
                .extracting("code").isEqualTo("MW-NOT-SUPERVISED");
    }

    @Test
    @DisplayName("MW-12 PUT a stop-work order: 201, the same replay 200, another body 422, no key 400; it is numbered and reported")
    void stopWorkApi() throws Exception {
        String body = "{\"mineId\":" + mine + ",\"kind\":\"STOP_AND_EVACUATE\",\"reason\":\"工作面瓦斯超限\","
                + "\"scope\":\"1201 采煤工作面\",\"peopleEvacuated\":37}";
        String path = "/api/v1/mines/work/stop-work-orders/" + UUID.randomUUID();
        mvc.perform(put(path).with(TestActors.as(c.actor())).header("Idempotency-Key", "key-" + UUID.randomUUID())
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.number").value(org.hamcrest.Matchers.containsString("矿监停")));
        mvc.perform(put(path).with(TestActors.as(c.actor())).header("Idempotency-Key", "key-" + UUID.randomUUID())
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isOk());
        mvc.perform(put(path).with(TestActors.as(c.actor())).header("Idempotency-Key", "key-" + UUID.randomUUID())
                .contentType(MediaType.APPLICATION_JSON).content(body.replace("37", "38"))).andExpect(status().isUnprocessableEntity());
        mvc.perform(put("/api/v1/mines/work/stop-work-orders/" + UUID.randomUUID()).with(TestActors.as(c.actor()))
                .contentType(MediaType.APPLICATION_JSON).content(body)).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM mine_stop_order WHERE mine_id = :m AND escalated_at IS NOT NULL")
                .param("m", mine).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    @DisplayName("MW-06 phone API: list my mine's hazards, re-check; another mine is 403")
    void hazardApi() throws Exception {
        long id = hazards.record(c.actor(), new NewHazard(mine, "主通风机风量不足", false, null, List.of()));
        mvc.perform(get("/api/v1/mines/work/hazards").param("mine", String.valueOf(mine)).with(TestActors.as(c.actor())))
                .andExpect(status().isOk()).andExpect(jsonPath("$.items[0].hazardId").value(id));
        mvc.perform(get("/api/v1/mines/work/hazards").param("mine", String.valueOf(other)).with(TestActors.as(c.actor())))
                .andExpect(status().isForbidden());
        hazards.report(c.actor(), id, "已调整", null);
        mvc.perform(post("/api/v1/mines/work/hazards/" + id + "/recheck").with(TestActors.as(c.actor()))
                        .contentType(MediaType.APPLICATION_JSON).content("{\"passed\":true,\"note\":\"合格\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.state").value("CLOSED"));
    }

    @Test
    @DisplayName("MW-06 pages: the department list and detail show the hazard; another county gets 404; the export is a sheet")
    void pages() throws Exception {
        long id = hazards.record(c.actor(), new NewHazard(mine, "顶板离层仪失效", true, null, List.of()));
        mvc.perform(get("/mines/hazards").param("major", "true").with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("顶板离层仪失效")));
        mvc.perform(get("/mines/hazards/" + id).with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("已报告")));
        mvc.perform(get("/mines/hazards/" + id).with(TestActors.as(fx.staff("140927")))).andExpect(status().isNotFound());
        mvc.perform(get("/mines/hazards/export").with(TestActors.as(zz))).andExpect(status().isOk());
        mvc.perform(get("/mines/hazards/workbench").with(TestActors.as(zz))).andExpect(status().isOk());
        mvc.perform(get("/mines/hazards").param("state", "NOPE").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get("/mines/stop-work-orders").with(TestActors.as(zz))).andExpect(status().isOk());
        mvc.perform(get("/mines/incident-tips").with(TestActors.as(zz))).andExpect(status().isOk());
        mvc.perform(get("/mines/hazards/new").with(TestActors.as(c.actor()))).andExpect(status().isOk());
        mvc.perform(post("/mines/hazards").with(TestActors.as(c.actor())).with(org.springframework.security.test.web.servlet
                        .request.SecurityMockMvcRequestPostProcessors.csrf()).param("mineId", "").param("description", "")
                        .param("days", "x"))
                .andExpect(status().isBadRequest()).andExpect(content().string(org.hamcrest.Matchers.containsString("请选择矿山")));
    }
}
