package cn.anjian.workflow;

import java.util.UUID;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.identity.UserAdministration;
import cn.anjian.org.Agencies;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdictions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class WorkflowWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    Workflows workflows;
    @Autowired
    UserAdministration users;
    @Autowired
    Agencies agencies;
    @Autowired
    Jurisdictions jurisdictions;

    WorkflowFixtures fx;
    TestActor hr;
    TestActor director;
    TestActor justice;
    TestActor officer;
    FlowId id;

    @BeforeEach
    void setUp() {
        fx = new WorkflowFixtures(users, agencies, jurisdictions);
        hr = fx.user("140525", AgencyKind.EMERGENCY_MANAGEMENT, "HR");
        director = fx.user("140525", AgencyKind.EMERGENCY_MANAGEMENT, "DIRECTOR");
        justice = fx.user("140525", AgencyKind.JUSTICE, "DIRECTOR");
        officer = fx.user("140525", AgencyKind.EMERGENCY_MANAGEMENT, "OFFICER");
        id = workflows.start(WorkflowsTests.CHAIN, "test_plan", UUID.randomUUID().toString(), "网页测试招聘计划",
                "/personnel/hiring-plans/7", hr.agencyId(), hr);
    }

    @Test
    @DisplayName("the inbox page lists the step for the decider, links subject and decision form, and not for others")
    void inboxPage() throws Exception {
        mvc.perform(get("/workflow/inbox").with(TestActors.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("网页测试招聘计划")))
                .andExpect(content().string(containsString("/personnel/hiring-plans/7")))
                .andExpect(content().string(containsString("/workflow/flows/" + id.value())));
        mvc.perform(get("/workflow/inbox").param("type", "test-chain").param("overdue", "true").with(TestActors.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-flow-id=\"" + id.value() + "\""))));
        mvc.perform(get("/workflow/inbox").with(TestActors.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("data-flow-id=\"" + id.value() + "\""))));
        mvc.perform(get("/workflow/inbox/panel").with(TestActors.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("wf-inbox-panel")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    @DisplayName("bad inbox filters answer 400 with a message, never 500; no permission answers 403")
    void inboxBadInput() throws Exception {
        mvc.perform(get("/workflow/inbox").param("page", "-1").with(TestActors.as(director)))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("页码")));
        mvc.perform(get("/workflow/inbox").param("overdue", "maybe").with(TestActors.as(director)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/v1/workflow/inbox").param("size", "100000").with(TestActors.as(director)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        mvc.perform(get("/api/v1/workflow/inbox").param("type", "<script>").with(TestActors.as(director)))
                .andExpect(status().isBadRequest());
        TestActor nobody = TestActors.actor("nobody", director.jurisdictionId(), director.scope().path(), "home:view");
        mvc.perform(get("/workflow/inbox").with(TestActors.as(nobody))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("the decision form shows the timeline; reject without opinion is re-rendered with the message inline and nothing changes")
    void decisionForm() throws Exception {
        mvc.perform(get("/workflow/flows/" + id.value()).with(TestActors.as(director)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("decision-form")))
                .andExpect(content().string(containsString("泽州县司法局")));
        mvc.perform(get("/workflow/flows/" + id.value()).with(TestActors.as(officer)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("decision-form"))));
        mvc.perform(post("/workflow/flows/" + id.value() + "/decide").param("decision", "REJECT").param("opinion", " ")
                        .with(csrf()).with(TestActors.as(director)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("必须填写审批意见")))
                .andExpect(content().string(containsString("decision-error")));
        mvc.perform(post("/workflow/flows/" + id.value() + "/decide").param("decision", "bogus")
                        .with(csrf()).with(TestActors.as(director)))
                .andExpect(status().isBadRequest());
        mvc.perform(post("/workflow/flows/" + id.value() + "/decide").param("decision", "APPROVE")
                        .with(csrf()).with(TestActors.as(officer)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("无权办理")));
        assertThat(workflows.find(id).orElseThrow().entries()).isEmpty();

        mvc.perform(post("/workflow/flows/" + id.value() + "/decide").param("decision", "APPROVE").param("opinion", "同意上报")
                        .with(csrf()).with(TestActors.as(director)))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/workflow/flows/" + id.value()));
        mvc.perform(get("/workflow/flows/" + id.value() + "/timeline").with(TestActors.as(justice)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("同意上报")))
                .andExpect(content().string(containsString("已完成"))) // the first step's deadline, met by the decision
                .andExpect(content().string(containsString("wf-timeline-" + id.value())))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    @DisplayName("unknown, malformed and out-of-scope flow ids answer 404 (ORG-03)")
    void notFound() throws Exception {
        mvc.perform(get("/workflow/flows/abc").with(TestActors.as(director))).andExpect(status().isNotFound());
        mvc.perform(get("/workflow/flows/99999999999999999999999").with(TestActors.as(director))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workflow/flows/987654321").with(TestActors.as(director)))
                .andExpect(status().isNotFound()).andExpect(jsonPath("$.code").value("NOT-FOUND"));
        TestActor other = fx.user("140927", AgencyKind.EMERGENCY_MANAGEMENT, "DIRECTOR");
        mvc.perform(get("/api/v1/workflow/flows/" + id.value()).with(TestActors.as(other))).andExpect(status().isNotFound());
        mvc.perform(get("/workflow/flows/" + id.value() + "/timeline").with(TestActors.as(other))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("API: inbox, flow, decisions with problem+json refusals, return and resubmit")
    void api() throws Exception {
        mvc.perform(get("/api/v1/workflow/inbox").param("type", "test-chain").with(TestActors.as(director)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[?(@.flowId.value == " + id.value() + ")]").exists());
        mvc.perform(get("/api/v1/workflow/flows/" + id.value()).with(TestActors.as(director)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.canDecide").value(true))
                .andExpect(jsonPath("$.flow.steps.length()").value(3));
        String url = "/api/v1/workflow/flows/" + id.value() + "/decisions";
        mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"REJECT\"}")
                        .with(csrf()).with(TestActors.as(director)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("WF-OPINION-REQUIRED"));
        mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"MAYBE\"}")
                        .with(csrf()).with(TestActors.as(director)))
                .andExpect(status().isBadRequest()).andExpect(jsonPath("$.code").value("WF-DECISION"));
        mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content("{\"decision\":")
                        .with(csrf()).with(TestActors.as(director)))
                .andExpect(status().isBadRequest());
        mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content("{\"decision\":[1,2]}")
                        .with(csrf()).with(TestActors.as(director)))
                .andExpect(status().isBadRequest());
        mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content("{}")
                        .with(csrf()).with(TestActors.as(director)))
                .andExpect(status().isBadRequest());
        mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}")
                        .with(csrf()).with(TestActors.as(officer)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("WF-NOT-DECIDER"));
        assertThat(workflows.find(id).orElseThrow().entries()).isEmpty();

        mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}")
                        .with(csrf()).with(TestActors.as(director)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.flow.currentStep").value(1));
        mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"RETURN\",\"opinion\":\"请补充\"}")
                        .with(csrf()).with(TestActors.as(justice)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.flow.state").value("RETURNED"));
        mvc.perform(post(url).contentType(MediaType.APPLICATION_JSON).content("{\"decision\":\"APPROVE\"}")
                        .with(csrf()).with(TestActors.as(justice)))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("WF-RETURNED"));
        mvc.perform(post("/api/v1/workflow/flows/" + id.value() + "/resubmit").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"不是我发起的\"}").with(csrf()).with(TestActors.as(director)))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("WF-NOT-INITIATOR"));
        mvc.perform(post("/api/v1/workflow/flows/" + id.value() + "/resubmit").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"note\":\"已补充\"}").with(csrf()).with(TestActors.as(hr)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.flow.state").value("RUNNING"))
                .andExpect(jsonPath("$.flow.round").value(2));
    }
}
