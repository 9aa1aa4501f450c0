package cn.anjian.enterprises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The enterprise pages' @Valid forms: every field error at once, inline, the input kept, nothing saved. */
@IntegrationTest
class EnterpriseFormTests {

    @Autowired MockMvc mvc;
    @Autowired Enterprises enterprises;
    @Autowired Conflicts conflicts;
    @Autowired Blacklist blacklist;
    @Autowired Jurisdictions jurisdictions;
    @Autowired JdbcClient jdbc;

    TestActor zz;

    @BeforeEach
    void setUp() {
        Jurisdiction j = jurisdictions.findByCode("140525").orElseThrow();
        zz = TestActors.actor("ent_form_zz", j.id(), j.path(), EnterprisesTests.PERMS);
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM ent_enterprise").query(Long.class).single();
    }

    EnterpriseView enterprise(String name) {
        return enterprises.create(zz, new EnterpriseForm(name, EnterprisesTests.newCode("140525"), EnterpriseKind.LEGAL_PERSON,
                Industry.COAL_MINE, "泽州县某镇", new BigDecimal("35.5"), new BigDecimal("112.8"), null, RiskGrade.B,
                EnterpriseStatus.OPERATING));
    }

    @Test
    @DisplayName("new enterprise: a blank name and a word for the latitude → 400, both errors next to their fields, input kept")
    void create() throws Exception {
        long before = count();
        mvc.perform(post("/enterprises").with(TestActors.as(zz)).with(csrf()).param("name", " ").param("kind", "LEGAL_PERSON")
                        .param("industry", "COAL_MINE").param("riskGrade", "A").param("status", "OPERATING")
                        .param("address", "保留的地址").param("latitude", "北纬35度").param("longitude", "112.8"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请更正标出的 2 处填写内容"),
                        containsString("invalid-feedback d-block\">请填写此项</div>"),
                        containsString("invalid-feedback d-block\">须为数字，例如 35.49</div>"),
                        containsString("value=\"北纬35度\""), containsString("value=\"保留的地址\""), containsString("is-invalid"))));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @DisplayName("edit: a too long name and a bad longitude → 400, both inline, the enterprise unchanged")
    void edit() throws Exception {
        EnterpriseView e = enterprise("泽州县表单修改测试煤业");
        mvc.perform(post("/enterprises/" + e.id()).with(TestActors.as(zz)).with(csrf()).param("version", String.valueOf(e.version()))
                        .param("name", "长".repeat(201)).param("creditCode", e.creditCode()).param("kind", "LEGAL_PERSON")
                        .param("industry", "COAL_MINE").param("riskGrade", "A").param("status", "OPERATING")
                        .param("latitude", "35.5").param("longitude", "abc"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("长度须在 0 到 200 个字之间"), containsString("须为数字，例如 35.49"),
                        containsString("value=\"abc\""), containsString("请更正标出的 2 处填写内容"))));
        assertThat(enterprises.get(zz, e.id()).name()).isEqualTo("泽州县表单修改测试煤业");
        assertThat(enterprises.get(zz, e.id()).version()).isEqualTo(e.version());
    }

    @Test
    @DisplayName("a domain refusal about a field (check digit) shows next to that field, the input kept")
    void domainRefusalInline() throws Exception {
        String valid = EnterprisesTests.newCode("140525");
        String wrongCheck = valid.substring(0, 17) + (valid.charAt(17) == '0' ? '1' : '0');
        long before = count();
        mvc.perform(post("/enterprises").with(TestActors.as(zz)).with(csrf()).param("name", "保留的名称煤业").param("creditCode", wrongCheck)
                        .param("kind", "LEGAL_PERSON").param("industry", "COAL_MINE").param("riskGrade", "A").param("status", "OPERATING"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("invalid-feedback d-block\">统一社会信用代码校验位错误"),
                        containsString("value=\"保留的名称煤业\""))));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @DisplayName("conflicts register: a word for the person id and 2026-02-30 → 400 on the detail page, both inline, nothing stored")
    void conflict() throws Exception {
        EnterpriseView e = enterprise("泽州县利害关系表单测试煤业");
        mvc.perform(post("/enterprises/" + e.id() + "/conflicts").with(TestActors.as(zz)).with(csrf()).param("personId", "张三")
                        .param("personName", "保留的姓名").param("relation", "RELATIVE").param("fromDate", "2026-02-30"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"conflict-error\""), containsString("须为人员编号（正整数）"),
                        containsString("须为有效日期（格式 YYYY-MM-DD）"), containsString("value=\"保留的姓名\""),
                        containsString("value=\"2026-02-30\""))));
        assertThat(conflicts.of(zz, e.id())).isEmpty();
    }

    @Test
    @DisplayName("blacklist: no grounds and a bad date → 400 on the detail page, both inline, not listed")
    void listing() throws Exception {
        EnterpriseView e = enterprise("泽州县黑名单表单测试煤业");
        mvc.perform(post("/enterprises/" + e.id() + "/blacklist").with(TestActors.as(zz)).with(csrf()).param("grounds", "")
                        .param("decisionDoc", "泽应急〔2026〕99号").param("fromDate", "明天"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"blacklist-error\""), containsString("请填写此项"),
                        containsString("须为有效日期（格式 YYYY-MM-DD）"), containsString("value=\"泽应急〔2026〕99号\""),
                        containsString("请更正标出的 2 处填写内容"))));
        assertThat(blacklist.of(zz, e.id())).isEmpty();
        assertThat(enterprises.get(zz, e.id()).blacklisted()).isFalse();
    }
}
