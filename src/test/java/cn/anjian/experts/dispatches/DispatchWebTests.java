package cn.anjian.experts.dispatches;

import java.time.LocalDate;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** The pages of EXP-09..EXP-16: the expert's own pages (only his own dispatches), the unit's list, form and detail. */
@IntegrationTest
class DispatchWebTests {

    @Autowired MockMvc mvc;
    @Autowired ActingUsers users;
    @Autowired JdbcClient jdbc;

    TestActor as(String username) {
        Actor a = users.actor(username).orElseThrow();
        return new TestActor(a.userId(), a.username(), a.displayName(), a.agencyId(), a.agencyName(), a.unitId(),
                a.jurisdictionId(), a.scope(), java.util.Set.of("expert:read", "expert:dispatch", "expert:self", "expert:budget",
                "expert:manage", "home:view", "workflow:inbox", "enterprise:read"));
    }

    TestActor expert() {
        Actor a = users.actor("zz_expert").orElseThrow();
        return new TestActor(a.userId(), a.username(), a.displayName(), a.agencyId(), a.agencyName(), a.unitId(),
                a.jurisdictionId(), a.scope(), java.util.Set.of("expert:self", "home:view"));
    }

    long waitingForZzExpert() {
        return jdbc.sql("""
                SELECT d.id FROM exp_dispatch d JOIN exp_expert e ON e.id = d.expert_id JOIN iam_user u ON u.id = e.user_id
                WHERE u.username = 'zz_expert' AND d.status = 'APPROVED' ORDER BY d.id LIMIT 1""").query(Long.class).single();
    }

    @Test
    @DisplayName("EXP-13 the expert's own pages: his waiting dispatch with task, place, date and unit; another expert's dispatch is 404, page and action alike")
    void ownOnly() throws Exception {
        long mine = waitingForZzExpert();
        long other = jdbc.sql("""
                SELECT d.id FROM exp_dispatch d JOIN exp_expert e ON e.id = d.expert_id
                WHERE e.user_id IS NULL AND d.scope_path IS NOT NULL ORDER BY d.id LIMIT 1""").query(Long.class).single();
        mvc.perform(get("/experts/me").with(TestActors.as(expert()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("待我确认")))
                .andExpect(content().string(containsString("非煤矿山边坡稳定性现场核查")));
        mvc.perform(get("/experts/me/dispatches/" + mine).with(TestActors.as(expert()))).andExpect(status().isOk())
                .andExpect(content().string(containsString("接受派遣")));
        mvc.perform(get("/experts/me/dispatches/" + other).with(TestActors.as(expert()))).andExpect(status().isNotFound());
        mvc.perform(post("/experts/me/dispatches/" + other + "/accept").with(csrf()).with(TestActors.as(expert())))
                .andExpect(status().isNotFound());
        mvc.perform(post("/experts/me/dispatches/" + other + "/decline").param("reason", "x").with(csrf()).with(TestActors.as(expert())))
                .andExpect(status().isNotFound());
        mvc.perform(get("/experts/dispatches").with(TestActors.as(expert()))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("EXP-14 a decline needs a reason: the page shows the message next to the form, nothing changes")
    void declineNeedsReason() throws Exception {
        long mine = waitingForZzExpert();
        mvc.perform(post("/experts/me/dispatches/" + mine + "/decline").param("reason", " ").with(csrf()).with(TestActors.as(expert())))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("拒绝原因")));
        mvc.perform(multipart("/experts/me/dispatches/" + mine + "/report")
                        .file(new MockMultipartFile("file", "r.txt", "text/plain", "x".getBytes()))
                        .param("summary", "摘要").with(csrf()).with(TestActors.as(expert())))
                .andExpect(status().isConflict());
        org.assertj.core.api.Assertions.assertThat(jdbc.sql("SELECT status FROM exp_dispatch WHERE id = :id").param("id", mine)
                .query(String.class).single()).isEqualTo("APPROVED");
    }

    @Test
    @DisplayName("EXP-09 / EXP-16 the unit's pages: list (no raw codes), export, detail with the approval, the form's errors inline, the budget page")
    void unitPages() throws Exception {
        TestActor officer = as("zz_officer");
        mvc.perform(get("/experts/dispatches").with(TestActors.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("煤矿通风系统隐患排查技术支撑")))
                .andExpect(content().string(not(containsString(">APPROVED<"))));
        mvc.perform(get("/experts/dispatches").param("status", "nonsense").with(TestActors.as(officer))).andExpect(status().isBadRequest());
        mvc.perform(get("/experts/dispatches/export").param("sort", "bogus,asc").with(TestActors.as(officer))).andExpect(status().isBadRequest());
        var rows = cn.anjian.ExportDownloads.rows(mvc, get("/api/v1/experts/dispatches/export").with(TestActors.as(officer)));
        org.assertj.core.api.Assertions.assertThat(rows).isNotEmpty();
        long done = jdbc.sql("SELECT id FROM exp_dispatch WHERE task = '煤矿通风系统隐患排查技术支撑'").query(Long.class).single();
        mvc.perform(get("/experts/dispatches/" + done).with(TestActors.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("分管领导审签")))
                .andExpect(content().string(containsString("已报销")))
                .andExpect(content().string(containsString("优秀")));
        mvc.perform(get("/experts/dispatches/new").with(TestActors.as(officer))).andExpect(status().isOk());
        mvc.perform(post("/experts/dispatches").param("source", "MANUAL").param("task", "").param("taskStart", "2026-02-30")
                        .with(csrf()).with(TestActors.as(officer)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写任务名称")))
                .andExpect(content().string(containsString("请填写任务内容")));
        mvc.perform(post("/experts/dispatches").param("source", "MANUAL").param("expertId", "" + jdbc.sql(
                                "SELECT id FROM exp_expert WHERE status = 'ACTIVE' ORDER BY id DESC LIMIT 1").query(Long.class).single())
                        .param("task", "超预算").param("content", "内容").param("place", "泽州县")
                        .param("taskStart", "2039-01-05").param("taskEnd", "2039-01-06").param("paid", "true").param("fee", "100")
                        .with(csrf()).with(TestActors.as(officer)))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("2039 年度专家工作经费预算")));
        mvc.perform(get("/experts/budgets").with(TestActors.as(officer))).andExpect(status().isOk())
                .andExpect(content().string(containsString("50,000.00")));
        mvc.perform(get("/experts/dismissals").with(TestActors.as(officer))).andExpect(status().isOk());
        mvc.perform(get("/experts/fixed").with(TestActors.as(officer))).andExpect(status().isOk());
        mvc.perform(get("/experts/use-applications").with(TestActors.as(officer))).andExpect(status().isOk());
        mvc.perform(get("/experts/dispatches/candidates").param("q", "王").with(TestActors.as(officer))).andExpect(status().isOk());
    }

    @Test
    @DisplayName("ORG-03 another county's user gets 404 for a Zezhou dispatch")
    void otherCounty() throws Exception {
        long done = jdbc.sql("SELECT id FROM exp_dispatch WHERE task = '煤矿通风系统隐患排查技术支撑'").query(Long.class).single();
        mvc.perform(get("/experts/dispatches/" + done).with(TestActors.as(as("sc_officer")))).andExpect(status().isNotFound());
    }
}
