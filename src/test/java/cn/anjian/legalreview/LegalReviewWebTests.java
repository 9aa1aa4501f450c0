package cn.anjian.legalreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashSet;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.cases.DecisionStageCases;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class LegalReviewWebTests {

    static final Set<String> PERMS = Set.of("legalreview:read", "legalreview:submit", "legalreview:review", "legalreview:approve",
            "legalreview:discuss", "case:read", "file:read", "file:upload", "home:view");

    @Autowired MockMvc mvc;
    @Autowired ActingUsers users;
    @Autowired DecisionStageCases caseFx;
    @Autowired JdbcClient jdbc;

    /** A real demo user as a MockMvc principal, with the permissions of this test. */
    TestActor as(String username, String... only) {
        Actor a = users.actor(username).orElseThrow();
        Set<String> perms = only.length == 0 ? PERMS : new HashSet<>(Set.of(only));
        return new TestActor(a.userId(), a.username(), a.displayName(), a.agencyId(), a.agencyName(), a.unitId(), a.jurisdictionId(),
                a.scope(), perms);
    }

    MockMultipartFile file(String kind) {
        return new MockMultipartFile("file_" + kind, kind + ".txt", "text/plain", ("材料 " + kind).getBytes());
    }

    @Test
    @DisplayName("LR-05 LR-02 LR-08 pages: what-if on the case, submission form with inline errors, upload of materials, inbox, review page, export, monthly report by outcome")
    void pages() throws Exception {
        TestActor officer = as("zz_officer");
        CaseRef c = caseFx.penaltyCase("法审页面测试");
        mvc.perform(get("/legal-review/classify").param("caseId", String.valueOf(c.id())).param("caseKind", "PENALTY")
                        .param("partyKind", "ORGANIZATION").param("fineYuan", "50000").with(TestActors.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("属于重大行政执法决定")))
                .andExpect(content().string(containsString("50,000.00")));
        mvc.perform(get("/legal-review/classify").param("caseKind", "PENALTY").param("partyKind", "CITIZEN").param("fineYuan", "-5")
                .with(TestActors.as(officer))).andExpect(status().isBadRequest()).andExpect(content().string(containsString("不能为负数")));
        mvc.perform(get("/legal-review/cases/" + c.id() + "/new").with(TestActors.as(officer))).andExpect(status().isOk());
        mvc.perform(multipart("/legal-review/cases/" + c.id()).with(csrf()).with(TestActors.as(officer)).param("caseKind", "PENALTY")
                        .param("partyKind", "ORGANIZATION").param("fineYuan", "60000").param("summary", " "))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请填写违法条款和处罚依据")));
        assertThat(jdbc.sql("SELECT count(*) FROM lr_review WHERE case_id = " + c.id()).query(Long.class).single()).isZero();
        String location = mvc.perform(multipart("/legal-review/cases/" + c.id()).file(file("STATEMENT")).file(file("INVESTIGATION_REPORT"))
                        .file(file("CASE_FILE")).file(file("DRAFT_DECISION")).with(csrf()).with(TestActors.as(officer))
                        .param("caseKind", "PENALTY").param("partyKind", "ORGANIZATION").param("fineYuan", "60000")
                        .param("summary", "未按规定培训").param("basis", "第九十七条").param("officers", "均持证").param("proposal", "罚款 6 万元")
                        .param("signedUnitHead", "王科长").param("signedDeputy", "李副局长"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/legal-review/");
        TestActor legal = as("zz_legal");
        // the inbox and the review's timeline name the submitter, never by login name
        String inbox = mvc.perform(get("/legal-review").param("q", "法审页面测试").with(TestActors.as(legal)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("法审页面测试")))
                .andReturn().getResponse().getContentAsString();
        assertThat(inbox).contains(officer.displayName()).doesNotContain(officer.username());
        assertThat(mvc.perform(get(location).with(TestActors.as(legal))).andReturn().getResponse().getContentAsString())
                .contains(officer.displayName()).doesNotContain(officer.username());
        mvc.perform(get("/legal-review").param("status", "NOPE").with(TestActors.as(legal)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("不是可选值")));
        mvc.perform(get("/legal-review/export").param("status", "UNDER_REVIEW").with(TestActors.as(legal)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get(location).with(TestActors.as(legal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("审核中"))).andExpect(content().string(containsString("审核要点")));
        mvc.perform(post(location + "/opinion").with(csrf()).with(TestActors.as(legal)).param("outcome", "").param("content", ""))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请选择审核结论")));
        mvc.perform(get("/legal-review/reports").with(TestActors.as(legal))).andExpect(status().isOk())
                .andExpect(content().string(containsString("按月统计")));
        mvc.perform(get("/legal-review/reports").param("year", "二〇二六").with(TestActors.as(legal)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("年份须为")));
        mvc.perform(get("/legal-review/reports/export").with(TestActors.as(legal)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        // out of scope: another county's user gets 404
        mvc.perform(get(location).with(TestActors.as(as("sc_legal")))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("LR-05 LR-01 API: typed detail and list with Chinese labels; submit incomplete (returned for supplement), read it back; unknown measure code is a 400 in Chinese; issuing the major decision is refused LR-01 on API and page alike")
    void api() throws Exception {
        TestActor officer = as("zz_officer");
        CaseRef c = caseFx.penaltyCase("法审接口测试");
        String body = """
                {"caseId":%d,"caseKind":"PENALTY","partyKind":"CITIZEN","fineYuan":10000,"measures":[],
                 "form":{"summary":"情况","basis":"依据","officers":"持证","proposal":"罚款 1 万元"},"materials":[]}"""
                .formatted(c.id());
        String res = mvc.perform(post("/api/v1/legal-review/reviews").with(csrf()).with(TestActors.as(officer))
                        .contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(res.replaceAll("\\D", ""));
        mvc.perform(get("/api/v1/legal-review/reviews/" + id).with(TestActors.as(officer))).andExpect(status().isOk())
                .andExpect(jsonPath("$.status").value("SUPPLEMENT_REQUESTED"))
                .andExpect(jsonPath("$.statusLabel").value("退回补充材料"))
                .andExpect(jsonPath("$.proposal.major").value(true))
                .andExpect(jsonPath("$.proposal.fineYuan").value(10000))
                .andExpect(jsonPath("$.route.routeLabel").value("法制机构审核"))
                .andExpect(jsonPath("$.application.submittedBy").value(officer.displayName()))
                .andExpect(jsonPath("$.review").doesNotExist());
        mvc.perform(get("/api/v1/legal-review/reviews").with(TestActors.as(officer))).andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.id == %d)].statusLabel".formatted(id)).value("退回补充材料"))
                .andExpect(jsonPath("$[?(@.id == %d)].submittedBy".formatted(id)).value(officer.displayName()));
        mvc.perform(post("/api/v1/legal-review/reviews").with(csrf()).with(TestActors.as(officer)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.replace("\"measures\":[]", "\"measures\":[\"BOGUS\"]")))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("LR-CLASSIFY-MEASURE"));
        mvc.perform(get("/legal-review/emergencies").with(TestActors.as(officer))).andExpect(status().isOk());
        // LR-01 the same refusal for the API and the page, nothing stored
        mvc.perform(post("/api/v1/cases/" + c.id() + "/decision").with(csrf()).with(TestActors.as(caseFx.zz()))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"kind\":\"PENALTY\",\"fineYuan\":80000,\"summary\":\"违法\",\"legalBasis\":\"第九十七条\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("LR-01"))
                .andExpect(jsonPath("$.detail").value(org.hamcrest.Matchers.containsString("法制审核")));
        mvc.perform(post("/cases/" + c.id() + "/decision").with(csrf()).with(TestActors.as(caseFx.zz())).param("kind", "PENALTY")
                .param("fineYuan", "80000").param("summary", "违法").param("legalBasis", "第九十七条"))
                .andExpect(status().isUnprocessableEntity())   // the case page again, its decision form kept, the message inline
                .andExpect(content().string(org.hamcrest.Matchers.containsString("法制审核")));
        assertThat(jdbc.sql("SELECT count(*) FROM enf_case_decision WHERE case_id = " + c.id()).query(Long.class).single()).isZero();
    }
}
