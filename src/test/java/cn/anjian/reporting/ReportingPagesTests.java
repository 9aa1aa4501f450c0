package cn.anjian.reporting;

import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** STAT-02, STAT-03, SS-06 and CAP pages: render without raw codes, bad filters 400, every form error at once, another county 404 first. */
@IntegrationTest
class ReportingPagesTests {

    @Autowired MockMvc mvc;
    @Autowired ActingUsers users;
    @Autowired JdbcClient jdbc;

    TestActor as(String username, String... permissions) {
        Actor a = users.actor(username).orElseThrow();
        return new TestActor(a.userId(), a.username(), a.displayName(), a.agencyId(), a.agencyName(), a.unitId(), a.jurisdictionId(),
                a.scope(), Set.of(permissions));
    }

    TestActor office() {
        return as("zz_office", "stat-register:read", "stat-register:manage", "capacity:read", "capacity:manage", "home:view");
    }

    TestActor shenchi() {
        return as("sc_office", "stat-register:read", "stat-register:manage", "capacity:read", "capacity:manage", "home:view");
    }

    Long id(String table, TestActor actor) {
        return jdbc.sql("SELECT min(id) FROM " + table + " WHERE scope_path LIKE :p").param("p", actor.scope().pattern())
                .query(Long.class).single();
    }

    @Test
    @DisplayName("STAT-02 STAT-03 SS-06 the register, catalogue and briefing pages and exports render for the county without raw codes; bad filters are 400")
    void pagesRender() throws Exception {
        mvc.perform(post("/reporting/normative-documents").with(TestActors.as(office())).with(csrf())
                .param("title", "页面测试文件").param("docNumber", "页测〔2026〕" + System.nanoTime() + "号").param("issuingUnit", "泽州县应急管理局")
                .param("issuedOn", "2026-02-01").param("effectiveOn", "2026-02-10").param("status", "IN_FORCE"))
                .andExpect(status().is3xxRedirection());
        jdbc.sql("INSERT INTO rep_catalogue (agency_id, jurisdiction_id, scope_path, year) SELECT :a, jurisdiction_id, scope_path, 2018 "
                + "FROM org_agency_view WHERE id = :a ON CONFLICT DO NOTHING").param("a", office().agencyId()).update();
        for (String url : new String[]{"/reporting/publicity-activities", "/reporting/publicity-activities?kind=LEAFLET&sort=quantity,asc",
                "/reporting/normative-documents", "/reporting/normative-documents?year=2026&status=IN_FORCE",
                "/reporting/normative-documents/" + id("rep_normative_doc", office()),
                "/reporting/normative-documents/catalogues/" + id("rep_catalogue", office()), "/reporting/briefings",
                "/reporting/briefings/" + id("rep_briefing", office())}) {
            mvc.perform(get(url).with(TestActors.as(office()))).andExpect(status().isOk())
                    .andExpect(content().string(allOf(not(containsString("STAT-0")), not(containsString("SS-06")), not(containsString("IN_FORCE\"<")))));
        }
        for (String url : new String[]{"/reporting/publicity-activities/export", "/reporting/normative-documents/export", "/reporting/briefings/export"}) {
            mvc.perform(get(url).with(TestActors.as(office()))).andExpect(status().isOk());
        }
        mvc.perform(get("/reporting/publicity-activities").param("kind", "XYZ").with(TestActors.as(office()))).andExpect(status().isBadRequest());
        mvc.perform(get("/reporting/normative-documents/export").param("sort", "nope,asc").with(TestActors.as(office()))).andExpect(status().isBadRequest());
        mvc.perform(get("/reporting/briefings").param("year", "abc").with(TestActors.as(office()))).andExpect(status().isBadRequest());
    }

    @Test
    @DisplayName("STAT-02 the activity form shows every error at once, inline, and stores nothing")
    void activityFormErrors() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM rep_publicity_activity").query(Long.class).single();
        mvc.perform(post("/reporting/publicity-activities").with(TestActors.as(office())).with(csrf())
                        .param("kind", "").param("heldOn", "2026-02-30").param("quantity", "abc").param("place", "").param("reporter", "").param("source", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"kind\""), containsString("须为正整数"), containsString("须为有效日期"))));
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT count(*) FROM rep_publicity_activity").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    @DisplayName("STAT-03 SS-06 another county's normative document, catalogue and briefing answer 404 before the form is read")
    void otherCountyIs404() throws Exception {
        long doc = id("rep_normative_doc", office());
        mvc.perform(post("/reporting/normative-documents/" + doc + "/status").with(TestActors.as(shenchi())).with(csrf()).param("status", "XYZ"))
                .andExpect(status().isNotFound());
        mvc.perform(get("/reporting/normative-documents/" + doc).with(TestActors.as(shenchi()))).andExpect(status().isNotFound());
        Long briefing = id("rep_briefing", office());
        if (briefing != null) {
            mvc.perform(post("/reporting/briefings/" + briefing).with(TestActors.as(shenchi())).with(csrf()).param("title", ""))
                    .andExpect(status().isNotFound());
            mvc.perform(get("/reporting/briefings/mine/" + briefing).with(TestActors.as(as("sc_supervisor", "briefing:receive", "home:view"))))
                    .andExpect(status().isNotFound());
        }
    }

    @Test
    @DisplayName("CAP-04 CAP-09 CAP-02 CAP-05 the capacity forms show every error at once, inline, next to its field; another county's body is 404 before its form is read")
    void capacityFormsInline() throws Exception {
        mvc.perform(post("/reporting/capacity/workstations").with(TestActors.as(office())).with(csrf()).param("location", "").param("installedOn", "2026-13-01"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"location\""), containsString("is-invalid"), containsString("须为有效日期"))));
        mvc.perform(post("/reporting/capacity/vetoes").with(TestActors.as(office())).with(csrf()).param("jurisdictionId", String.valueOf(office().jurisdictionId()))
                        .param("unitName", "").param("year", "20x6").param("decidedOn", "").param("reason", "").param("persons", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("须为四位数字的年份"), containsString("id=\"persons\""), containsString("id=\"reason\""))));
        mvc.perform(post("/reporting/capacity/officers").with(TestActors.as(office())).with(csrf()).param("officerName", "查无此人的执法人员"))
                .andExpect(status().is4xxClientError())
                .andExpect(content().string(containsString("id=\"officerName\"")));
        mvc.perform(post("/reporting/capacity/bodies").with(TestActors.as(office())).with(csrf()).param("jurisdictionId", "").param("kind", "").param("name", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"kind\""), containsString("id=\"name\""))));
        long body = id("rep_body", office());
        mvc.perform(post("/reporting/capacity/bodies/" + body + "/funding").with(TestActors.as(office())).with(csrf()).param("year", "abcd").param("amount", "-1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("须为四位数字的年份"), containsString("须为金额（元），最多两位小数"))));
        mvc.perform(post("/reporting/capacity/bodies/" + body + "/members").with(TestActors.as(office())).with(csrf()).param("role", "").param("name", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"role\""), containsString("id=\"name\""))));
        mvc.perform(post("/reporting/capacity/bodies/" + body + "/funding").with(TestActors.as(shenchi())).with(csrf()).param("year", "abcd"))
                .andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("SS-06 the heads' home card shows key figures and overdue work with links to their lists; the supervisor's card and page render")
    void homeCards() throws Exception {
        mvc.perform(get("/reporting/dashboard/head").with(TestActors.as(as("zz_director", "dashboard:head", "capacity:read", "home:view"))))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("行政处罚：立案"), containsString("/reporting/statistics/records?j="),
                        containsString("待我审批"),
                        containsString("/complaints/submissions?status=SUBMITTED"), not(containsString("COR-02")))));
        TestActor sup = as("zz_supervisor", "briefing:receive", "home:view");
        mvc.perform(get("/reporting/briefings/mine-panel").with(TestActors.as(sup))).andExpect(status().isOk());
        mvc.perform(get("/reporting/briefings/mine").with(TestActors.as(sup))).andExpect(status().isOk());
        mvc.perform(get("/reporting/dashboard/head").with(TestActors.as(sup))).andExpect(status().isForbidden());
    }
}
