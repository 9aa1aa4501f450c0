package cn.anjian.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 12 defect 8: pages show the person who acted, never the login name. */
@IntegrationTest
class PeopleNamesTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PeopleNames people;

    record Opened(long id, String openedBy, String scopePath) {
    }

    @Test
    @DisplayName("Issue 12 defect 8: a login name reads as the person's display name; the system as 系统")
    void resolves() {
        String name = jdbc.sql("select display_name from iam_user_view where username = 'zz_officer'").query(String.class).single();
        assertThat(people.name("zz_officer")).isEqualTo(name);
        assertThat(people.name("system")).isEqualTo("系统");
        assertThat(people.name(null)).isEqualTo("—");
        assertThat(people.name("张伟")).isEqualTo("张伟");
        assertThat(people.name("no_such_login")).isEqualTo("未登记的账户"); // never a login name on a page
    }

    @Test
    @DisplayName("Issue 12 defect 8: the case page says who opened the case by name, not by login name")
    void casePageNamesTheOpener() throws Exception {
        Opened c = jdbc.sql("select id, opened_by, scope_path from enf_case where opened_by like 'zz\\_%' order by id limit 1")
                .query(Opened.class).single();
        String name = people.name(c.openedBy());
        assertThat(name).isNotEqualTo(c.openedBy());
        var viewer = TestActors.actor("names_viewer", 1, c.scopePath(), "case:read", "home:view", "record:read", "file:read");
        mvc.perform(get("/cases/" + c.id()).with(TestActors.as(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(name)))
                .andExpect(content().string(not(containsString(" " + c.openedBy() + "<"))));
    }
}
