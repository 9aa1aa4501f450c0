package cn.anjian.enforcement.cases;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.MutableClock;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseDecision;
import cn.anjian.enforcement.CaseDecision.DecisionKind;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.Cases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** CASE-11..13 on the API, the case page's own sections, and the demo case. Clock on Tuesday 2026-10-20. */
@IntegrationTest
class PenaltyWebTests {

    @Autowired MockMvc mvc;
    @Autowired CaseFixtures fx;
    @Autowired CaseService service;
    @Autowired PenaltyProcedures procedures;
    @Autowired Cases cases;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    TestActor zz;

    @BeforeEach
    void setUp() {
        clock.set(LocalDateTime.of(2026, 10, 20, 10, 0));
        zz = fx.zz();
    }

    @AfterEach
    void tearDown() {
        clock.reset();
    }

    CaseRef decisionStage(String title) {
        CaseRef c = fx.open(zz, CaseKind.PENALTY, title);
        service.setTeam(zz, c.id(), fx.team(fx.certifiedOfficer("140525", title + "甲"), fx.certifiedOfficer("140525", title + "乙")));
        service.transition(zz, c.id(), CaseStage.INVESTIGATION, null);
        service.transition(zz, c.id(), CaseStage.DECISION, null);
        return c;
    }

    @Test
    @DisplayName("CASE-12 API: the notice is served (201, hearing rights), a request on the 6th working day is 422 problem+json, on the 5th recorded")
    void api() throws Exception {
        CaseRef c = decisionStage("接口听证测试");
        String base = "/api/v1/cases/" + c.id();
        mvc.perform(post(base + "/penalty/notice").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"facts":"未按规定设置安全警示标志","basis":"《中华人民共和国安全生产法》第九十九条","fineYuan":200000,
                                 "measures":[],"method":"DIRECT","recipient":"公司负责人","servedOn":"2026-09-30"}"""))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.hearingRights").value(true))
                .andExpect(jsonPath("$.hearingRequestUntil").value("2026-10-13"));
        mvc.perform(post(base + "/penalty/hearing-request").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requestedOn\":\"2026-10-14\"}"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("CASE-12-HEARING-LATE"));
        mvc.perform(post(base + "/penalty/hearing-request").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"requestedOn\":\"2026-10-13\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.hearingStatus").value("REQUESTED"));
        mvc.perform(post(base + "/penalty/statement").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"waived\":false,\"on\":\"不是日期\"}"))
                .andExpect(status().isBadRequest());
        mvc.perform(get(base + "/procedure").with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.limitation.years").value(2))
                .andExpect(jsonPath("$.penalty.noticeNumber").isNotEmpty());
        mvc.perform(get(base + "/procedure").with(TestActors.as(fx.sc()))).andExpect(status().isNotFound());
        mvc.perform(post(base + "/time-limit/extensions").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"extraDays\":400,\"reason\":\"鉴定\"}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("CASE-13-DAYS"));
    }

    @Test
    @DisplayName("CASE-12 page: the section shows the notice form; a late hearing request re-renders the page (422) with the message and the input")
    void page() throws Exception {
        CaseRef c = decisionStage("页面听证测试");
        mvc.perform(get("/cases/" + c.id()).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("处罚告知、陈述申辩与听证"), containsString("id=\"notice-form\""),
                        containsString("追责时效与办案期限"), containsString("在时效内"))));
        mvc.perform(post("/cases/" + c.id() + "/penalty/notice").with(csrf()).with(TestActors.as(zz)).param("facts", "违法事实")
                        .param("basis", "依据").param("fineYuan", "二十万").param("method", "DIRECT").param("recipient", "负责人"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("须为金额（元）"), containsString("value=\"二十万\""))));
        mvc.perform(post("/cases/" + c.id() + "/penalty/notice").with(csrf()).with(TestActors.as(zz)).param("facts", "违法事实")
                        .param("basis", "依据").param("fineYuan", "200000").param("method", "DIRECT").param("recipient", "负责人")
                        .param("servedOn", "2026-09-30"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases/" + c.id() + "/penalty/hearing-request").with(csrf()).with(TestActors.as(zz))
                        .param("requestedOn", "2026-10-14"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("不晚于2026-10-13"), containsString("value=\"2026-10-14\""),
                        not(containsString("CASE-12")))));
        mvc.perform(get("/cases/" + c.id()).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("有听证权利，未申请"), containsString("id=\"hearing-request-form\""))));
        mvc.perform(post("/cases/" + c.id() + "/time-limit/extensions").with(csrf()).with(TestActors.as(zz))
                        .param("extraDays", "三十").param("reason", "鉴定"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("须为 1 至 365 的天数")));
    }

    @Test
    @DisplayName("CASE-11 page: a penalty case discovered more than two years after the violation is refused next to the date, with the computation")
    void newCaseBeyondLimitation() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM enf_case").query(Long.class).single();
        mvc.perform(post("/cases").with(csrf()).with(TestActors.as(zz)).param("kind", "PENALTY").param("source", "COMPLAINT")
                        .param("title", "超过时效的案件").param("basisTitle", "举报信").param("basisNumber", "泽应急信〔2026〕99号")
                        .param("basisDate", "2026-10-19").param("partyType", "CITIZEN").param("citizenName", "王五").param("place", "某地")
                        .param("violationDate", "2024-10-19"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(allOf(containsString("已超过追责时效"), containsString("截至2026-10-19"),
                        containsString("value=\"超过时效的案件\""))));
        mvc.perform(post("/cases").with(csrf()).with(TestActors.as(zz)).param("kind", "PENALTY").param("source", "COMPLAINT")
                        .param("title", "时效内的案件").param("basisTitle", "举报信").param("basisNumber", "泽应急信〔2026〕98号")
                        .param("basisDate", "2026-10-19").param("partyType", "CITIZEN").param("citizenName", "王五").param("place", "某地")
                        .param("violationDate", "2024-10-20"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT count(*) FROM enf_case").query(Long.class).single()).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("CASE-12 demo: the hearing case has its notice served, defence answered, hearing requested, noticed, held and reported; a decision may follow")
    void demoCase() throws Exception {
        clock.reset();
        CaseRef c = cases.findByTitle(PenaltyDemoData.TITLE).orElseThrow();
        PenaltyView p = procedures.find(fx.zz(), c.id()).orElseThrow();
        assertThat(p.hearingRights()).isTrue();
        assertThat(p.answer()).isNotBlank();
        assertThat(p.hearingStatus()).isEqualTo("REPORTED");
        assertThat(p.hearingReportNumber()).isNotBlank();
        assertThatCode(() -> procedures.checkDecision(c.id(), new CaseDecision(c.id(), DecisionKind.PENALTY, List.of(),
                new BigDecimal("20000"), null, null, "事实"))).doesNotThrowAnyException();
        mvc.perform(get("/cases/" + c.id()).with(TestActors.as(fx.zz()))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("已提交听证报告"), containsString("泽州县应急管理局三楼听证室"),
                        containsString("已陈述、申辩并答复"), not(containsString("id=\"hearing-report-form\"")))));
        CaseRef decision = cases.findByTitle(CaseDemoData.ZZ_DECISION).orElseThrow();
        assertThat(procedures.find(fx.zz(), decision.id()).orElseThrow().statementStatus()).isEqualTo("PENDING");
    }
}
