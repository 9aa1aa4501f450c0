package cn.anjian.enforcement.cases;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.EnterpriseView;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** Issue 12 defect 9: the new-case form. */
@IntegrationTest
class CaseFormWebTests {

    @Autowired MockMvc mvc;
    @Autowired CaseFixtures fx;
    @Autowired JdbcClient jdbc;

    long cases() {
        return jdbc.sql("SELECT count(*) FROM enf_case").query(Long.class).single();
    }

    @Test
    @DisplayName("issue 12 defect 9: every error shows at once — the missing party and a penalty case's violation date with the blank basis and title")
    void allErrorsAtOnce() throws Exception {
        TestActor zz = fx.zz();
        long before = cases();
        mvc.perform(post("/cases").with(csrf()).with(TestActors.as(zz)).param("kind", "PENALTY").param("source", "COMPLAINT")
                        .param("partyType", "ENTERPRISE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请更正标出的 6 处填写内容"), containsString("请选择生产经营单位"),
                        containsString("行政处罚案件须填写违法行为发生（终了）日期"))));
        mvc.perform(post("/cases").with(csrf()).with(TestActors.as(zz)).param("kind", "INSPECTION").param("source", "COMPLAINT")
                        .param("title", "公民当事人").param("basisTitle", "举报信").param("basisNumber", "1")
                        .param("basisDate", fx.today().toString()).param("partyType", "CITIZEN"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请更正标出的 1 处填写内容"), containsString("请填写公民当事人姓名"))));
        assertThat(cases()).isEqualTo(before);
    }

    @Test
    @DisplayName("issue 12 defect 9: required fields marked, party-kind fields tagged for the static script, closed enterprises marked, the source's basis as a hint")
    void formMarks() throws Exception {
        TestActor zz = fx.zz();
        long id = fx.enterprise(zz, "表单已注销煤业");
        EnterpriseView v = fx.enterprises.get(zz, id);
        EnterpriseForm f = v.toForm();
        fx.enterprises.update(zz, id, v.version(), new EnterpriseForm(f.name(), f.creditCode(), f.kind(), f.industry(), f.address(),
                f.latitude(), f.longitude(), f.jurisdictionId(), f.riskGrade(), EnterpriseStatus.CLOSED));
        mvc.perform(get("/cases/new").with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("表单已注销煤业【已关闭注销】"),
                        containsString("data-party=\"ENTERPRISE\""), containsString("data-party=\"CITIZEN\""),
                        containsString("/js/case-form.js"), containsString("form-label required\" for=\"enterpriseId\""),
                        containsString("data-basis=\"举报信件及批示\""), containsString("依据文件：年度计划"))));
    }

    @Test
    @DisplayName("CASE-17 the new-case form picks the enforcement item: stored with the case; an unknown item is reported with the other errors, nothing opened")
    void itemPickedOnTheForm() throws Exception {
        TestActor zz = fx.zz();
        long item = jdbc.sql("SELECT id FROM enf_item WHERE active ORDER BY code LIMIT 1").query(Long.class).single();
        mvc.perform(get("/cases/new").with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString("<optgroup")));
        long before = cases();
        mvc.perform(post("/cases").with(csrf()).with(TestActors.as(zz)).param("kind", "INSPECTION").param("source", "COMPLAINT")
                        .param("partyType", "CITIZEN").param("citizenName", "赵六").param("itemId", "987654321"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("所选执法事项不存在或已停用"), containsString("请更正标出的 5 处填写内容"))));
        assertThat(cases()).isEqualTo(before);
        mvc.perform(post("/cases").with(csrf()).with(TestActors.as(zz)).param("kind", "INSPECTION").param("source", "COMPLAINT")
                        .param("title", "带执法事项立案").param("basisTitle", "举报信").param("basisNumber", "泽应急信〔2026〕11号")
                        .param("basisDate", fx.today().toString()).param("partyType", "CITIZEN").param("citizenName", "赵六")
                        .param("place", "某地").param("itemId", Long.toString(item)))
                .andExpect(status().is3xxRedirection());
        assertThat(jdbc.sql("SELECT i.item_id FROM enf_case_item i JOIN enf_case c ON c.id = i.case_id WHERE c.title = '带执法事项立案'")
                .query(Long.class).single()).isEqualTo(item);
    }
}
