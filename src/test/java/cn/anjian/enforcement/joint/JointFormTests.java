package cn.anjian.enforcement.joint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** The new joint operation page's @Valid form: every field error at once, inline, the input kept, nothing stored. */
@IntegrationTest
class JointFormTests {

    @Autowired ActingUsers users;
    @Autowired JointOperations operations;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    Actor head;
    TestActor web;

    @BeforeEach
    void setUp() {
        head = users.actor("zz_unithead").orElseThrow();
        web = new TestActor(head.userId(), head.username(), head.displayName(), head.agencyId(), head.agencyName(),
                head.unitId(), head.jurisdictionId(), head.scope(), Set.of("case:read", "plan:manage", "case:manage"));
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM enf_joint_operation").query(Long.class).single();
    }

    @Test
    @DisplayName("no plan number and 2026-02-30 as start → 400, both inline, the title, the ticked agency and the outside departments kept")
    void twoErrorsAtOnce() throws Exception {
        long before = count();
        long agency = operations.candidateAgencies(head).get(0).id();
        mvc.perform(post("/joint-operations").with(TestActors.as(web)).with(csrf()).param("title", "保留的行动名称")
                        .param("planTitle", "联合执法检查方案").param("planNumber", "").param("planDate", "2026-03-01")
                        .param("startDate", "2026-02-30").param("endDate", "2026-03-30").param("agencyIds", String.valueOf(agency))
                        .param("external", "保留的外部门"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("请更正标出的 2 处填写内容"),
                        containsString("invalid-feedback d-block\">请填写此项</div>"),
                        containsString("invalid-feedback d-block\">须为有效日期（格式 YYYY-MM-DD）</div>"),
                        containsString("value=\"保留的行动名称\""), containsString("保留的外部门"),
                        containsString("value=\"" + agency + "\" checked=\"checked\""))));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @DisplayName("the domain's period rule (end before start) shows next to the end date")
    void domainRefusalInline() throws Exception {
        long before = count();
        mvc.perform(post("/joint-operations").with(TestActors.as(web)).with(csrf()).param("title", "日期颠倒的行动")
                        .param("planTitle", "方案").param("planNumber", "1号").param("planDate", "2026-03-01")
                        .param("startDate", "2026-03-10").param("endDate", "2026-03-02").param("external", "泽州县公安局"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("invalid-feedback d-block\">结束日期不能早于开始日期")));
        assertThat(count()).isEqualTo(before);
    }
}
