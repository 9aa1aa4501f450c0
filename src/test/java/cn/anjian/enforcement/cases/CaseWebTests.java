package cn.anjian.enforcement.cases;

import java.util.ArrayList;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class CaseWebTests {

    @Autowired MockMvc mvc;
    @Autowired CaseFixtures fx;
    @Autowired DecisionStageCases stageCases;
    @Autowired CaseService service;
    @Autowired CaseList list;
    @Autowired JdbcClient jdbc;
    @Autowired ObjectMapper json;

    TestActor zz;
    TestActor sc;

    @BeforeEach
    void setUp() {
        zz = fx.zz();
        sc = fx.sc();
    }

    long cases() {
        return jdbc.sql("SELECT count(*) FROM enf_case").query(Long.class).single();
    }

    @Test
    @DisplayName("ORG-03 keyset pages walk forward and back over a filtered, scoped list without gaps or repeats")
    void keyset() {
        long e = fx.enterprise(zz, "键集分页测试煤业有限公司");
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            ids.add(fx.cases.open(zz, fx.newCase(CaseKind.INSPECTION, e, "键集分页-" + i)).id());
        }
        CaseFilter f = new CaseFilter(null, null, null, null, "键集分页测试", null, null, false);
        CasePage p1 = list.list(zz, f, null, null, 10);
        CasePage p2 = list.list(zz, f, p1.next(), null, 10);
        CasePage p3 = list.list(zz, f, p2.next(), null, 10);
        assertThat(p1.previous()).isNull();
        assertThat(p3.next()).isNull();
        List<Long> seen = new ArrayList<>();
        for (CasePage p : List.of(p1, p2, p3)) {
            p.items().forEach(r -> seen.add(r.id()));
        }
        assertThat(seen).hasSize(23).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
        CasePage back = list.list(zz, f, null, p3.previous(), 10);
        assertThat(back.items()).extracting(CaseRow::id).containsExactlyElementsOf(p2.items().stream().map(CaseRow::id).toList());
        CasePage first = list.list(zz, f, null, back.previous(), 10);
        assertThat(first.items()).extracting(CaseRow::id).containsExactlyElementsOf(p1.items().stream().map(CaseRow::id).toList());
        assertThat(first.previous()).isNull();
        // another county sees none of them; the stage filter applies
        assertThat(list.list(sc, f, null, null, 10).items()).isEmpty();
        assertThat(list.list(zz, new CaseFilter(null, CaseStage.CLOSURE, null, null, "键集分页测试", null, null, false), null, null, 10)
                .items()).isEmpty();
    }

    @Test
    @DisplayName("filters: overdue (open cases past their time limit), opened-date range, kind, source; citizen names masked")
    void filters() {
        CaseRef late = fx.open(zz, CaseKind.PENALTY, "筛选测试-超期");
        CaseRef closedLate = fx.open(zz, CaseKind.PENALTY, "筛选测试-已结超期");
        jdbc.sql("UPDATE enf_case SET due_at = now() - interval '1 day' WHERE id IN (:ids)").param("ids", List.of(late.id(), closedLate.id())).update();
        jdbc.sql("UPDATE enf_case SET closed_at = now() WHERE id = :id").param("id", closedLate.id()).update();
        CaseFilter overdue = new CaseFilter(null, null, null, null, "筛选测试", null, null, true);
        assertThat(list.list(zz, overdue, null, null, 10).items()).extracting(CaseRow::id).containsExactly(late.id());
        assertThat(list.list(zz, overdue, null, null, 10).items().get(0).overdue()).isTrue();
        java.time.LocalDate today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(list.list(zz, new CaseFilter(CaseKind.PENALTY, null, cn.anjian.enforcement.CaseSource.SPECIAL_CAMPAIGN, null,
                "筛选测试", today, today, false), null, null, 10).items()).hasSize(2);
        assertThat(list.list(zz, new CaseFilter(null, null, null, null, "筛选测试", today.plusDays(1), null, false), null, null, 10)
                .items()).isEmpty();
        assertThat(list.list(zz, new CaseFilter(CaseKind.LICENCE, null, null, null, "筛选测试", null, null, false), null, null, 10)
                .items()).isEmpty();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> list.list(zz, new CaseFilter(null, null, null, null, null, today,
                today.minusDays(1), false), null, null, 10)).hasMessageContaining("不能早于");
        fx.cases.open(zz, new cn.anjian.enforcement.NewCase(CaseKind.PENALTY, cn.anjian.enforcement.CaseSource.COMPLAINT, "举报信",
                "1号", today, null, "欧阳筛选", "筛选测试-公民", "某地", null).withViolation(new cn.anjian.enforcement.ViolationFacts(today, false, false, null)));
        // staff in scope may search by the citizen's name; the list shows it masked (IAM-06)
        assertThat(list.list(zz, new CaseFilter(null, null, null, null, "欧阳筛选", null, null, false), null, null, 10).items())
                .extracting(CaseRow::partyName).containsExactly("欧**选");
    }

    @Test
    @DisplayName("decision through API and page: absurd, negative, fractional-cent and malformed amounts are 400, never 500; a valid one is issued")
    void decisionInput() throws Exception {
        CaseRef c = fx.open(zz, CaseKind.PENALTY, "接口决定测试");
        service.setTeam(zz, c.id(), fx.team(fx.certifiedOfficer("140525", "决定执法员甲"), fx.certifiedOfficer("140525", "决定执法员乙")));
        service.transition(zz, c.id(), CaseStage.INVESTIGATION, null);
        service.transition(zz, c.id(), CaseStage.DECISION, null);
        stageCases.notifiedAndWaived(zz, c.id());
        for (String fine : List.of("-5", "0.001", "1e999999999", "\"abc\"", "123456789012345678901234567890")) {
            mvc.perform(post("/api/v1/cases/" + c.id() + "/decision").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                            .content("{\"kind\":\"PENALTY\",\"fineYuan\":" + fine + ",\"summary\":\"违法\",\"legalBasis\":\"第九十七条\"}"))
                    .andExpect(status().isBadRequest()).andExpect(content().contentTypeCompatibleWith("application/problem+json"));
        }
        mvc.perform(post("/cases/" + c.id() + "/decision").with(csrf()).with(TestActors.as(zz)).param("kind", "PENALTY")
                        .param("fineYuan", "三万元").param("summary", "违法").param("legalBasis", "第九十七条"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("须为金额（元）")));
        mvc.perform(post("/cases/" + c.id() + "/transfer").with(csrf()).with(TestActors.as(zz)).param("organ", "公安局")
                        .param("transferDate", "2026-02-30").param("reason", "涉嫌犯罪"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("须为有效日期")));
        assertThat(jdbc.sql("SELECT count(*) FROM enf_case_decision WHERE case_id = :c").param("c", c.id()).query(Long.class).single()).isZero();
        mvc.perform(post("/cases/" + c.id() + "/decision").with(csrf()).with(TestActors.as(zz)).param("kind", "PENALTY")
                        .param("fineYuan", "30,000.50").param("measures", "警告\n").param("summary", "违法").param("legalBasis", "第九十七条"))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT fine_yuan FROM enf_case_decision WHERE case_id = :c").param("c", c.id())
                .query(java.math.BigDecimal.class).single()).isEqualByComparingTo("30000.50");
    }

    @Test
    @DisplayName("pages: list with filters, bad filters inline, detail in scope only, new-case form re-renders with inline errors")
    void pages() throws Exception {
        CaseRef c = fx.open(zz, CaseKind.PENALTY, "页面测试案件");
        mvc.perform(get("/cases").param("kind", "PENALTY").param("party", "页面测试").with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("页面测试案件")));
        mvc.perform(get("/cases").param("from", "2026-02-30").with(TestActors.as(zz)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("不是有效日期")));
        mvc.perform(get("/cases").param("stage", "NOPE").param("after", "abc").with(TestActors.as(zz)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("阶段无效")));
        mvc.perform(get("/cases").param("after", "abc").with(TestActors.as(zz)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("翻页参数无效")));
        mvc.perform(get("/cases/" + c.id()).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString(c.caseNumber())))
                .andExpect(content().string(containsString("/recording/cases/" + c.id() + "/panel")));
        mvc.perform(get("/cases/" + c.id()).with(TestActors.as(sc))).andExpect(status().isNotFound());
        mvc.perform(get("/cases/abc").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get("/cases/new").with(TestActors.as(zz))).andExpect(status().isOk());
        long before = cases();
        mvc.perform(post("/cases").with(csrf()).with(TestActors.as(zz)).param("kind", "INSPECTION").param("source", "COMPLAINT")
                        .param("title", "缺依据的立案").param("partyType", "CITIZEN").param("citizenName", "王五").param("place", "某地"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("请更正标出的 3 处填写内容")))
                .andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/cases").with(csrf()).with(TestActors.as(zz)).param("kind", "INSPECTION").param("source", "COMPLAINT")
                        .param("title", "日期错误").param("basisTitle", "举报信").param("basisNumber", "1").param("basisDate", "2026-02-30")
                        .param("partyType", "CITIZEN").param("citizenName", "王五").param("place", "某地"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("须为有效日期")));
        assertThat(cases()).isEqualTo(before);
        mvc.perform(post("/cases").with(csrf()).with(TestActors.as(zz)).param("kind", "INSPECTION").param("source", "COMPLAINT")
                        .param("title", "页面立案").param("basisTitle", "举报信").param("basisNumber", "泽应急信〔2026〕9号")
                        .param("basisDate", java.time.LocalDate.now().toString())
                        .param("partyType", "CITIZEN").param("citizenName", "王五").param("place", "某地"))
                .andExpect(status().is3xxRedirection());
        assertThat(cases()).isEqualTo(before + 1);
        // a refused team shows next to the team section
        long a = fx.certifiedOfficer("140525", "页面执法员");
        mvc.perform(post("/cases/" + c.id() + "/team").with(csrf()).with(TestActors.as(zz)).param("leader", Long.toString(a)))
                .andExpect(status().is3xxRedirection()).andExpect(header().string("Location", containsString("#team")));
        assertThat(service.team(zz, c.id())).isEmpty();
    }

    @Test
    @DisplayName("API: create, team, transition, document, list with cursor; refusals are problem+json 4xx, never 500")
    void api() throws Exception {
        long e = fx.enterprise(zz, "接口测试煤业有限公司");
        String body = """
                {"kind":"INSPECTION","source":"ANNUAL_PLAN","basisTitle":"泽州县2026年度监督检查计划","basisNumber":"泽应急〔2026〕1号",
                 "basisDate":"%s","enterpriseId":%d,"title":"接口立案","place":"泽州县"}""".formatted(java.time.LocalDate.now(), e);
        String created = mvc.perform(post("/api/v1/cases").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON).content(body))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long id = json.readTree(created).get("id").asLong();
        long a = fx.certifiedOfficer("140525", "接口执法员甲");
        long b = fx.certifiedOfficer("140525", "接口执法员乙");
        mvc.perform(put("/api/v1/cases/" + id + "/team").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"members\":[{\"personId\":" + a + ",\"role\":\"LEADER\"},{\"personId\":" + fx.demoInspector() + ",\"role\":\"ASSISTANT\"}]}"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("CASE-TEAM-SIZE"));
        mvc.perform(put("/api/v1/cases/" + id + "/team").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"members\":[{\"personId\":" + a + ",\"role\":\"LEADER\"},{\"personId\":" + b + ",\"role\":\"MEMBER\"}]}"))
                .andExpect(status().isOk());
        mvc.perform(post("/api/v1/cases/" + id + "/transition").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\":\"CLOSURE\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("CASE-STAGE-ORDER"));
        mvc.perform(post("/api/v1/cases/" + id + "/transition").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"to\":\"INVESTIGATION\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.stage").value("INVESTIGATION"));
        String doc = mvc.perform(post("/api/v1/cases/" + id + "/documents").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"type\":\"INSPECTION_RECORD\",\"facts\":\"未发现问题\"}"))
                .andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        long docId = json.readTree(doc).get("id").asLong();
        mvc.perform(get("/api/v1/cases/" + id + "/documents/" + docId + "/content").with(TestActors.as(zz)))
                .andExpect(status().isOk()).andExpect(header().string("Content-Disposition", containsString("attachment")));
        mvc.perform(get("/api/v1/cases/" + id + "/documents/" + docId + "/content").with(TestActors.as(sc)))
                .andExpect(status().isNotFound());
        JsonNode page = json.readTree(mvc.perform(get("/api/v1/cases").param("party", "接口测试煤业").param("size", "1").with(TestActors.as(zz)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString());
        assertThat(page.get("items").get(0).get("id").asLong()).isEqualTo(id);
        mvc.perform(get("/api/v1/cases/" + id).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(jsonPath("$.team[0].name").value(containsString("接口执法员甲"))); // staff see colleagues in full (issue 12 defect 8)
        // bad input: never 500, nothing changed
        long before = cases();
        mvc.perform(post("/api/v1/cases").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                .content(body.replace(java.time.LocalDate.now().toString(), "2026-02-30"))).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/cases").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"NOPE\"}")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/cases").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                .content("{not json")).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/cases").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("\"enterpriseId\":" + e, "\"enterpriseId\":99999999999"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cases").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("\"enterpriseId\":" + e, "\"enterpriseId\":\"x\""))).andExpect(status().isBadRequest());
        mvc.perform(post("/api/v1/cases").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                .content(body.replace("接口立案", "长".repeat(400)))).andExpect(status().isBadRequest());
        assertThat(cases()).isEqualTo(before);
        mvc.perform(get("/api/v1/cases").param("after", "1.2.3").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/cases/99999999").with(TestActors.as(zz))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/cases/" + id).with(TestActors.as(sc))).andExpect(status().isNotFound());
        mvc.perform(post("/api/v1/cases/" + id + "/decision").with(csrf()).with(TestActors.as(zz)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"kind\":\"RECTIFICATION\",\"fineYuan\":1e999999999}")).andExpect(status().is4xxClientError());
        mvc.perform(post("/api/v1/cases/" + id + "/transfer").with(csrf()).with(TestActors.as(fx.actor("140525", "case_ro", "case:read")))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).andExpect(status().isForbidden());
    }
}
