package cn.anjian.enforcement.plans;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enterprises.Industry;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** CASE-07 with the real demo users of 泽州县应急管理局 (unit head drafts, director approves in the workflow). */
@IntegrationTest
class InspectionPlanTests {

    /** Years no demo plan uses; every test takes its own, the database is shared. */
    static final AtomicInteger YEAR = new AtomicInteger(2031);

    @Autowired InspectionPlans plans;
    @Autowired Workflows workflows;
    @Autowired ActingUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    Actor head;
    Actor director;
    TestActor web;

    @BeforeEach
    void setUp() {
        head = users.actor("zz_unithead").orElseThrow();
        director = users.actor("zz_director").orElseThrow();
        web = new TestActor(head.userId(), head.username(), head.displayName(), head.agencyId(), head.agencyName(),
                head.unitId(), head.jurisdictionId(), head.scope(), Set.of("case:read", "plan:manage", "case:manage"));
    }

    long draft(int year) {
        long id = plans.create(head, year, null);
        plans.addItem(head, id, new InspectionPlans.NewItem(TargetKind.INDUSTRY, null, Industry.HAZARDOUS_CHEMICALS, null,
                "重大危险源管理检查", "Q2", "安全生产执法监督股", 6));
        return id;
    }

    void approve(long id) {
        plans.submit(head, id);
        workflows.decide(new FlowId(plans.find(id).orElseThrow().flowId()), director, Decision.APPROVE, "同意");
    }

    PlanStatus statusOf(long id) {
        return plans.find(id).orElseThrow().status();
    }

    long notices(long planId, boolean live) {
        return jdbc.sql("SELECT count(*) FROM pub_publication WHERE source_module = 'enforcement' AND source_type = 'inspection-plan' "
                        + "AND source_id = :id AND kind = 'INSPECTION_PLAN' AND (withdrawn_at IS NULL) = :live")
                .param("id", String.valueOf(planId)).param("live", live).query(Long.class).single();
    }

    @Test
    @DisplayName("CASE-07 the plan is approved by the director through the workflow, then published on the public portal")
    void approvedAndPublished() throws Exception {
        int year = YEAR.getAndIncrement();
        long id = draft(year);
        assertThat(statusOf(id)).isEqualTo(PlanStatus.DRAFT);
        plans.submit(head, id);
        assertThat(statusOf(id)).isEqualTo(PlanStatus.SUBMITTED);
        // the unit head cannot approve their own plan: the step is the director's
        long flow = plans.find(id).orElseThrow().flowId();
        assertThatThrownBy(() -> workflows.decide(new FlowId(flow), head, Decision.APPROVE, "同意"))
                .isInstanceOf(BusinessException.class);
        workflows.decide(new FlowId(flow), director, Decision.APPROVE, "同意");
        assertThat(statusOf(id)).isEqualTo(PlanStatus.APPROVED);

        mvc.perform(post("/plans/{id}/publish", id).with(TestActors.as(web)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        PlanViews.Plan p = plans.find(id).orElseThrow();
        assertThat(p.status()).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(p.publishedAt()).isNotNull();
        assertThat(notices(id, true)).isEqualTo(1);
        String listing = mvc.perform(get("/public/notices").param("kind", "INSPECTION_PLAN"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(listing).contains(year + " 年度监督检查计划");
        // the page shows the approval timeline
        String page = mvc.perform(get("/plans/{id}", id).with(TestActors.as(web)))
                .andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("局长审批")))
                .andReturn().getResponse().getContentAsString();
        // staff see the author's name, never a login name
        assertThat(p.createdBy()).isEqualTo(head.displayName());
        assertThat(page).contains(head.displayName()).doesNotContain(head.username());
    }

    @Test
    @DisplayName("CASE-07 an unapproved plan cannot be published (422), nothing changes")
    void unapprovedCannotPublish() throws Exception {
        long id = draft(YEAR.getAndIncrement());
        mvc.perform(post("/plans/{id}/publish", id).with(TestActors.as(web)).with(csrf()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("审批同意后才能公布")));
        plans.submit(head, id);
        assertThatThrownBy(() -> plans.publish(head, id)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("PLAN-NOT-APPROVED");
        workflows.decide(new FlowId(plans.find(id).orElseThrow().flowId()), director, Decision.REJECT, "事项不全，不同意");
        assertThat(statusOf(id)).isEqualTo(PlanStatus.REJECTED);
        assertThatThrownBy(() -> plans.publish(head, id)).isInstanceOf(BusinessException.class);
        assertThat(notices(id, true)).isZero();
    }

    @Test
    @DisplayName("CASE-07 one plan in force per agency and year; a revision with a recorded reason supersedes it when published")
    void revision() {
        int year = YEAR.getAndIncrement();
        long first = draft(year);
        assertThatThrownBy(() -> plans.create(head, year, null)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("PLAN-OPEN");
        approve(first);
        plans.publish(head, first);
        assertThatThrownBy(() -> plans.create(head, year, null)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("PLAN-IN-FORCE");
        assertThatThrownBy(() -> plans.revise(head, first, "  ")).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).kind()).isEqualTo(BusinessException.Kind.BAD_INPUT);

        long second = plans.revise(head, first, "上级部署危化品专项整治，增加检查频次");
        assertThat(plans.items(second)).hasSize(1);
        assertThat(plans.find(second).orElseThrow().revision()).isEqualTo(2);
        // until the revision is published the first plan stays in force
        approve(second);
        assertThat(statusOf(first)).isEqualTo(PlanStatus.PUBLISHED);
        plans.publish(head, second);
        assertThat(statusOf(first)).isEqualTo(PlanStatus.SUPERSEDED);
        assertThat(statusOf(second)).isEqualTo(PlanStatus.PUBLISHED);
        assertThat(plans.find(second).orElseThrow().revisionReason()).contains("危化品专项整治");
        assertThat(notices(first, false)).isEqualTo(1);
        assertThat(notices(second, true)).isEqualTo(1);
    }

    @Test
    @DisplayName("CASE-04 a named-enterprise item of the plan in force opens an inspection case resting on the plan")
    void itemToCase() throws Exception {
        long id = draft(YEAR.getAndIncrement());
        long enterprise = jdbc.sql("SELECT id FROM ent_enterprise WHERE name = '山西晋城泽州巴公煤业有限公司'").query(Long.class).single();
        long item = plans.addItem(head, id, new InspectionPlans.NewItem(TargetKind.ENTERPRISE, enterprise, null, null,
                "一通三防检查", "Q3", "安全生产执法监督股", 2));
        long industryItem = plans.items(id).stream().filter(i -> i.kind() == TargetKind.INDUSTRY).findFirst().orElseThrow().id();
        assertThatThrownBy(() -> plans.openCase(head, id, item)).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("PLAN-NOT-IN-FORCE");
        approve(id);
        plans.publish(head, id);
        assertThatThrownBy(() -> plans.openCase(head, id, industryItem)).isInstanceOf(BusinessException.class);
        mvc.perform(post("/plans/{id}/items/{item}/case", id, item).with(TestActors.as(web)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        var row = jdbc.sql("SELECT source, origin_type, origin_id, enterprise_id FROM enf_case WHERE origin_type = 'PLAN_ITEM' AND origin_id = :i")
                .param("i", item).query().singleRow();
        assertThat(row.get("source")).isEqualTo("ANNUAL_PLAN");
        assertThat(((Number) row.get("enterprise_id")).longValue()).isEqualTo(enterprise);
    }

    @Test
    void returnedPlanIsRevisedAndResubmitted() {
        long id = draft(YEAR.getAndIncrement());
        plans.submit(head, id);
        long flow = plans.find(id).orElseThrow().flowId();
        workflows.decide(new FlowId(flow), director, Decision.RETURN, "请补充非煤矿山检查事项");
        assertThat(statusOf(id)).isEqualTo(PlanStatus.RETURNED);
        plans.addItem(head, id, new InspectionPlans.NewItem(TargetKind.INDUSTRY, null, Industry.NON_COAL_MINE, null,
                "边坡检查", "M7", "安全生产执法监督股", 3));
        plans.submit(head, id);
        assertThat(statusOf(id)).isEqualTo(PlanStatus.SUBMITTED);
        assertThat(plans.find(id).orElseThrow().flowId()).isEqualTo(flow);
        workflows.decide(new FlowId(flow), director, Decision.APPROVE, "同意");
        assertThat(statusOf(id)).isEqualTo(PlanStatus.APPROVED);
        // approved plans are no longer editable
        assertThatThrownBy(() -> plans.addItem(head, id, new InspectionPlans.NewItem(TargetKind.AREA, null, null, "某园区",
                "检查", "Q1", "股", 1))).isInstanceOf(BusinessException.class);
    }

    @Test
    void refusalsAreFourHundreds() throws Exception {
        long before = jdbc.sql("SELECT count(*) FROM enf_plan").query(Long.class).single();
        mvc.perform(post("/plans").param("year", "abc").with(TestActors.as(web)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/plans").param("year", "1900").with(TestActors.as(web)).with(csrf())).andExpect(status().isBadRequest());
        mvc.perform(post("/plans").param("year", "99999999999999").with(TestActors.as(web)).with(csrf())).andExpect(status().isBadRequest());
        assertThat(jdbc.sql("SELECT count(*) FROM enf_plan").query(Long.class).single()).isEqualTo(before);

        long id = plans.create(head, YEAR.getAndIncrement(), null);
        for (String[] bad : new String[][] {{"period", "M13"}, {"plannedCount", "0"}, {"plannedCount", "x"}, {"kind", "PLANET"},
                {"content", ""}, {"industry", "GOLD"}}) {
            java.util.Map<String, String> form = new java.util.LinkedHashMap<>(java.util.Map.of("kind", "INDUSTRY",
                    "industry", "COAL_MINE", "content", "检查", "period", "Q1", "responsibleUnit", "股", "plannedCount", "2"));
            form.put(bad[0], bad[1]);
            var request = post("/plans/{id}/items", id).with(TestActors.as(web)).with(csrf());
            form.forEach(request::param);
            mvc.perform(request).andExpect(status().isBadRequest());
        }
        assertThat(plans.items(id)).isEmpty();
        mvc.perform(post("/plans/{id}/submit", id).with(TestActors.as(web)).with(csrf())).andExpect(status().isUnprocessableContent());
        mvc.perform(get("/plans/999999999").with(TestActors.as(web))).andExpect(status().isNotFound());
        mvc.perform(get("/plans/abc").with(TestActors.as(web))).andExpect(status().isBadRequest());
        mvc.perform(get("/plans").param("year", "x").with(TestActors.as(web))).andExpect(status().isBadRequest());
        mvc.perform(get("/plans").param("status", "NOPE").with(TestActors.as(web))).andExpect(status().isBadRequest());

        // another county's plan answers 404; a reader cannot change anything
        Actor sc = users.actor("sc_unithead").orElseThrow();
        long other = plans.create(sc, YEAR.getAndIncrement(), null);
        mvc.perform(get("/plans/{id}", other).with(TestActors.as(web))).andExpect(status().isNotFound());
        TestActor reader = new TestActor(head.userId(), head.username(), head.displayName(), head.agencyId(), head.agencyName(),
                null, head.jurisdictionId(), head.scope(), Set.of("case:read"));
        mvc.perform(get("/plans/{id}", id).with(TestActors.as(reader))).andExpect(status().isOk());
        mvc.perform(post("/plans/{id}/submit", id).with(TestActors.as(reader)).with(csrf())).andExpect(status().isForbidden());
    }
}
