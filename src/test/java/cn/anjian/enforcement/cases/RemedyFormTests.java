package cn.anjian.enforcement.cases;

import java.math.BigDecimal;
import java.time.LocalDate;
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
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItems;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 19 leftover: the case page's remedy form and the API are one command with one check (STAT-01/STAT-07 records). */
@IntegrationTest
class RemedyFormTests {

    @Autowired MockMvc mvc;
    @Autowired CaseFixtures fx;
    @Autowired CaseService service;
    @Autowired DecisionStageCases stages;
    @Autowired CaseDocuments documents;
    @Autowired CaseDecisions decisions;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void reset() {
        clock.reset();
    }

    CaseRef servedPenalty(TestActor zz, String title) {
        CaseRef c = fx.open(zz, CaseKind.PENALTY, title);
        service.setTeam(zz, c.id(), fx.team(fx.certifiedOfficer("140525", "复议表单执法员甲"), fx.certifiedOfficer("140525", "复议表单执法员乙")));
        service.transition(zz, c.id(), CaseStage.INVESTIGATION, null);
        service.transition(zz, c.id(), CaseStage.DECISION, null);
        stages.notifiedAndWaived(zz, c.id());
        DecisionView d = decisions.issueDecision(zz, c.id(), new CaseDecision(0, DecisionKind.PENALTY, List.of(), new BigDecimal("3000"),
                null, null, "未按规定开展安全培训", "《中华人民共和国安全生产法》第九十七条", null));
        service.transition(zz, c.id(), CaseStage.SERVICE, null);
        documents.serve(zz, c.id(), d.documentId(), ServiceMethod.DIRECT, "总经理");
        return c;
    }

    @Test
    @DisplayName("STAT-07 the remedy form offers the people's government and the agencies above; every problem shows next to its field at once (page and API alike), another county's case is 404; the chosen body's name shows on the case page and in the statistics drill-down")
    void reconsiderationBodyPicked() throws Exception {
        clock.set(LocalDateTime.of(2026, 9, 16, 10, 0));
        TestActor zz = fx.zz();
        CaseRef c = servedPenalty(zz, "复议机关选择测试");
        Jurisdiction county = jurisdictions.findByCode("140525").orElseThrow();
        Jurisdiction city = jurisdictions.findByCode("140500").orElseThrow();
        Agency cityAgency = agencies.findAgency(city.id(), AgencyKind.EMERGENCY_MANAGEMENT).orElseThrow();
        String government = county.name() + "人民政府";
        String page = "/cases/" + c.id();
        String today = LocalDate.now(clock).toString();
        String tomorrow = LocalDate.now(clock).plusDays(1).toString();

        mvc.perform(get(page).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"GOVERNMENT\" selected=\"selected\">" + government + "</option>")))
                .andExpect(content().string(containsString("value=\"" + cityAgency.id() + "\">" + cityAgency.name() + "</option>")));

        // the boundary: today is accepted below, tomorrow is refused; the agency's own level is not "above"
        mvc.perform(post(page + "/remedies").with(csrf()).with(TestActors.as(zz)).param("kind", "RECONSIDERATION")
                        .param("filedOn", tomorrow).param("reviewBody", String.valueOf(zz.agencyId())).param("court", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写申请（起诉）日期（不晚于今天）")))
                .andExpect(content().string(containsString("受理复议的应急管理部门须为本案所在行政区划的上级部门")));
        mvc.perform(post(page + "/remedies").with(csrf()).with(TestActors.as(zz)).param("kind", "")
                        .param("filedOn", "2026-02-30").param("reviewBody", "").param("court", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请选择行政复议或行政诉讼")))
                .andExpect(content().string(containsString("id=\"rm-date\"")));
        mvc.perform(post(page + "/remedies").with(csrf()).with(TestActors.as(zz)).param("kind", "RECONSIDERATION")
                        .param("filedOn", today).param("reviewBody", "").param("court", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择复议机关")));
        mvc.perform(post(page + "/remedies").with(csrf()).with(TestActors.as(zz)).param("kind", "LITIGATION")
                        .param("filedOn", today).param("reviewBody", "").param("court", " "))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写受理的人民法院")));
        assertThat(jdbc.sql("SELECT count(*) FROM enf_case_remedy WHERE case_id = :c").param("c", c.id()).query(Long.class).single()).isZero();

        // the API: the same check, every problem under its JSON field
        mvc.perform(post("/api/v1/cases/" + c.id() + "/remedies").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"RECONSIDERATION\",\"filedOn\":\"" + tomorrow + "\",\"reviewAgencyId\":" + zz.agencyId() + "}"))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.errors[*].field", hasItems("filedOn", "reviewAgencyId")));
        mvc.perform(post(page + "/remedies").with(csrf()).with(TestActors.as(fx.sc())).param("kind", "RECONSIDERATION")
                        .param("filedOn", today).param("reviewBody", "GOVERNMENT"))
                .andExpect(status().isNotFound());

        mvc.perform(post(page + "/remedies").with(csrf()).with(TestActors.as(zz)).param("kind", "RECONSIDERATION")
                        .param("filedOn", today).param("reviewBody", String.valueOf(cityAgency.id())).param("court", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post(page + "/remedies").with(csrf()).with(TestActors.as(zz)).param("kind", "RECONSIDERATION")
                        .param("filedOn", today).param("reviewBody", "GOVERNMENT").param("court", ""))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT body || '/' || coalesce(review_agency_id::text, '-') FROM enf_case_remedy WHERE case_id = :c ORDER BY id")
                .param("c", c.id()).query(String.class).list()).containsExactly(cityAgency.name() + "/" + cityAgency.id(), government + "/-");
        mvc.perform(get(page).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString("复议机关：" + cityAgency.name())))
                .andExpect(content().string(containsString("复议机关：" + government)));

        TestActor reader = TestActors.actor("remedy-stat-reader", city.id(), city.path(), "statistics:read");
        mvc.perform(get("/reporting/statistics/records").param("j", String.valueOf(city.id())).param("period", "2026")
                        .param("figure", "penalties.reconsiderations-received").param("size", "100").param("sort", "day,desc")
                        .with(TestActors.as(reader)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("复议机关：" + cityAgency.name())));
    }
}
