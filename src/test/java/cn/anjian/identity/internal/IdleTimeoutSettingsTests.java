package cn.anjian.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;

import cn.anjian.settings.SettingsTestSupport;
import cn.anjian.settings.internal.SettingStore;
import cn.anjian.settings.internal.SettingsAdministration;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** IAM-04's idle timeout is a setting: every session takes the value in force on the day of its request. */
class IdleTimeoutSettingsTests extends IdentityTestSupport {

    @Autowired
    SettingsAdministration admin;
    @Autowired
    SettingStore store;

    @AfterEach
    void cleanUp() {
        SettingsTestSupport.reset(jdbc, store, IdentitySettings.IDLE_TIMEOUT);
    }

    private String newUser() {
        var j = fx.jurisdiction("空闲超时市", null);
        String name = IdentityFixtures.unique("idle");
        fx.user(name, fx.agency(j, "空闲超时局"), false, "OFFICER");
        return name;
    }

    private Cookie login(String name) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", name).param("password", IdentityFixtures.PASSWORD))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }

    /** The stored max inactive interval of the user's newest session, in seconds. */
    private int maxInactive(String name) {
        return jdbc.sql("select max_inactive_interval from spring_session where principal_name = :u order by creation_time desc limit 1")
                .param("u", name).query(Integer.class).single();
    }

    /** Spring Session compares with the wall clock: age the row instead of sleeping. */
    private void idle(String name, Duration d) {
        jdbc.sql("update spring_session set last_access_time = last_access_time - :d, expiry_time = expiry_time - :d where principal_name = :u")
                .param("d", d.toMillis()).param("u", name).update();
    }

    @Test
    @DisplayName("IAM-04 a shorter idle timeout (10 minutes) reaches a live session at its first request on the effective date; the day before 30 minutes hold; new logins get it at once")
    void idleTimeoutFromItsDate() throws Exception {
        LocalDate tomorrow = LocalDate.now(clock).plusDays(1);
        SettingsTestSupport.schedule(admin, IdentitySettings.IDLE_TIMEOUT, "10", tomorrow);
        String name = newUser();
        Cookie session = login(name);
        assertThat(maxInactive(name)).isEqualTo(30 * 60);
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
        assertThat(maxInactive(name)).as("the day before the new value").isEqualTo(30 * 60);

        clock.set(tomorrow.atTime(9, 0));
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk());
        assertThat(maxInactive(name)).as("from its effective date").isEqualTo(10 * 60);
        idle(name, Duration.ofMinutes(11));
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));

        Cookie again = login(name);
        assertThat(again).isNotNull();
        assertThat(maxInactive(name)).as("a new login").isEqualTo(10 * 60);
        idle(name, Duration.ofMinutes(9));
        mvc.perform(get("/account/password").cookie(again)).andExpect(status().isOk());
    }
}
