package cn.anjian.notifications.centre;

import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.kernel.Scope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
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
class NotificationWebTests {

    @Autowired
    MockMvc mvc;
    @Autowired
    NotificationStore store;

    static TestActor person() {
        long id = 7_000_000_000L + ThreadLocalRandom.current().nextLong(1_000_000_000);
        return new TestActor(id, "p" + id, "测试人员", 1, "测试机构", null, 1, new Scope("/1/"), Set.of("home:view"));
    }

    long add(TestActor a, NotificationKind kind, String title, String link) {
        store.add(a.userId(), kind, title, link, "web:" + title);
        return store.list(a.userId(), null, null, NotificationStore.SORT.defaults(), 0, 20).items().stream().filter(n -> n.title().equals(title))
                .findFirst().orElseThrow().id();
    }

    @Test
    @DisplayName("the message centre lists the person's notifications newest first with labels, filters by kind and read state; the layout loads the badge")
    void centrePage() throws Exception {
        TestActor a = person();
        add(a, NotificationKind.ASSIGNMENT, "您已被编入案件执法组：某煤矿案", "/cases/1");
        add(a, NotificationKind.OVERDUE, "期限已逾期：某期限", "/calendar/deadlines");

        mvc.perform(get("/notifications").with(TestActors.as(a)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("消息中心")))
                .andExpect(content().string(containsString("某煤矿案")))
                .andExpect(content().string(containsString("任务分派")))
                .andExpect(content().string(containsString("hx-get=\"/notifications/badge\"")))
                .andExpect(content().string(not(containsString(">ASSIGNMENT"))));
        mvc.perform(get("/notifications").param("kind", "overdue").with(TestActors.as(a)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("某期限")))
                .andExpect(content().string(not(containsString("某煤矿案"))));
        mvc.perform(get("/notifications").param("read", "read").with(TestActors.as(a)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("没有消息")));
        mvc.perform(get("/notifications").param("kind", "nonsense").with(TestActors.as(a)))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("任务分派")))
                .andExpect(content().string(containsString("不是可选值")))
                .andExpect(content().string(not(containsString(">ASSIGNMENT"))));
    }

    @Test
    @DisplayName("the badge shows the unread count and the home panel the latest unread; opening one marks it read and goes to its subject")
    void badgeAndPanel() throws Exception {
        TestActor a = person();
        long id = add(a, NotificationKind.ASSIGNMENT, "您已被编入案件执法组：徽章测试", "/cases/7");

        mvc.perform(get("/notifications/badge").with(TestActors.as(a)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"notification-unread\"")))
                .andExpect(content().string(containsString(">1<")));
        mvc.perform(get("/notifications/panel").with(TestActors.as(a)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("徽章测试")));
        mvc.perform(get("/").with(TestActors.as(a)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("hx-get=\"/notifications/panel\"")));

        mvc.perform(post("/notifications/{id}/open", id).with(csrf()).with(TestActors.as(a)))
                .andExpect(redirectedUrl("/cases/7"));
        assertThat(store.unreadCount(a.userId())).isZero();
        mvc.perform(get("/notifications/badge").with(TestActors.as(a)))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("notification-unread"))));
    }

    @Test
    @DisplayName("API: the person's notifications paged; read and read-all; another person's id answers 404 and stays unread")
    void api() throws Exception {
        TestActor a = person();
        TestActor b = person();
        long mine = add(a, NotificationKind.DUE_SOON, "期限将至：接口测试", "/calendar/deadlines");
        long theirs = add(b, NotificationKind.DUE_SOON, "期限将至：别人的", "/calendar/deadlines");
        add(a, NotificationKind.OVERDUE, "期限已逾期：接口测试二", "/calendar/deadlines");

        mvc.perform(get("/api/v1/notifications").with(TestActors.as(a)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2))
                .andExpect(jsonPath("$.unread").value(2))
                .andExpect(jsonPath("$.items[0].title").value("期限已逾期：接口测试二"))
                .andExpect(content().string(not(containsString("别人的"))));

        mvc.perform(post("/api/v1/notifications/{id}/read", theirs).with(csrf()).with(TestActors.as(a)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/{id}/read", theirs).with(csrf()).with(TestActors.as(a)))
                .andExpect(status().isNotFound());
        assertThat(store.unreadCount(b.userId())).isEqualTo(1);

        mvc.perform(post("/api/v1/notifications/{id}/read", mine).with(csrf()).with(TestActors.as(a)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.read").value(true));
        mvc.perform(get("/api/v1/notifications").param("read", "unread").with(TestActors.as(a)))
                .andExpect(jsonPath("$.total").value(1));
        mvc.perform(post("/api/v1/notifications/read-all").with(csrf()).with(TestActors.as(a)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.marked").value(1));
        assertThat(store.unreadCount(a.userId())).isZero();
        assertThat(store.unreadCount(b.userId())).isEqualTo(1);
        mvc.perform(get("/api/v1/notifications").param("kind", "x").with(TestActors.as(a)))
                .andExpect(status().isBadRequest());
    }
}
