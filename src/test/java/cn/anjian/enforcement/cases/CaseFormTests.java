package cn.anjian.enforcement.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The case pages' @Valid forms: every field error at once, inline, the input kept, nothing saved. */
@IntegrationTest
class CaseFormTests {

    @Autowired MockMvc mvc;
    @Autowired CaseFixtures fx;
    @Autowired CaseService service;
    @Autowired JdbcClient jdbc;

    TestActor zz;

    @BeforeEach
    void setUp() {
        zz = fx.zz();
    }

    long count(String table, Long caseId) {
        return jdbc.sql("SELECT count(*) FROM " + table + (caseId == null ? "" : " WHERE case_id = " + caseId)).query(Long.class).single();
    }

    CaseRef atStage(String title, CaseStage... stages) {
        CaseRef c = fx.open(zz, CaseKind.PENALTY, title);
        service.setTeam(zz, c.id(), fx.team(fx.certifiedOfficer("140525", title + "甲"), fx.certifiedOfficer("140525", title + "乙")));
        for (CaseStage s : stages) {
            service.transition(zz, c.id(), s, null);
        }
        return c;
    }

    @Test
    @DisplayName("new case: no title and a non-existent basis date → 400, both errors next to their fields, input kept, no case")
    void newCase() throws Exception {
        long before = count("enf_case", null);
        mvc.perform(post("/cases").with(csrf()).with(TestActors.as(zz)).param("kind", "INSPECTION").param("source", "COMPLAINT")
                        .param("title", "").param("basisTitle", "保留的举报信").param("basisNumber", "泽应急信〔2026〕7号")
                        .param("basisDate", "2026-02-30").param("partyType", "CITIZEN").param("citizenName", "保留的王五"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请更正标出的 2 处填写内容"),
                        containsString("invalid-feedback d-block\">请填写此项</div>"),
                        containsString("invalid-feedback d-block\">须为有效日期（格式 YYYY-MM-DD）</div>"),
                        containsString("value=\"保留的举报信\""), containsString("value=\"保留的王五\""), containsString("value=\"2026-02-30\""))));
        assertThat(count("enf_case", null)).isEqualTo(before);
    }

    @Test
    @DisplayName("new case: the domain's party rule (an enterprise or a citizen, not both) shows next to the party, input kept")
    void newCasePartyInline() throws Exception {
        long e = fx.enterprise(zz, "立案表单当事人测试煤业");
        long before = count("enf_case", null);
        mvc.perform(post("/cases").with(csrf()).with(TestActors.as(zz)).param("kind", "INSPECTION").param("source", "COMPLAINT")
                        .param("title", "保留的案件名称").param("basisTitle", "举报信").param("basisNumber", "1号")
                        .param("basisDate", fx.today().toString()).param("partyType", "ENTERPRISE")
                        .param("enterpriseId", String.valueOf(e)).param("place", "某地").param("citizenName", ""))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/cases").with(csrf()).with(TestActors.as(zz)).param("kind", "INSPECTION").param("source", "COMPLAINT")
                        .param("title", "保留的案件名称").param("basisTitle", "举报信").param("basisNumber", "1号")
                        .param("basisDate", fx.today().toString()).param("partyType", "ENTERPRISE").param("place", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请选择生产经营单位"),
                        containsString("value=\"保留的案件名称\""))));
        assertThat(count("enf_case", null)).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("decision: a fine in words and a bad deadline → 400 on the detail page, both inline, the summary kept, nothing issued")
    void decision() throws Exception {
        CaseRef c = atStage("决定表单测试", CaseStage.INVESTIGATION, CaseStage.DECISION);
        mvc.perform(post("/cases/" + c.id() + "/decision").with(csrf()).with(TestActors.as(zz)).param("kind", "PENALTY")
                        .param("fineYuan", "三万元").param("rectifyBy", "下月底").param("summary", "保留的违法事实")
                        .param("legalBasis", "第九十七条"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"decision-error\""), containsString("请更正标出的 2 处填写内容"),
                        containsString("须为金额（元），如 30000 或 2500.50"), containsString("须为有效日期（格式 YYYY-MM-DD）"),
                        containsString("value=\"三万元\""), containsString("保留的违法事实"))));
        assertThat(count("enf_case_decision", c.id())).isZero();
    }

    @Test
    @DisplayName("transfer: no organ and a bad date → 400 on the detail page, both inline, the reason kept, nothing requested")
    void transfer() throws Exception {
        CaseRef c = atStage("移送表单测试", CaseStage.INVESTIGATION);
        mvc.perform(post("/cases/" + c.id() + "/transfer").with(csrf()).with(TestActors.as(zz)).param("organ", " ")
                        .param("transferDate", "2026-02-30").param("reason", "保留的移送理由"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"transfer-error\""), containsString("请更正标出的 2 处填写内容"),
                        containsString("请填写此项"), containsString("须为有效日期（格式 YYYY-MM-DD）"),
                        containsString("value=\"保留的移送理由\""))));
        assertThat(count("enf_case_transfer", c.id())).isZero();
        // the domain's date window shows next to the date
        mvc.perform(post("/cases/" + c.id() + "/transfer").with(csrf()).with(TestActors.as(zz)).param("organ", "泽州县公安局")
                        .param("transferDate", fx.today().plusYears(1).toString()).param("reason", "涉嫌犯罪"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("invalid-feedback d-block\">移送日期应在立案之后、30 日之内")));
        assertThat(count("enf_case_transfer", c.id())).isZero();
    }

    @Test
    @DisplayName("documents: no type and too long facts → 400 on the detail page, both inline, the basis kept, nothing generated")
    void document() throws Exception {
        CaseRef c = atStage("文书表单测试", CaseStage.INVESTIGATION);
        mvc.perform(post("/cases/" + c.id() + "/documents").with(csrf()).with(TestActors.as(zz)).param("type", "")
                        .param("facts", "长".repeat(2001)).param("basis", "保留的依据"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"documents-error\""), containsString("请更正标出的 2 处填写内容"),
                        containsString("请选择文书种类"), containsString("长度须在 0 到 2000 个字之间"), containsString("value=\"保留的依据\""))));
        assertThat(count("enf_case_document", c.id())).isZero();
    }
}
