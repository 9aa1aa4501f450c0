package cn.anjian.enforcement.draws;

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

/** The new-draw page's @Valid form: every field error at once, inline, the input kept, nothing drawn. */
@IntegrationTest
class DrawFormTests {

    @Autowired ActingUsers users;
    @Autowired JdbcClient jdbc;
    @Autowired MockMvc mvc;

    TestActor web;

    @BeforeEach
    void setUp() {
        Actor head = users.actor("zz_unithead").orElseThrow();
        web = new TestActor(head.userId(), head.username(), head.displayName(), head.agencyId(), head.agencyName(),
                head.unitId(), head.jurisdictionId(), head.scope(), Set.of("case:read", "plan:manage", "case:manage"));
    }

    long draws() {
        return jdbc.sql("SELECT count(*) FROM enf_draw").query(Long.class).single();
    }

    @Test
    @DisplayName("no title and a word for the count → 400, both errors next to their fields, input kept, nothing drawn")
    void twoErrorsAtOnce() throws Exception {
        long before = draws();
        mvc.perform(post("/plans/draws").with(TestActors.as(web)).with(csrf()).param("title", " ").param("mode", "count")
                        .param("amount", "三家").param("officersPerTarget", "3").param("industry", "COAL_MINE"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"form-refusal\""), containsString("请更正标出的 2 处填写内容"),
                        containsString("invalid-feedback d-block\">请填写此项</div>"),
                        containsString("invalid-feedback d-block\">须为整数</div>"), containsString("value=\"三家\""),
                        containsString("value=\"3\""), containsString("value=\"COAL_MINE\" selected=\"selected\""))));
        assertThat(draws()).isEqualTo(before);
    }

    @Test
    @DisplayName("the domain's team size (2 to 5 officers) shows next to its field, the title kept")
    void domainRefusalInline() throws Exception {
        long before = draws();
        mvc.perform(post("/plans/draws").with(TestActors.as(web)).with(csrf()).param("title", "保留的抽查任务").param("mode", "count")
                        .param("amount", "2").param("officersPerTarget", "1"))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("invalid-feedback d-block\">每个检查对象须匹配 2 至 5 名执法人员"),
                        containsString("value=\"保留的抽查任务\""))));
        assertThat(draws()).isEqualTo(before);
    }
}
