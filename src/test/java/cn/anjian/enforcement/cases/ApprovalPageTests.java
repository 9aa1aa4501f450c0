package cn.anjian.enforcement.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.BusinessException;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 12 defect 3: the approval page shows what is approved, to participants and readers of the subject only. */
@IntegrationTest
class ApprovalPageTests {

    @Autowired CaseFixtures fx;
    @Autowired CaseService service;
    @Autowired CaseTransfers transfers;
    @Autowired Workflows workflows;
    @Autowired ActingUsers users;
    @Autowired MockMvc mvc;

    /** The real account with the permissions its role grants (as the login would give them). */
    TestActor as(String username, String... permissions) {
        Actor a = users.actor(username).orElseThrow();
        return new TestActor(a.userId(), a.username(), a.displayName(), a.agencyId(), a.agencyName(), a.unitId(),
                a.jurisdictionId(), a.scope(), Set.of(permissions));
    }

    FlowId transferFlow(String title) {
        TestActor zz = fx.zz();
        CaseRef c = fx.open(zz, CaseKind.PENALTY, title);
        service.setTeam(zz, c.id(), fx.team(fx.certifiedOfficer("140525", "审批页执法员甲"), fx.certifiedOfficer("140525", "审批页执法员乙")));
        service.transition(zz, c.id(), CaseStage.INVESTIGATION, null);
        return new FlowId(transfers.request(zz, c.id(), "泽州县公安局刑侦大队", LocalDate.now(), "涉嫌重大责任事故罪，造成 1 人死亡").flowId());
    }

    @Test
    @DisplayName("Issue 12 defect 3 CASE-09: the decider sees the receiving body, the reason and the case above the decision box, and the step's deadline")
    void deciderSeesWhatIsApproved() throws Exception {
        FlowId flow = transferFlow("审批页-移送摘要");
        TestActor unitHead = as("zz_unithead", "workflow:inbox", "home:view", "case:read");
        mvc.perform(get("/workflow/flows/" + flow.value()).with(TestActors.as(unitHead))).andExpect(status().isOk())
                .andExpect(content().string(containsString("审批事项")))
                .andExpect(content().string(containsString("泽州县公安局刑侦大队")))
                .andExpect(content().string(containsString("涉嫌重大责任事故罪，造成 1 人死亡")))
                .andExpect(content().string(containsString("审批页-移送摘要")))
                .andExpect(content().string(containsString("本步骤办理期限")))
                .andExpect(content().string(containsString("decision-form")));
        mvc.perform(get("/api/v1/workflow/flows/" + flow.value()).with(TestActors.as(unitHead))).andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.facts[0].label").value("接收机关"))
                .andExpect(jsonPath("$.summary.facts[0].value").value("泽州县公安局刑侦大队"));
    }

    @Test
    @DisplayName("Issue 12 defect 3: a social supervisor of the county gets 404 on a criminal-case transfer flow, page and API; a case reader in scope sees it")
    void outsidersGet404() throws Exception {
        FlowId flow = transferFlow("审批页-监督员不可见");
        TestActor supervisor = as("zz_supervisor", "workflow:inbox", "home:view", "deadline:read", "submission:create");
        mvc.perform(get("/workflow/flows/" + flow.value()).with(TestActors.as(supervisor))).andExpect(status().isNotFound());
        mvc.perform(get("/api/v1/workflow/flows/" + flow.value()).with(TestActors.as(supervisor))).andExpect(status().isNotFound());
        mvc.perform(get("/workflow/flows/" + flow.value() + "/timeline").with(TestActors.as(supervisor))).andExpect(status().isNotFound());
        assertThatThrownBy(() -> workflows.get(flow, supervisor)).isInstanceOfSatisfying(BusinessException.class,
                e -> assertThat(e.kind()).isEqualTo(BusinessException.Kind.NOT_FOUND));
        TestActor expert = as("zz_expert", "workflow:inbox", "home:view");
        mvc.perform(get("/workflow/flows/" + flow.value()).with(TestActors.as(expert))).andExpect(status().isNotFound());

        TestActor reader = as("zz_legal", "workflow:inbox", "home:view", "case:read");
        mvc.perform(get("/workflow/flows/" + flow.value()).with(TestActors.as(reader))).andExpect(status().isOk())
                .andExpect(content().string(containsString("泽州县公安局刑侦大队")));
    }
}
