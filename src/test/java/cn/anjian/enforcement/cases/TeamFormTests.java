package cn.anjian.enforcement.cases;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.UUID;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 12 defect 6: the team form is pre-filled and picks people by typing, from a scoped JSON endpoint. */
@IntegrationTest
class TeamFormTests {

    @Autowired CaseFixtures fx;
    @Autowired MockMvc mvc;

    @Test
    @DisplayName("Issue 12 defect 6: after saving, the team form shows the current leader and members (pre-filled), no checkbox list of every officer")
    void prefilled() throws Exception {
        TestActor zz = fx.zz();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        CaseRef c = fx.open(zz, CaseKind.INSPECTION, "组队表单" + tag);
        long leader = fx.certifiedOfficer("140525", "主办" + tag);
        long member = fx.certifiedOfficer("140525", "协办" + tag);
        mvc.perform(post("/cases/" + c.id() + "/team").with(csrf()).with(TestActors.as(zz))
                        .param("leader", Long.toString(leader)).param("members", Long.toString(member)))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/" + c.id()).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<input type=\"hidden\" name=\"leader\" value=\"" + leader + "\">"),
                        containsString("<input type=\"hidden\" name=\"members\" value=\"" + member + "\">"),
                        containsString("id=\"team-members-q\""), containsString("/js/team-picker.js"),
                        not(containsString("type=\"checkbox\" name=\"members\"")))));
    }

    @Test
    @DisplayName("Issue 12 defect 6 ORG-03: candidates by name or certificate number, certified officers of the actor's scope only")
    void candidates() throws Exception {
        TestActor zz = fx.zz();
        String tag = UUID.randomUUID().toString().substring(0, 6);
        CaseRef c = fx.open(zz, CaseKind.INSPECTION, "候选人" + tag);
        long mine = fx.certifiedOfficer("140525", "候选" + tag);
        long elsewhere = fx.certifiedOfficer("140927", "候选" + tag);
        fx.uncertifiedOfficer("140525", "无证" + tag);
        String url = "/cases/" + c.id() + "/team/candidates";
        mvc.perform(get(url).param("q", "候选" + tag).param("kind", "officer").with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) mine)))
                .andExpect(jsonPath("$[?(@.id == " + elsewhere + ")]").isEmpty())
                .andExpect(jsonPath("$[0].label", containsString("晋执T" + mine)));
        mvc.perform(get(url).param("q", "T" + mine).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(jsonPath("$[*].id", hasItem((int) mine)));
        mvc.perform(get(url).param("q", "无证" + tag).param("kind", "officer").with(TestActors.as(zz)))
                .andExpect(jsonPath("$").isEmpty());
        mvc.perform(get(url).param("q", " ").with(TestActors.as(zz))).andExpect(jsonPath("$").isEmpty());
        mvc.perform(get(url).param("q", "候选").param("kind", "everyone").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get("/cases/" + c.id() + "/team/candidates").param("q", "候选" + tag).with(TestActors.as(fx.sc())))
                .andExpect(status().isNotFound());
    }
}
