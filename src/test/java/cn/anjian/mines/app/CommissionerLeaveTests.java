package cn.anjian.mines.app;

import java.time.LocalDate;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.identity.UserAdministration;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.mines.registry.MineRegistry;
import cn.anjian.personnel.PersonAccounts;
import cn.anjian.personnel.People;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.FlowView;
import cn.anjian.workflow.Workflows;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

/** MW-11 (art. 20): a commissioner's leave, approved by the department on workflow; remote supervision continues. */
@IntegrationTest
class CommissionerLeaveTests {

    @Autowired Leaves leaves;
    @Autowired Workflows workflows;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;
    @Autowired Clock clock;
    @Autowired ActingUsers users;
    @Autowired UserAdministration accountsAdmin;
    @Autowired People people;
    @Autowired PersonAccounts accounts;
    @Autowired MineRegistry registry;

    CommissionerFixture fixture;
    CommissionerFixture.Made me;
    long substitute;
    LocalDate today;

    @BeforeEach
    void setUp() {
        fixture = new CommissionerFixture(users, accountsAdmin, people, accounts, registry);
        me = fixture.withAccount("请假测试专员" + CommissionerFixture.SEQ.incrementAndGet());
        substitute = fixture.commissioner("代岗测试专员" + CommissionerFixture.SEQ.incrementAndGet());
        today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
    }

    private long flowOf(long leaveId) {
        return jdbc.sql("SELECT flow_id FROM mine_leave WHERE id = :id").param("id", leaveId).query(Long.class).single();
    }

    private String leaveStatus(long leaveId) {
        return jdbc.sql("SELECT status FROM mine_leave WHERE id = :id").param("id", leaveId).query(String.class).single();
    }

    @Test
    @DisplayName("MW-11 the department approves a leave on workflow; the commissioner cannot decide his own; during it the app says remote supervision continues")
    void approvedOnWorkflow() throws Exception {
        long id = leaves.request(me.actor(), new Leaves.LeaveRequest(today, today.plusDays(2), "家中有事", substitute));
        assertThat(leaveStatus(id)).isEqualTo("REQUESTED");
        FlowId flow = new FlowId(flowOf(id));
        FlowView view = workflows.find(flow).orElseThrow();
        assertThat(view.definitionCode()).isEqualTo("mine-commissioner-leave");
        assertThat(leaves.onLeave(me.commissionerId(), today)).isEmpty();
        assertThatThrownBy(() -> workflows.decide(flow, users.actor(me.actor().username()).orElseThrow(), Decision.APPROVE, "自己批"))
                .isInstanceOf(BusinessException.class);
        assertThat(leaveStatus(id)).isEqualTo("REQUESTED");

        workflows.decide(flow, fixture.unitHead(), Decision.APPROVE, "同意，请加强远程监管");
        assertThat(leaveStatus(id)).isEqualTo("APPROVED");
        assertThat(leaves.onLeave(me.commissionerId(), today.plusDays(2))).isPresent();
        assertThat(leaves.onLeave(me.commissionerId(), today.plusDays(3))).isEmpty();
        mvc.perform(get("/m/").with(TestActors.as(me.actor())))
                .andExpect(status().isOk()).andExpect(content().string(containsString("请假期间仍需远程监管")));
        mvc.perform(get("/mines/leaves").with(TestActors.as(TestActors.actor("mcw-head", fixture.unitHead().jurisdictionId(),
                        fixture.unitHead().scope().path(), "mine:work-read"))).param("name", me.actor().displayName()))
                .andExpect(status().isOk()).andExpect(content().string(containsString(me.actor().displayName())))
                .andExpect(content().string(containsString("已批准")));
    }

    @Test
    @DisplayName("MW-11 a rejected leave is not a leave; the opinion is kept")
    void rejected() {
        long id = leaves.request(me.actor(), new Leaves.LeaveRequest(today.plusDays(1), today.plusDays(1), "外出学习", substitute));
        workflows.decide(new FlowId(flowOf(id)), fixture.unitHead(), Decision.REJECT, "近期为重点时段，暂不批准");
        assertThat(leaveStatus(id)).isEqualTo("REJECTED");
        assertThat(leaves.onLeave(me.commissionerId(), today.plusDays(1))).isEmpty();
    }

    @Test
    @DisplayName("MW-11 boundaries: today accepted, yesterday refused; end before start, 91 days, himself as substitute and an overlap refused")
    void boundaries() {
        List<Leaves.LeaveRequest> refused = List.of(
                new Leaves.LeaveRequest(today.minusDays(1), today, "补请假", substitute),
                new Leaves.LeaveRequest(today.plusDays(5), today.plusDays(4), "日期颠倒", substitute),
                new Leaves.LeaveRequest(today.plusDays(10), today.plusDays(100), "过长", substitute),
                new Leaves.LeaveRequest(today.plusDays(10), today.plusDays(11), "自己代岗", me.commissionerId()),
                new Leaves.LeaveRequest(today.plusDays(10), today.plusDays(11), " ", substitute));
        for (Leaves.LeaveRequest r : refused) {
            assertThatThrownBy(() -> leaves.request(me.actor(), r)).isInstanceOf(BusinessException.class)
                    .extracting(e -> ((BusinessException) e).code()).asString().startsWith("MW-11-");
        }
        assertThat(leaves.mine(me.actor())).isEmpty();
        leaves.request(me.actor(), new Leaves.LeaveRequest(today.plusDays(10), today.plusDays(99), "九十天", substitute));
        assertThatThrownBy(() -> leaves.request(me.actor(), new Leaves.LeaveRequest(today.plusDays(99), today.plusDays(100),
                "重叠", substitute))).isInstanceOf(BusinessException.class)
                .extracting(e -> ((BusinessException) e).code()).isEqualTo("MW-11-OVERLAP");
        assertThat(leaves.mine(me.actor())).hasSize(1);
    }

    @Test
    @DisplayName("MW-11 the leave form shows every error inline and keeps the input; another department's commissioner is no substitute")
    void leaveForm() throws Exception {
        mvc.perform(post("/m/leave").with(csrf()).with(TestActors.as(me.actor()))
                        .param("startsOn", "2026-13-01").param("endsOn", "").param("reason", "").param("substituteId", ""))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请填写结束日期")))
                .andExpect(content().string(containsString("请填写请假事由")))
                .andExpect(content().string(containsString("请选择代岗监管专员")));
        mvc.perform(post("/m/leave").with(csrf()).with(TestActors.as(me.actor()))
                        .param("startsOn", today.toString()).param("endsOn", today.toString()).param("reason", "看病")
                        .param("substituteId", "999999999"))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(content().string(containsString("代岗监管专员须为本部门在岗的其他监管专员")));
        mvc.perform(get("/m/leave").with(TestActors.as(me.actor())))
                .andExpect(status().isOk()).andExpect(content().string(not(containsString("MW-11"))));
    }
}
