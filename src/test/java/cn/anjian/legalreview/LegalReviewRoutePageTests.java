package cn.anjian.legalreview;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseDocumentRef;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.cases.DecisionStageCases;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.org.Agencies;
import cn.anjian.org.UnitKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

/** LR-14 and LR-05 on the submission and review pages and the API: labels in Chinese, refusals inline, nothing stored. */
@IntegrationTest
class LegalReviewRoutePageTests {

    static final Set<String> PERMS = Set.of("legalreview:read", "legalreview:submit", "legalreview:review", "case:read",
            "file:read", "file:upload", "home:view");

    @Autowired MockMvc mvc;
    @Autowired ActingUsers users;
    @Autowired DecisionStageCases caseFx;
    @Autowired Cases cases;
    @Autowired Agencies agencies;
    @Autowired JdbcClient jdbc;

    TestActor as(String username) {
        Actor a = users.actor(username).orElseThrow();
        return new TestActor(a.userId(), a.username(), a.displayName(), a.agencyId(), a.agencyName(), a.unitId(), a.jurisdictionId(),
                a.scope(), PERMS);
    }

    MockMultipartFile file(String kind) {
        return new MockMultipartFile("file_" + kind, kind + ".txt", "text/plain", ("材料 " + kind).getBytes());
    }

    CaseRef entrustedCase(String title) {
        CaseRef c = caseFx.penaltyCase(title);
        long unit = agencies.createUnit(c.agencyId(), UnitKind.ENTRUSTED_ENFORCEMENT, "执法大队-" + title).id();
        jdbc.sql("UPDATE enf_case SET unit_id = :u WHERE id = :c").param("u", unit).param("c", c.id()).update();
        return c;
    }

    long count(long caseId) {
        return jdbc.sql("SELECT count(*) FROM lr_review WHERE case_id = " + caseId).query(Long.class).single();
    }

    @Test
    @DisplayName("LR-14 LR-05 pages: the internal route is offered only for an entrusted institution's case, refused inline above the limit, shown on the review page as waiting for the director; case documents are picked as materials")
    void submissionPage() throws Exception {
        TestActor officer = as("zz_officer");
        CaseRef plain = caseFx.penaltyCase("法审途径页面-常规");
        mvc.perform(get("/legal-review/cases/" + plain.id() + "/new").with(TestActors.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("申请由局内设法制机构审核"))))
                .andExpect(content().string(containsString("选择本案已生成的文书作为送审材料")));
        CaseRef c = entrustedCase("法审途径页面-受委托");
        CaseDocumentRef doc = cases.documents(c.id(), officer).get(0);
        mvc.perform(get("/legal-review/cases/" + c.id() + "/new").with(TestActors.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("申请由局内设法制机构审核")))
                .andExpect(content().string(containsString("doc_" + doc.id())))
                .andExpect(content().string(containsString(doc.documentNumber())));
        var submit = multipart("/legal-review/cases/" + c.id()).file(file("STATEMENT")).file(file("INVESTIGATION_REPORT"))
                .file(file("DRAFT_DECISION")).with(csrf()).with(TestActors.as(officer))
                .param("caseKind", "PENALTY").param("partyKind", "ORGANIZATION").param("summary", "未按规定培训")
                .param("basis", "第九十七条").param("officers", "均持证").param("proposal", "罚款").param("signedUnitHead", "王科长")
                .param("signedDeputy", "李副局长").param("internalRoute", "true").param("doc_" + doc.id(), "CASE_FILE");
        mvc.perform(submit.param("fineYuan", "100000.01")).andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("不能由局内设法制机构审核")))
                .andExpect(content().string(containsString("100,000.00")));
        assertThat(count(c.id())).isZero();
        String location = mvc.perform(multipart("/legal-review/cases/" + c.id()).file(file("STATEMENT")).file(file("INVESTIGATION_REPORT"))
                        .file(file("DRAFT_DECISION")).with(csrf()).with(TestActors.as(officer))
                        .param("caseKind", "PENALTY").param("partyKind", "ORGANIZATION").param("summary", "未按规定培训")
                        .param("basis", "第九十七条").param("officers", "均持证").param("proposal", "罚款").param("signedUnitHead", "王科长")
                        .param("signedDeputy", "李副局长").param("internalRoute", "true").param("doc_" + doc.id(), "CASE_FILE")
                        .param("fineYuan", "100000"))
                .andExpect(status().is3xxRedirection()).andReturn().getResponse().getRedirectedUrl();
        String page = mvc.perform(get(location).with(TestActors.as(as("zz_legal")))).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("待局长同意由局内设法制机构审核", "受委托执法机构案件经局长同意由局内设法制机构审核", "执法大队-法审途径页面-受委托",
                "本案文书").doesNotContain("ENTRUSTED_INTERNAL").doesNotContain("CONSENT_REQUESTED");
        // the legal unit's page action before consent: refused with the message, nothing recorded
        mvc.perform(post(location + "/suspend").with(csrf()).with(TestActors.as(as("zz_legal"))).param("reason", "EXPERT"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT suspended_reason FROM lr_review WHERE case_id = " + c.id()).query(String.class).optional()).isEmpty();
    }

    @Test
    @DisplayName("LR-14 LR-05 API: internalRoute and documentId in the submission; a document of another case is 404; over the limit 422 with code LR-14")
    void api() throws Exception {
        TestActor officer = as("zz_officer");
        CaseRef c = entrustedCase("法审途径接口-受委托");
        CaseRef other = caseFx.penaltyCase("法审途径接口-他案");
        long foreign = cases.documents(other.id(), officer).get(0).id();
        long own = cases.documents(c.id(), officer).get(0).id();
        String body = """
                {"caseId":%d,"caseKind":"PENALTY","partyKind":"ORGANIZATION","fineYuan":%s,"measures":[],"internalRoute":true,
                 "form":{"summary":"情况","basis":"依据","officers":"持证","proposal":"罚款","signedUnitHead":"王科长","signedDeputy":"李副局长"},
                 "materials":[{"kind":"CASE_FILE","documentId":%d}]}""";
        mvc.perform(post("/api/v1/legal-review/reviews").with(csrf()).with(TestActors.as(officer)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(c.id(), "100000.01", own)))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("LR-14"));
        mvc.perform(post("/api/v1/legal-review/reviews").with(csrf()).with(TestActors.as(officer)).contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(c.id(), "100000", foreign)))
                .andExpect(status().isNotFound());
        assertThat(count(c.id())).isZero();
        String res = mvc.perform(post("/api/v1/legal-review/reviews").with(csrf()).with(TestActors.as(officer))
                        .contentType(MediaType.APPLICATION_JSON).content(body.formatted(c.id(), "100000", own)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        long id = Long.parseLong(res.replaceAll("\\D", ""));
        mvc.perform(get("/api/v1/legal-review/reviews/" + id).with(TestActors.as(officer))).andExpect(status().isOk())
                .andExpect(jsonPath("$.route.route").value("ENTRUSTED_INTERNAL"))
                .andExpect(jsonPath("$.route.routeLabel").value("受委托执法机构案件经局长同意由局内设法制机构审核"))
                .andExpect(jsonPath("$.materials[0].documentId").value(own))
                .andExpect(jsonPath("$.statusLabel").value("退回补充材料"));
    }
}
