package cn.anjian.personnel.inspectors;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.experts.pool.ExpertLevel;
import cn.anjian.experts.pool.ExpertRegistry;
import cn.anjian.experts.pool.NewExpert;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static cn.anjian.personnel.inspectors.InspectorFixtures.approve;
import static cn.anjian.personnel.inspectors.InspectorFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** TI-07 through the campaign service: the page and the API pick an applicant from the expert pool with the same refusals. */
@IntegrationTest
class ExpertPoolHiringTests {

    @Autowired MockMvc mvc;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired HiringPlans plans;
    @Autowired Campaigns campaigns;
    @Autowired ExpertRegistry registry;
    @Autowired JdbcClient jdbc;

    /** 襄垣县 and 黎城县: counties this test owns (no demo pool there). */
    TestActor actor(String code) {
        Agency a = InspectorFixtures.em(jurisdictions, agencies, code);
        Jurisdiction j = jurisdictions.get(a.jurisdictionId());
        return new TestActor(9700 + Math.abs(code.hashCode() % 90), "tp-" + code, "选聘" + code, a.id(), a.name(), null,
                j.id(), j.scope(), Set.of("personnel:read", "inspector:manage", "expert:read", "expert:manage"));
    }

    long expert(TestActor hr, String name) {
        return registry.admit(hr, new NewExpert(name, InspectorFixtures.idCard(), "13900004444", "高级工程师", ExpertLevel.SENIOR,
                "某设计院", null, "COAL", List.of("COAL_GAS"), null, null));
    }

    long openCampaign(TestActor hr) {
        long planId = plans.draft(hr, plan(HiringMethod.EXAM, "0.60")).id();
        approve(plans, jdbc, planId);
        long c = campaigns.open(hr, new Campaigns.NewCampaign(planId, "选聘招聘", "岗位", "条件", HiringMethod.EXAM, "安排",
                new BigDecimal("0.60"))).id();
        campaigns.recordStage(hr, c, Stage.ANNOUNCEMENT, "公告已发布");
        return c;
    }

    String idCardOf(long expertId) {
        return jdbc.sql("SELECT id_card FROM exp_expert WHERE id = :id").param("id", expertId).query(String.class).single();
    }

    long applicants(long campaign) {
        return jdbc.sql("SELECT count(*) FROM ti_applicant WHERE campaign_id = :c").param("c", campaign).query(Long.class).single();
    }

    static String body(String name, String idCard, Long expertId) {
        return """
                {"name": %s, "idCard": %s, "education": "BACHELOR", "titleLevel": "ASSOCIATE_SENIOR", "experienceYears": 12,
                 "lawAbiding": true, "fitForPost": true, "otherRequirementsMet": true, "expertId": %s}"""
                .formatted(name == null ? "null" : "\"" + name + "\"", idCard == null ? "null" : "\"" + idCard + "\"", expertId);
    }

    @Test
    @DisplayName("TI-07 API: an applicant picked from the pool takes name and ID card from the pool; a removed expert or another county's is refused (422), nobody registered")
    void apiPicksFromPool() throws Exception {
        TestActor hr = actor("140423");
        long c = openCampaign(hr);
        long e = expert(hr, "选聘专家甲");
        long gone = expert(hr, "选聘专家乙");
        registry.remove(hr, gone, "测试出库");
        long other = expert(actor("140426"), "邻县专家");

        mvc.perform(post("/api/v1/personnel/inspectors/campaigns/" + c + "/applicants").with(TestActors.as(hr)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body("随便写的名字", null, e)))
                .andExpect(status().isCreated()).andExpect(jsonPath("$.name").value("选聘专家甲"))
                .andExpect(content().string(not(containsString(idCardOf(e)))));
        assertThat(jdbc.sql("SELECT id_card FROM ti_applicant WHERE campaign_id = :c").param("c", c).query(String.class).single())
                .isEqualTo(idCardOf(e));

        for (long refused : List.of(gone, other, 999_999_999L)) {
            mvc.perform(post("/api/v1/personnel/inspectors/campaigns/" + c + "/applicants").with(TestActors.as(hr)).with(csrf())
                            .contentType(MediaType.APPLICATION_JSON).content(body("某人", InspectorFixtures.idCard(), refused)))
                    .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("TI-07"));
        }
        // the same expert twice: the pool's ID card is already registered
        mvc.perform(post("/api/v1/personnel/inspectors/campaigns/" + c + "/applicants").with(TestActors.as(hr)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body(null, null, e)))
                .andExpect(status().isConflict());
        // neither an ID card nor an expert
        mvc.perform(post("/api/v1/personnel/inspectors/campaigns/" + c + "/applicants").with(TestActors.as(hr)).with(csrf())
                        .contentType(MediaType.APPLICATION_JSON).content(body("某人", null, null)))
                .andExpect(status().isBadRequest());
        assertThat(applicants(c)).isEqualTo(1);
    }

    @Test
    @DisplayName("TI-07 page: a pick from the pool registers the expert; a removed expert is refused inline next to the picker (422)")
    void pagePicksFromPool() throws Exception {
        TestActor hr = actor("140423");
        long c = openCampaign(hr);
        long e = expert(hr, "页面专家甲");
        long gone = expert(hr, "页面专家乙");
        registry.remove(hr, gone, "测试出库");

        String html = mvc.perform(post("/personnel/inspectors/campaigns/" + c + "/applicants").with(TestActors.as(hr)).with(csrf())
                        .param("name", "页面专家乙").param("expertId", String.valueOf(gone)).param("education", "BACHELOR")
                        .param("titleLevel", "ASSOCIATE_SENIOR").param("experienceYears", "12").param("lawAbiding", "true"))
                .andExpect(status().isUnprocessableEntity()).andReturn().getResponse().getContentAsString();
        assertThat(cn.anjian.personnel.PageForms.invalidFields(html)).containsExactly("expertId");
        assertThat(html).contains("专家库中没有这名在库专家");
        assertThat(applicants(c)).isZero();

        mvc.perform(post("/personnel/inspectors/campaigns/" + c + "/applicants").with(TestActors.as(hr)).with(csrf())
                        .param("name", "页面专家甲").param("expertId", String.valueOf(e)).param("education", "BACHELOR")
                        .param("titleLevel", "ASSOCIATE_SENIOR").param("experienceYears", "12").param("lawAbiding", "true"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/personnel/inspectors/campaigns/" + c));
        assertThat(jdbc.sql("SELECT id_card FROM ti_applicant WHERE campaign_id = :c").param("c", c).query(String.class).single())
                .isEqualTo(idCardOf(e));
    }
}
