package cn.anjian.personnel.supervisors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.complaints.SupervisorFixture;
import cn.anjian.identity.UserAdministration;
import cn.anjian.personnel.PageForms;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import tools.jackson.databind.ObjectMapper;

@IntegrationTest
class SupervisorWebTests {

    static final String API = "/api/v1/personnel/supervisors";

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    UserAdministration users;
    @Autowired
    MutableClock clock;
    @Autowired
    ObjectMapper json;

    SupervisorFixture fx;
    SupervisorFixture.Agency zezhou;
    SupervisorFixture.Agency shenchi;
    TestActors.TestActor zzHr;
    TestActors.TestActor scHr;

    @BeforeEach
    void setUp() {
        clock.reset();
        fx = new SupervisorFixture(jdbc, users);
        zezhou = fx.agency("泽州县应急管理局");
        shenchi = fx.agency("神池县应急管理局");
        zzHr = SupervisorFixture.staff(zezhou, "zz_hr_t", "personnel:read", "supervisor:manage");
        scHr = SupervisorFixture.staff(shenchi, "sc_hr_t", "personnel:read", "supervisor:manage");
    }

    ResultActions postJson(TestActors.TestActor who, String url, String body) throws Exception {
        return mvc.perform(post(url).with(TestActors.as(who)).with(csrf()).contentType(MediaType.APPLICATION_JSON).content(body));
    }

    long draft(String name) throws Exception {
        long person = fx.person(zezhou, name, SupervisorFixture.idCard(), "13800000000");
        String r = postJson(zzHr, API, "{\"personId\":\"" + person + "\",\"route\":\"RECOMMENDATION\","
                + "\"sourceKind\":\"INDUSTRY_ASSOCIATION\",\"sourceName\":\"晋城市煤炭行业协会\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andReturn().getResponse().getContentAsString();
        return json.readTree(r).get("id").asLong();
    }

    @Test
    @DisplayName("SS-01 an invitation without the justice department's consultation is refused; with it, recorded")
    void invitation() throws Exception {
        long person = fx.person(zezhou, "陈律师", SupervisorFixture.idCard(), null);
        int before = jdbc.sql("select count(*) from per_supervisor").query(Integer.class).single();
        postJson(zzHr, API, "{\"personId\":\"" + person + "\",\"route\":\"INVITATION\",\"sourceKind\":\"LAWYER\"}")
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("SS-01"));
        assertThat(jdbc.sql("select count(*) from per_supervisor").query(Integer.class).single()).isEqualTo(before);
        postJson(zzHr, API, "{\"personId\":\"" + person + "\",\"route\":\"INVITATION\",\"sourceKind\":\"LAWYER\","
                + "\"consultationNote\":\"已征求泽州县司法局意见，同意\",\"consultedOn\":\"" + LocalDate.now(clock).minusDays(2) + "\"}")
                .andExpect(status().isCreated()).andExpect(jsonPath("$.routeLabel").value("邀请"))
                .andExpect(jsonPath("$.consultationNote").value("已征求泽州县司法局意见，同意"));
    }

    @Test
    @DisplayName("SS-02 gate through the API: one consent missing → 422 SS-02, nothing changed")
    void consentGate() throws Exception {
        long id = draft("刘振华");
        postJson(zzHr, API + "/" + id + "/person-consent", "{\"on\":\"" + LocalDate.now(clock) + "\",\"note\":\"书面同意\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.personConsentOn").value(LocalDate.now(clock).toString()));
        mvc.perform(post(API + "/" + id + "/propose").with(TestActors.as(zzHr)).with(csrf()))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("SS-02"))
                .andExpect(jsonPath("$.detail").value("尚未记录所在单位同意，不能提出聘任意见"));
        assertThat(jdbc.sql("select status from per_supervisor where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("DRAFT");
        // the page shows the same refusal
        mvc.perform(post("/personnel/supervisors/" + id + "/propose").with(TestActors.as(zzHr)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("尚未记录所在单位同意，不能提出聘任意见")));
    }

    @Test
    @DisplayName("SS-07 cancellation publishes a masked notice owned by the appointing department (PUB-10, PUB-12); equipment tracked")
    void cancellationNotice() throws Exception {
        SupervisorFixture.Appointed s = fx.appointed(zezhou, "张晓明", LocalDate.now(clock).minusYears(1));
        postJson(zzHr, API + "/" + s.supervisorId() + "/cancel", "{\"reason\":\"本人因工作调动申请辞去\",\"on\":\""
                + LocalDate.now(clock) + "\",\"items\":\"执法记录仪、胸牌\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("CANCELLED"))
                .andExpect(jsonPath("$.equipment.length()").value(3));
        var row = jdbc.sql("select id, owner_agency_id, title, content from pub_publication where source_type = 'supervisor' and source_id = :s")
                .param("s", String.valueOf(s.supervisorId())).query().singleRow();
        assertThat(row.get("owner_agency_id")).isEqualTo(zezhou.id());
        assertThat((String) row.get("content")).contains("张*明").doesNotContain("张晓明").doesNotContain("工作调动");
        // public page, no login
        mvc.perform(get("/public/notices").param("agencyId", String.valueOf(zezhou.id())))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("张*明")))
                .andExpect(content().string(not(containsString("张晓明"))))
                .andExpect(content().string(not(containsString(s.idCard()))))
                .andExpect(content().string(not(containsString(s.phone()))));
        mvc.perform(get("/public/notices/" + row.get("id")))
                .andExpect(status().isOk()).andExpect(content().string(containsString("泽州县应急管理局")))
                .andExpect(content().string(containsString("张*明")))
                .andExpect(content().string(not(containsString("张晓明"))));
        // the ended supervisor can no longer submit (SS-04)
        mvc.perform(post("/api/v1/complaints/submissions").with(TestActors.as(s.actor())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"OPINION\",\"title\":\"t\",\"content\":\"c\"}"))
                .andExpect(status().isUnprocessableContent());
        // equipment return
        long eq = jdbc.sql("select id from per_supervisor_equipment where supervisor_id = :s and item = '胸牌'")
                .param("s", s.supervisorId()).query(Long.class).single();
        postJson(zzHr, API + "/" + s.supervisorId() + "/equipment/" + eq + "/returned", "{\"on\":\"2026-02-30\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("BAD-DATE"));
        postJson(zzHr, API + "/" + s.supervisorId() + "/equipment/" + eq + "/returned", "{\"on\":\"" + LocalDate.now(clock) + "\"}")
                .andExpect(status().isOk());
        postJson(zzHr, API + "/" + s.supervisorId() + "/equipment/" + eq + "/returned", "{\"on\":\"" + LocalDate.now(clock) + "\"}")
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("SS-07 dismissal publishes the ground, never the free-text reason (PUB-12)")
    void dismissalNotice() throws Exception {
        SupervisorFixture.Appointed s = fx.appointed(zezhou, "欧阳振华", LocalDate.now(clock).minusYears(1));
        postJson(zzHr, API + "/" + s.supervisorId() + "/dismiss", "{\"ground\":\"BRIBERY\",\"reason\":\"x\",\"on\":\"" + LocalDate.now(clock) + "\"}")
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("SS-07-GROUND"));
        postJson(zzHr, API + "/" + s.supervisorId() + "/dismiss", "{\"ground\":\"NEGLECT_OF_DUTY\",\"reason\":\"经查欧阳振华一年未履职\",\"on\":\""
                + LocalDate.now(clock) + "\"}")
                .andExpect(status().isOk()).andExpect(jsonPath("$.status").value("DISMISSED"));
        String content = jdbc.sql("select content from pub_publication where kind = 'SUPERVISOR_DISMISSED' and source_id = :s")
                .param("s", String.valueOf(s.supervisorId())).query(String.class).single();
        assertThat(content).contains("欧**华").contains("无正当理由不履行职责").doesNotContain("欧阳振华").doesNotContain("一年未履职");
        mvc.perform(get("/public/notices").param("kind", "SUPERVISOR_DISMISSED"))
                .andExpect(status().isOk()).andExpect(content().string(containsString("欧**华")));
    }

    @Test
    @DisplayName("SS-01 scope: Shenchi staff get 404 for a Zezhou supervisor and do not list them (ORG-03)")
    void scope() throws Exception {
        long id = draft("黄建军");
        mvc.perform(get(API + "/" + id).with(TestActors.as(scHr))).andExpect(status().isNotFound());
        mvc.perform(get("/personnel/supervisors/" + id).with(TestActors.as(scHr))).andExpect(status().isNotFound());
        postJson(scHr, API + "/" + id + "/person-consent", "{\"on\":\"" + LocalDate.now(clock) + "\"}").andExpect(status().isNotFound());
        mvc.perform(get(API).param("name", "黄建军").with(TestActors.as(scHr))).andExpect(jsonPath("$.total").value(0));
        mvc.perform(get(API).param("name", "黄建军").with(TestActors.as(zzHr))).andExpect(jsonPath("$.total").value(1));
        mvc.perform(get("/personnel/supervisors").param("name", "黄建军").with(TestActors.as(zzHr)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("黄建军")));
        mvc.perform(get("/personnel/supervisors/" + id).with(TestActors.as(zzHr)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("记录本人同意")));
    }

    @Test
    @DisplayName("SS-01 bad input → 4xx: unknown person, wrong kind, impossible date, malformed JSON, bad ids")
    void badInput() throws Exception {
        long person = fx.person(zezhou, "马文", SupervisorFixture.idCard(), null);
        int before = jdbc.sql("select count(*) from per_supervisor").query(Integer.class).single();
        postJson(zzHr, API, "{\"personId\":\"99999999\",\"route\":\"RECOMMENDATION\",\"sourceKind\":\"ENTERPRISE\",\"sourceName\":\"x\"}")
                .andExpect(status().isNotFound());
        postJson(zzHr, API, "{\"personId\":\"abc\"}").andExpect(status().isBadRequest());
        postJson(zzHr, API, "{\"personId\":\"" + person + "\",\"route\":\"RECOMMENDATION\",\"sourceKind\":\"LAWYER\",\"sourceName\":\"x\"}")
                .andExpect(status().isBadRequest());
        postJson(zzHr, API, "{\"personId\":\"" + person + "\",\"route\":\"INVITATION\",\"sourceKind\":\"LAWYER\","
                + "\"consultationNote\":\"x\",\"consultedOn\":\"2026-02-30\"}").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.code").value("BAD-DATE"));
        postJson(zzHr, API, "{\"personId\":").andExpect(status().isBadRequest());
        postJson(zzHr, API, "").andExpect(status().isBadRequest());
        assertThat(jdbc.sql("select count(*) from per_supervisor").query(Integer.class).single()).isEqualTo(before);
        mvc.perform(get(API + "/x1").with(TestActors.as(zzHr))).andExpect(status().isBadRequest());
        mvc.perform(get(API).param("status", "NOPE").with(TestActors.as(zzHr))).andExpect(status().isBadRequest());
        mvc.perform(get("/personnel/supervisors").param("page", "abc").with(TestActors.as(zzHr))).andExpect(status().isBadRequest());
        // the page form keeps the input and shows the refusal
        mvc.perform(post("/personnel/supervisors").with(TestActors.as(zzHr)).with(csrf()).param("personId", String.valueOf(person))
                        .param("route", "INVITATION").param("sourceKind", "LAWYER").param("sourceName", "某律所"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("司法行政部门")));
        // a supervisor has no access to personnel pages
        TestActors.TestActor supervisor = SupervisorFixture.staff(zezhou, "ss", "submission:create");
        mvc.perform(get(API).with(TestActors.as(supervisor))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("SS-01 page form: no person chosen and an impossible consultation date show both inline (400), input kept, nothing recorded")
    void appointmentFormTwoErrors() throws Exception {
        int before = jdbc.sql("select count(*) from per_supervisor").query(Integer.class).single();
        String html = mvc.perform(post("/personnel/supervisors").with(TestActors.as(zzHr)).with(csrf()).param("personId", "")
                        .param("route", "INVITATION").param("sourceKind", "LAWYER").param("consultationNote", "已征求司法局意见")
                        .param("consultedOn", "2026-02-30"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(PageForms.invalidFields(html)).containsExactly("personId", "consultedOn");
        assertThat(PageForms.inlineMessages(html)).isEqualTo(2);
        assertThat(html).contains("请选择拟聘人员", "须为有效日期", "已征求司法局意见");
        assertThat(jdbc.sql("select count(*) from per_supervisor").query(Integer.class).single()).isEqualTo(before);
        long person = fx.person(zezhou, "表单监督员", SupervisorFixture.idCard(), null);
        mvc.perform(post("/personnel/supervisors").with(TestActors.as(zzHr)).with(csrf()).param("personId", String.valueOf(person))
                        .param("route", "RECOMMENDATION").param("sourceKind", "INDUSTRY_ASSOCIATION").param("sourceName", "晋城市煤炭行业协会"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("select count(*) from per_supervisor").query(Integer.class).single()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("SS-07 pages: the appointment form lists people in scope; an appointed supervisor's detail shows certificate, term and submissions")
    void pages() throws Exception {
        String name = "页面测试" + SupervisorFixture.next();
        fx.person(zezhou, name, SupervisorFixture.idCard(), null);
        mvc.perform(get("/personnel/supervisors/new").param("q", name).with(TestActors.as(zzHr)))
                .andExpect(status().isOk()).andExpect(content().string(containsString(name + "（晋城市某煤业公司）")));
        // another county's form does not offer the person (the search box echoes the name, the options do not)
        mvc.perform(get("/personnel/supervisors/new").param("q", name).with(TestActors.as(scHr)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString(name + "（"))));
        SupervisorFixture.Appointed s = fx.appointed(zezhou, "页面监督员", LocalDate.now(clock).minusMonths(1));
        mvc.perform(get("/personnel/supervisors/" + s.supervisorId()).with(TestActors.as(zzHr)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("工作证与聘期")))
                .andExpect(content().string(containsString("不领取报酬")))
                .andExpect(content().string(containsString("/complaints/submissions/by-supervisor/" + s.supervisorId())))
                .andExpect(content().string(not(containsString(s.idCard()))));
        mvc.perform(post("/api/v1/complaints/submissions").with(TestActors.as(s.actor())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"SUGGESTION\",\"title\":\"片段测试\",\"content\":\"c\"}"))
                .andExpect(status().isCreated());
        mvc.perform(get("/complaints/submissions/by-supervisor/" + s.supervisorId()).with(TestActors.as(zzHr)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("片段测试")));
        mvc.perform(get("/complaints/submissions/by-supervisor/" + s.supervisorId()).with(TestActors.as(scHr)))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("片段测试"))));
    }
}
