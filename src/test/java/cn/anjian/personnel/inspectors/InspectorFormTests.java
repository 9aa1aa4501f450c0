package cn.anjian.personnel.inspectors;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.org.Agencies;
import cn.anjian.org.Jurisdictions;
import cn.anjian.personnel.PageForms;
import cn.anjian.personnel.common.Misconduct;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static cn.anjian.personnel.inspectors.InspectorFixtures.approve;
import static cn.anjian.personnel.inspectors.InspectorFixtures.manager;
import static cn.anjian.personnel.inspectors.InspectorFixtures.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The inspector pages' forms (web kit): every field error at once, inline, 400, the input kept, nothing stored. */
@IntegrationTest
class InspectorFormTests {

    @Autowired MockMvc mvc;
    @Autowired Jurisdictions jurisdictions;
    @Autowired Agencies agencies;
    @Autowired HiringPlans plans;
    @Autowired Campaigns campaigns;
    @Autowired Inspectors inspectors;
    @Autowired JdbcClient jdbc;

    TestActor zz() {
        return manager(jurisdictions, agencies, "140525");
    }

    long count(String table) {
        return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
    }

    /** Posts the form and answers the re-rendered page, asserting 400. */
    String refused(MockHttpServletRequestBuilder request) throws Exception {
        return mvc.perform(request.with(TestActors.as(zz())).with(csrf())).andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    @DisplayName("TI-08 appointment: blank duties and an impossible start date show both inline (400), input kept, nobody hired")
    void appointmentTwoErrors() throws Exception {
        long before = count("ti_inspector");
        String html = refused(post("/personnel/inspectors/new").param("partTime", "true").param("personId", "1")
                .param("recommendingBody", "晋城市安全生产协会").param("contractKind", "SERVICE").param("duties", " ")
                .param("rights", "权利").param("pay", "报酬").param("termination", "终止").param("termStart", "2026-02-30"));
        assertThat(PageForms.invalidFields(html)).containsExactly("termStart", "duties");
        assertThat(PageForms.inlineMessages(html)).isEqualTo(2);
        assertThat(html).contains("请填写此项", "须为有效日期", "value=\"晋城市安全生产协会\"");
        assertThat(count("ti_inspector")).isEqualTo(before);
    }

    @Test
    @DisplayName("TI-01 plan draft: a blank title and a two-digit year show both inline (400), input kept, nothing drafted; a valid one is")
    void planTwoErrors() throws Exception {
        long before = count("ti_hiring_plan");
        String html = refused(planPost("", "26"));
        assertThat(PageForms.invalidFields(html)).containsExactly("title", "year");
        assertThat(PageForms.inlineMessages(html)).isEqualTo(2);
        assertThat(html).contains("请填写此项", "须为四位数字的年份", "风险高");
        assertThat(count("ti_hiring_plan")).isEqualTo(before);

        mvc.perform(planPost("表单计划", "2026").with(TestActors.as(zz())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(count("ti_hiring_plan")).isEqualTo(before + 1);
    }

    private static MockHttpServletRequestBuilder planPost(String title, String year) {
        return post("/personnel/inspectors/plans").param("title", title).param("year", year).param("fullTimeCount", "2")
                .param("partTimeCount", "1").param("specialties", "COAL_MINE").param("hiringMethod", "EXAM")
                .param("termMonths", "36").param("trainingAssessment", "岗前培训").param("funding", "财政保障")
                .param("writtenWeight", "0.60").param("riskProfile", "风险高").param("enterpriseCount", "100")
                .param("keyEnterpriseTypes", "煤矿").param("difficulty", "难度大").param("capacity", "能力不足");
    }

    @Test
    @DisplayName("TI-03 campaign: a blank title and a weight that is not a number show both inline (400), nothing opened; a valid one opens")
    void campaignTwoErrors() throws Exception {
        TestActor zz = zz();
        long planId = plans.draft(zz, plan(HiringMethod.EXAM, "0.60")).id();
        approve(plans, jdbc, planId);
        long before = count("ti_campaign");
        String html = refused(post("/personnel/inspectors/campaigns").param("planId", String.valueOf(planId)).param("title", "")
                .param("positions", "煤矿检查员 2 名").param("requirements", "安全类本科以上").param("hiringMethod", "EXAM")
                .param("schedule", "7月报名").param("writtenWeight", "六成"));
        assertThat(PageForms.invalidFields(html)).containsExactly("title", "writtenWeight");
        assertThat(PageForms.inlineMessages(html)).isEqualTo(2);
        assertThat(html).contains("请填写此项", "须为数字", "煤矿检查员 2 名");
        assertThat(count("ti_campaign")).isEqualTo(before);

        mvc.perform(post("/personnel/inspectors/campaigns").param("planId", String.valueOf(planId)).param("title", "表单招聘")
                        .param("positions", "煤矿检查员 2 名").param("requirements", "安全类本科以上").param("hiringMethod", "EXAM")
                        .param("schedule", "7月报名").param("writtenWeight", "0.60").with(TestActors.as(zz)).with(csrf()))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/personnel/inspectors/campaigns/*"));
        assertThat(count("ti_campaign")).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("TI-05 applicant: a blank name and years that are not a number show both inline (400), nobody registered")
    void applicantTwoErrors() throws Exception {
        TestActor zz = zz();
        long planId = plans.draft(zz, plan(HiringMethod.EXAM, "0.60")).id();
        approve(plans, jdbc, planId);
        long campaign = campaigns.open(zz, new Campaigns.NewCampaign(planId, "报名表单", "岗位", "条件", HiringMethod.EXAM, "安排",
                new java.math.BigDecimal("0.60"))).id();
        long before = count("ti_applicant");
        String html = refused(post("/personnel/inspectors/campaigns/" + campaign + "/applicants").param("name", "")
                .param("idCard", InspectorFixtures.idCard()).param("education", "BACHELOR").param("titleLevel", "NONE")
                .param("experienceYears", "十年").param("lawAbiding", "true"));
        assertThat(PageForms.invalidFields(html)).containsExactly("name", "experienceYears");
        assertThat(PageForms.inlineMessages(html)).isEqualTo(2);
        assertThat(html).contains("请填写此项", "须为整数", "value=\"十年\"");
        assertThat(count("ti_applicant")).isEqualTo(before);
    }

    private InspectorView partTime(TestActor actor, String name) {
        long person = InspectorFixtures.person(jdbc, agencies.get(actor.agencyId()), name);
        return inspectors.appoint(actor, new Appointment(person, true, null, null, "协会", null, "SERVICE", "职责", "权利", "报酬",
                "终止", java.time.LocalDate.now(), null, ptPlan(actor)));
    }

    @Test
    @DisplayName("TI-12 training: a blank course and hours that are not a number show both inline (400), input kept, nothing stored")
    void trainingTwoErrors() throws Exception {
        InspectorView i = partTime(zz(), "培训表单");
        String html = refused(post("/personnel/inspectors/" + i.id() + "/trainings").param("kind", "SPECIAL").param("course", "")
                .param("hours", "四").param("endedOn", "2025-01-08"));
        assertThat(PageForms.invalidFields(html)).containsExactly("course", "hours");
        assertThat(PageForms.inlineMessages(html)).isEqualTo(2);
        assertThat(html).contains("请填写此项", "须为整数", "value=\"2025-01-08\"");
        assertThat(inspectors.trainings(i.id())).isEmpty();
        mvc.perform(post("/personnel/inspectors/" + i.id() + "/trainings").param("kind", "SPECIAL").param("course", "专题培训")
                        .param("hours", "4").param("endedOn", "2025-01-08").with(TestActors.as(zz())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(inspectors.trainings(i.id())).singleElement().satisfies(t -> assertThat(t.kindLabel()).isEqualTo("专题培训"));
    }

    @Test
    @DisplayName("TI-18 record: no date and a blank description show both inline (400), input kept, nothing stored")
    void recordTwoErrors() throws Exception {
        InspectorView i = partTime(zz(), "记录表单");
        String html = refused(post("/personnel/inspectors/" + i.id() + "/records").param("category", "COMMENDATION")
                .param("kind", "年度优秀技术检查员").param("occurredOn", "").param("description", " "));
        assertThat(PageForms.invalidFields(html)).containsExactly("occurredOn", "description");
        assertThat(PageForms.inlineMessages(html)).isEqualTo(2);
        assertThat(html).contains("请填写此项", "value=\"年度优秀技术检查员\"");
        assertThat(inspectors.records(i.id())).isEmpty();
    }

    @Test
    @DisplayName("TI-18 TI-19 the record's 情形 suggestions are Chinese labels, never constant names; a chosen label is stored as its kind")
    void recordKindsInChinese() throws Exception {
        InspectorView i = partTime(zz(), "情形表单");
        String page = mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get("/personnel/inspectors/" + i.id())
                .with(TestActors.as(zz()))).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String datalist = page.substring(page.indexOf("<datalist id=\"record-kinds\""), page.indexOf("</datalist>"));
        assertThat(datalist).contains("value=\"恐吓威胁\"", "value=\"不实投诉、诬告\"", Misconduct.ABUSIVE_CONDUCT.getLabel())
                .doesNotContain("FALSE_ACCUSATION", "THREAT", "ABUSIVE_CONDUCT");
        mvc.perform(post("/personnel/inspectors/" + i.id() + "/records").param("category", "THREAT").param("kind", "不实投诉、诬告")
                        .param("occurredOn", "2025-01-08").param("description", "被举报人诬告").param("response", "已澄清事实")
                        .with(TestActors.as(zz())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/personnel/inspectors/" + i.id() + "/records").param("category", "MISCONDUCT")
                        .param("kind", Misconduct.ABUSIVE_CONDUCT.getLabel()).param("handling", "CRITICISM")
                        .param("occurredOn", "2025-01-09").param("description", "态度蛮横")
                        .with(TestActors.as(zz())).with(csrf()))
                .andExpect(status().is3xxRedirection());
        assertThat(inspectors.records(i.id())).extracting(InspectorRecordView::kind)
                .containsExactlyInAnyOrder("FALSE_ACCUSATION", "ABUSIVE_CONDUCT");
    }

    /** TI-01: part-time inspectors take the places of an approved plan. */
    long ptPlan(cn.anjian.kernel.Actor actor) {
        return InspectorFixtures.partTimePlan(plans, jdbc, actor, 1);
    }
}
