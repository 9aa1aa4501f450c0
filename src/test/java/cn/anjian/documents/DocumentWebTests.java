package cn.anjian.documents;

import java.io.ByteArrayInputStream;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.Scope;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class DocumentWebTests {

    private static final AtomicInteger SEQ = new AtomicInteger();

    @Autowired MockMvc mvc;
    @Autowired Agencies agencies;
    @Autowired DocumentNumbers numbers;
    @Autowired JdbcClient jdbc;

    Agency freshAgency(String county) {
        long j = jdbc.sql("SELECT id FROM org_jurisdiction WHERE code = :c").param("c", county).query(Long.class).single();
        return agencies.create(j, AgencyKind.OTHER, "文号页面测试机构" + SEQ.incrementAndGet());
    }

    static TestActor officerOf(Agency a, String... permissions) {
        return new TestActor(7002, "officer-web", "执法人员", a.id(), a.name(), null, a.jurisdictionId(),
                new Scope(a.scopePath()), Set.of(permissions));
    }

    static MockHttpServletRequestBuilder take(String json) {
        return post("/api/v1/documents/numbers").with(csrf()).contentType(MediaType.APPLICATION_JSON).content(json);
    }

    @Test
    @DisplayName("API: take a number, list it in scope, list the types")
    void takeAndList() throws Exception {
        Agency a = freshAgency("140525");
        numbers.setShortName(a.id(), "泽应急", "test");
        TestActor officer = officerOf(a, "document:generate");
        mvc.perform(take("{\"type\":\"PENALTY_DECISION\",\"subjectType\":\"case\",\"subjectId\":\"42\"}").with(TestActors.as(officer)))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.number").value(1))
                .andExpect(jsonPath("$.text").value(containsString("泽应急罚〔")));
        mvc.perform(get("/api/v1/documents/numbers").param("agencyId", String.valueOf(a.id())).with(TestActors.as(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.rows[0].subjectId").value("42"));
        mvc.perform(get("/api/v1/documents/types").with(TestActors.as(officer)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[?(@.code == 'LEGAL_REVIEW_OPINION')].formatPattern").value("({agencyShort})安监法审〔{year}〕{n}号"));
    }

    @Test
    @DisplayName("API refusals: unknown type 400, unknown agency 404, malformed body 400, no permission 403; nothing issued")
    void refusals() throws Exception {
        Agency a = freshAgency("140525");
        TestActor officer = officerOf(a, "document:generate");
        mvc.perform(take("{\"type\":\"NOPE\",\"subjectType\":\"case\",\"subjectId\":\"1\"}").with(TestActors.as(officer)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("DOC-TYPE-UNKNOWN"));
        mvc.perform(take("{\"type\":\"PENALTY_DECISION\",\"subjectType\":\"case\",\"subjectId\":\"1\",\"agencyId\":999999999}").with(TestActors.as(officer)))
                .andExpect(status().isNotFound());
        mvc.perform(take("{\"type\":\"PENALTY_DECISION\",\"subjectType\":\"case\",\"subjectId\":\"1\",\"agencyId\":\"abc\"}").with(TestActors.as(officer)))
                .andExpect(status().isBadRequest());
        mvc.perform(take("{not json").with(TestActors.as(officer))).andExpect(status().isBadRequest());
        mvc.perform(take("{\"type\":\"PENALTY_DECISION\"}").with(TestActors.as(officer)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("DOC-SUBJECT-TYPE"));
        mvc.perform(take("{\"type\":\"PENALTY_DECISION\",\"subjectType\":\"case\",\"subjectId\":\"1\"}")
                        .with(TestActors.as(officerOf(a, "home:view"))))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/documents/numbers").param("year", "99999999999").with(TestActors.as(officer)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/documents/numbers").param("year", "1900").with(TestActors.as(officer)))
                .andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM doc_number WHERE agency_id = :a").param("a", a.id()).query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("page: issued numbers of the scope only, preview of the number format, filter errors inline")
    void page() throws Exception {
        Agency a = freshAgency("140525");
        Agency other = freshAgency("140100");
        numbers.setShortName(a.id(), "本局", "test");
        numbers.setShortName(other.id(), "外局", "test");
        numbers.take("RECTIFICATION_ORDER", a.id(), "case", "p1", "test");
        numbers.take("RECTIFICATION_ORDER", other.id(), "case", "p2", "test");
        TestActor officer = officerOf(a, "document:generate");
        String html = mvc.perform(get("/documents").with(TestActors.as(officer)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(html).contains("本局责改〔").doesNotContain("外局责改〔").contains("现场检查记录");
        mvc.perform(get("/documents").param("previewType", "RECTIFICATION_ORDER").with(TestActors.as(officer)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("本局责改〔")))
                .andExpect(content().string(containsString("id=\"preview-result\"")));
        mvc.perform(get("/documents").param("previewType", "NOPE").with(TestActors.as(officer)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("未知的文书种类")));
        mvc.perform(get("/documents").param("year", "20x6").with(TestActors.as(officer)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("年度应为正整数")));
        mvc.perform(get("/documents").with(TestActors.as(officerOf(a, "home:view")))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("page: a blank form downloads as a real .docx; an unknown type is refused")
    void blankForm() throws Exception {
        Agency a = freshAgency("140525");
        TestActor officer = officerOf(a, "document:generate");
        byte[] bytes = mvc.perform(get("/documents/blank/SERVICE_RECEIPT").with(TestActors.as(officer)))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andReturn().getResponse().getContentAsByteArray();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertThat(doc.getParagraphs()).anySatisfy(p -> assertThat(p.getText()).contains("送达回执"));
        }
        mvc.perform(get("/documents/blank/NOPE").with(TestActors.as(officer))).andExpect(status().isBadRequest());
    }
}
