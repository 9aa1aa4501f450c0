package cn.anjian.personnel.inspectors;

import java.time.LocalDate;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.Jurisdictions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import static cn.anjian.personnel.inspectors.InspectorFixtures.manager;
import static cn.anjian.personnel.inspectors.InspectorFixtures.person;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class InspectorWebTests {

    @Autowired MockMvc mvc;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired HiringPlans plans;
    @Autowired Inspectors inspectors;
    @Autowired JdbcClient jdbc;

    static final String PLAN_JSON = """
            {"title":"网页计划","year":2026,"fullTimeCount":2,"partTimeCount":1,"specialties":["COAL_MINE"],
             "hiringMethod":"EXAM","termMonths":36,"trainingAssessment":"岗前培训","funding":"财政保障",
             "writtenWeight":%s,"riskProfile":"风险高","enterpriseCount":100,"keyEnterpriseTypes":"煤矿",
             "difficulty":"难度大","capacity":"能力不足"}""";

    TestActor zz() {
        return manager(jurisdictions, agencies, "140525");
    }

    long plans() {
        return jdbc.sql("SELECT count(*) FROM ti_hiring_plan").query(Long.class).single();
    }

    InspectorView partTime(TestActor actor, String name) {
        Agency a = agencies.get(actor.agencyId());
        return inspectors.appoint(actor, new Appointment(person(jdbc, a, name), true, null, null, "协会", null, "SERVICE",
                "职责", "权利", "报酬", "终止", LocalDate.now(), null, ptPlan(actor)));
    }

    @Test
    @DisplayName("TI-04 the refusal of w = 0.59 is the same through the API and the page, and nothing is stored")
    void sameRefusal() throws Exception {
        long before = plans();
        MvcResult api = mvc.perform(post("/api/v1/personnel/inspectors/plans").with(TestActors.as(zz())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(PLAN_JSON.formatted("0.59")))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("TI-04")).andReturn();
        String message = com.jayway.jsonpath.JsonPath.read(api.getResponse().getContentAsString(), "$.detail");
        assertThat(message).contains("不得低于 60%");
        mvc.perform(post("/personnel/inspectors/plans").with(TestActors.as(zz())).with(csrf())
                        .param("title", "网页计划").param("year", "2026").param("fullTimeCount", "2").param("partTimeCount", "1")
                        .param("specialties", "COAL_MINE").param("hiringMethod", "EXAM").param("termMonths", "36")
                        .param("trainingAssessment", "岗前培训").param("funding", "财政保障").param("writtenWeight", "0.59")
                        .param("riskProfile", "风险高").param("enterpriseCount", "100").param("keyEnterpriseTypes", "煤矿")
                        .param("difficulty", "难度大").param("capacity", "能力不足"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString(message)))
                .andExpect(content().string(containsString("value=\"网页计划\"")));
        assertThat(plans()).isEqualTo(before);
        mvc.perform(post("/api/v1/personnel/inspectors/plans").with(TestActors.as(zz())).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(PLAN_JSON.formatted("0.60")))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.status").value("DRAFT"))
                .andExpect(jsonPath("$.writtenWeight").value(0.6));
        assertThat(plans()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("TI-01 the API reads counts as typed: 1.5, \"12\", a missing count and a boolean title are refused with 400, nothing saved")
    void strictTyping() throws Exception {
        long before = plans();
        String ok = PLAN_JSON.formatted("0.60");
        for (String bad : java.util.List.of(
                ok.replace("\"fullTimeCount\":2", "\"fullTimeCount\":1.5"),
                ok.replace("\"fullTimeCount\":2", "\"fullTimeCount\":\"12\""),
                ok.replace("\"fullTimeCount\":2,", ""),
                ok.replace("\"title\":\"网页计划\"", "\"title\":true"),
                ok.replace("网页计划", "计划\\u202Egnp.lmth"),
                ok.replace("网页计划", "计划\\u0000"))) {
            mvc.perform(post("/api/v1/personnel/inspectors/plans").with(TestActors.as(zz())).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(bad))
                    .andExpect(status().isBadRequest());
        }
        assertThat(plans()).isEqualTo(before);
    }

    @Test
    @DisplayName("TI-01 bad input answers 4xx with a Chinese message, never 500: malformed JSON, 2026-02-30, unknown ids, huge numbers")
    void badInput() throws Exception {
        TestActor zz = zz();
        mvc.perform(post("/api/v1/personnel/inspectors/plans").with(TestActors.as(zz)).with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"title\": ")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/personnel/inspectors/plans").with(TestActors.as(zz)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(PLAN_JSON.formatted("0.6").replace("\"EXAM\"", "\"LOTTERY\"")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/personnel/inspectors/plans").with(TestActors.as(zz)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(PLAN_JSON.formatted("0.6").replace("100,", "99999999999999,")))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/personnel/inspectors/plans").with(TestActors.as(zz)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(PLAN_JSON.formatted("1e400")))
                .andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/personnel/inspectors/plans").with(TestActors.as(zz)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("请填写")));
        InspectorView i = partTime(zz, "坏输入");
        mvc.perform(post("/api/v1/personnel/inspectors/" + i.id() + "/trainings").with(TestActors.as(zz)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content("{\"kind\":\"ROTATION\",\"course\":\"x\",\"hours\":4,\"endedOn\":\"2026-02-30\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/personnel/inspectors/" + i.id() + "/trainings").with(TestActors.as(zz)).with(csrf())
                        .param("kind", "ROTATION").param("course", "x").param("hours", "4").param("endedOn", "2026-02-30"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("须为有效日期")));
        assertThat(inspectors.trainings(i.id())).isEmpty();
        mvc.perform(get("/api/v1/personnel/inspectors/999999999").with(TestActors.as(zz))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/personnel/inspectors/abc").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get("/personnel/inspectors/999999999").with(TestActors.as(zz))).andExpect(status().isNotFound());
        mvc.perform(get("/personnel/inspectors/campaigns/999999999").with(TestActors.as(zz))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/personnel/inspectors").param("size", "100000").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get("/personnel/inspectors").param("kind", "NOPE").with(TestActors.as(zz)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("不正确")));
        mvc.perform(get("/api/v1/personnel/inspectors/standing").param("personId", "1").param("day", "2026-02-30")
                .with(TestActors.as(zz))).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("ORG-03 TI-13 a county user sees only its inspectors on the page and in the API; out-of-scope detail is 404")
    void scope() throws Exception {
        TestActor zz = zz();
        TestActor shenchi = manager(jurisdictions, agencies, "140927");
        InspectorView mine = partTime(zz, "泽州页面甲");
        InspectorView theirs = partTime(shenchi, "神池页面甲");
        mvc.perform(get("/personnel/inspectors").param("name", "页面甲").with(TestActors.as(zz)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("泽州页面甲")))
                .andExpect(content().string(not(containsString("神池页面甲"))));
        mvc.perform(get("/api/v1/personnel/inspectors").param("name", "页面甲").with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].id").value(mine.id()));
        mvc.perform(get("/personnel/inspectors/" + theirs.id()).with(TestActors.as(zz))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/personnel/inspectors/standing").param("personId", String.valueOf(theirs.personId()))
                .param("day", "2026-05-01").with(TestActors.as(zz))).andExpect(status().isNotFound());
        // TI-10: the answer says plainly that an inspector never enforces, leads or signs decisions
        mvc.perform(get("/api/v1/personnel/inspectors/standing").param("personId", String.valueOf(mine.personId()))
                        .param("day", "2026-05-01").with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(jsonPath("$.mayAssist").value(false)).andExpect(jsonPath("$.mayEnforce").value(false))
                .andExpect(jsonPath("$.mayLead").value(false)).andExpect(jsonPath("$.maySignDecisions").value(false))
                .andExpect(jsonPath("$.reasons[0]").value(containsString("TI-11")));
        TestActor province = manager(jurisdictions, agencies, "140000");
        mvc.perform(get("/api/v1/personnel/inspectors").param("name", "页面甲").with(TestActors.as(province)))
                .andExpect(jsonPath("$.total").value(2));
    }

    @Test
    @DisplayName("TI-11 TI-09 the pages render: list, detail (team eligibility, contract, deadlines), plans, campaign, appointment form")
    void pages() throws Exception {
        TestActor zz = zz();
        InspectorView i = partTime(zz, "页面乙");
        mvc.perform(get("/personnel/inspectors").with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString("工作证换证提醒")));
        mvc.perform(get("/personnel/inspectors/" + i.id()).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString("未持有效工作证，不能编入执法队伍")))
                .andExpect(content().string(containsString("独立执法")))
                .andExpect(content().string(containsString("劳务合同")));
        mvc.perform(get("/personnel/inspectors/plans").with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString("起草聘用计划")))
                .andExpect(content().string(containsString(InspectorDemoData.MARKER)));
        Long campaign = jdbc.sql("SELECT c.id FROM ti_campaign c JOIN ti_hiring_plan p ON p.id = c.plan_id WHERE p.title = :t")
                .param("t", InspectorDemoData.MARKER).query(Long.class).single();
        mvc.perform(get("/personnel/inspectors/campaigns/" + campaign).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString("实施细则》第十二条"))) // TI-05 shown as its article
                .andExpect(content().string(containsString("1405**********")))
                .andExpect(content().string(containsString("面试")));
        mvc.perform(get("/api/v1/personnel/inspectors/campaigns/" + campaign).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(jsonPath("$.ranking[0].maskedIdCard").value(containsString("****")))
                .andExpect(jsonPath("$.ranking[0].idCard").doesNotExist());
        mvc.perform(get("/personnel/inspectors/new").with(TestActors.as(zz))).andExpect(status().isOk());
        // read-only users see no forms and cannot post
        TestActor reader = InspectorFixtures.reader(jurisdictions, agencies, "140525");
        mvc.perform(get("/personnel/inspectors/" + i.id()).with(TestActors.as(reader))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("记录培训"))));
        mvc.perform(post("/api/v1/personnel/inspectors/" + i.id() + "/renewals").with(TestActors.as(reader)).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("TI-07 the appointment form shows the refusal inline (422) and stores nothing")
    void appointForm() throws Exception {
        TestActor zz = zz();
        long p = person(jdbc, agencies.get(zz.agencyId()), "表单甲");
        long before = jdbc.sql("SELECT count(*) FROM ti_inspector").query(Long.class).single();
        mvc.perform(post("/personnel/inspectors/new").with(TestActors.as(zz)).with(csrf())
                        .param("partTime", "on").param("personId", String.valueOf(p)).param("contractKind", "SERVICE")
                        .param("duties", "职责").param("rights", "权利").param("pay", "报酬").param("termination", "终止")
                        .param("termStart", "2026-03-01"))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(containsString("推荐")))
                .andExpect(content().string(containsString("TI-07")));
        assertThat(jdbc.sql("SELECT count(*) FROM ti_inspector").query(Long.class).single()).isEqualTo(before);
        mvc.perform(post("/personnel/inspectors/new").with(TestActors.as(zz)).with(csrf())
                        .param("partTime", "on").param("personId", String.valueOf(p)).param("recommendingBody", "晋城市安全生产协会")
                        .param("contractKind", "SERVICE").param("duties", "职责").param("rights", "权利").param("pay", "报酬")
                        .param("termination", "终止").param("termStart", "2026-02-30"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("须为有效日期")));
    }

    @Test
    @DisplayName("TI-21 API: the hiring department names its managing unit; another department's unit gets 400 and changes nothing")
    void managingUnitApi() throws Exception {
        TestActor zz = manager(jurisdictions, agencies, "140525");
        long own = jdbc.sql("SELECT id FROM org_unit WHERE agency_id = :a ORDER BY id LIMIT 1").param("a", zz.agencyId())
                .query(Long.class).single();
        long foreign = jdbc.sql("SELECT id FROM org_unit WHERE agency_id <> :a ORDER BY id LIMIT 1").param("a", zz.agencyId())
                .query(Long.class).single();
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/personnel/inspectors/managing-unit")
                        .with(TestActors.as(zz)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + foreign + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.detail").value(containsString("内设机构")));
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put("/api/v1/personnel/inspectors/managing-unit")
                        .with(TestActors.as(zz)).with(csrf()).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"unitId\":" + own + "}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.id").value(own));
        mvc.perform(get("/api/v1/personnel/inspectors/managing-unit").with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.unit.id").value(own))
                .andExpect(jsonPath("$.choices").isArray());
    }

    /** TI-01: part-time inspectors take the places of an approved plan. */
    long ptPlan(cn.anjian.kernel.Actor actor) {
        return InspectorFixtures.partTimePlan(plans, jdbc, actor, 1);
    }
}
