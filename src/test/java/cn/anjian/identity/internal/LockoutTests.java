package cn.anjian.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.hamcrest.Matchers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

class LockoutTests extends IdentityTestSupport {

    @Autowired
    LoginService logins;

    private String newUser(boolean mustChange) {
        var j = fx.jurisdiction("锁定市", null);
        long agency = fx.agency(j, "锁定局");
        String name = IdentityFixtures.unique("lock");
        fx.user(name, agency, mustChange, "OFFICER");
        return name;
    }

    private MvcResult formLogin(String name, String password) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", name).param("password", password)).andReturn();
    }

    private String loginMessage(MvcResult result) throws Exception {
        var session = result.getResponse().getCookie("SESSION");
        assertThat(session).as("the failure is kept in the session").isNotNull();
        return mvc.perform(get("/login").param("error", "").cookie(session)).andReturn().getResponse().getContentAsString();
    }

    @Test
    @DisplayName("IAM-03 / issue 12 defect 10: 5 wrong passwords lock the account (one message, user name kept); the 6th attempt with the right password is refused until 15 minutes pass")
    void lockAfterFiveFailures() throws Exception {
        String name = newUser(false);
        for (int i = 1; i <= 4; i++) {
            MvcResult r = formLogin(name, "Wrong-Pass" + i);
            assertThat(r.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
            assertThat(loginMessage(r)).contains(LoginService.MESSAGE).doesNotContain("再错").contains("value=\"" + name + "\"");
        }
        assertThat(auditCount("iam.account.locked")).isZero();
        MvcResult fifth = formLogin(name, "Wrong-Pass5");
        assertThat(loginMessage(fifth)).contains(LoginService.MESSAGE).doesNotContain("锁定至");
        assertThat(auditCount("iam.account.locked")).isEqualTo(1);
        assertThat(auditCount("iam.login.failed")).isEqualTo(5);

        // 6th attempt, right password: refused with the unlock time
        MvcResult sixth = formLogin(name, IdentityFixtures.PASSWORD);
        assertThat(sixth.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        // the same message as for an unknown user (issue 12 defect 10), but the lock holds
        assertThat(loginMessage(sixth)).contains(LoginService.MESSAGE);

        clock.advance(Duration.ofMinutes(14).plusSeconds(59));
        assertThat(formLogin(name, IdentityFixtures.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/login?error");

        clock.advance(Duration.ofSeconds(2));
        MvcResult ok = formLogin(name, IdentityFixtures.PASSWORD);
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(auditCount("iam.account.unlocked")).isEqualTo(1);
        assertThat(auditCount("iam.login.succeeded")).isEqualTo(1);
        assertThat(jdbc.sql("select failed_logins from iam_user where username = :u").param("u", name).query(Integer.class).single()).isZero();
    }

    @Test
    @DisplayName("IAM-03 a successful login resets the failure counter")
    void successResets() throws Exception {
        String name = newUser(false);
        for (int i = 0; i < 4; i++) {
            formLogin(name, "Wrong-Pass" + i);
        }
        assertThat(formLogin(name, IdentityFixtures.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
        for (int i = 0; i < 4; i++) {
            formLogin(name, "Wrong-Pass" + i);
        }
        assertThat(formLogin(name, IdentityFixtures.PASSWORD).getResponse().getRedirectedUrl()).isEqualTo("/");
    }

    @Test
    @DisplayName("IAM-03 lockout applies to the token endpoint as well")
    void lockoutThroughTokenEndpoint() throws Exception {
        String name = newUser(false);
        for (int i = 1; i <= 5; i++) {
            mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                            .content("{\"username\":\"" + name + "\",\"password\":\"Wrong-" + i + "x\"}"))
                    .andExpect(status().isUnauthorized());
        }
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name + "\",\"password\":\"" + IdentityFixtures.PASSWORD + "\"}"))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value(LoginService.BAD_CREDENTIALS))
                .andExpect(jsonPath("$.detail").value(LoginService.MESSAGE));
        assertThat(count("select count(*) from iam_api_token t join iam_user u on u.id = t.user_id where u.username = '" + name + "'")).isZero();
        clock.advance(Duration.ofMinutes(15).plusSeconds(1));
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name + "\",\"password\":\"" + IdentityFixtures.PASSWORD + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.token").isNotEmpty());
    }

    @Test
    @DisplayName("IAM-03 concurrent wrong passwords are all counted and the lock is announced once")
    void concurrentFailures() throws Exception {
        String name = newUser(false);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<LoginService.Outcome>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                attempts.add(() -> logins.login(name, "Wrong-Pass!", "test"));
            }
            pool.invokeAll(attempts);
        } finally {
            pool.shutdown();
        }
        int failures = jdbc.sql("select failed_logins from iam_user where username = :u").param("u", name).query(Integer.class).single();
        // every attempt that reached the password check was counted; the rest were refused as locked
        assertThat(failures).isBetween(5, 8);
        assertThat(jdbc.sql("select locked_until is not null from iam_user where username = :u").param("u", name)
                .query(Boolean.class).single()).isTrue();
        assertThat(logins.login(name, IdentityFixtures.PASSWORD, "test")).isInstanceOf(LoginService.Failure.class);
    }

    @Test
    @DisplayName("IAM-03 / issue 12 defect 10: an unknown user, a wrong password, a disabled user and an empty password get the same message")
    void unknownAndDisabled() throws Exception {
        assertThat(logins.login("no-such-user-x", "Whatever-1", "test")).isEqualTo(
                new LoginService.Failure(LoginService.BAD_CREDENTIALS, LoginService.MESSAGE));
        assertThat(logins.login("x".repeat(10_000), "Whatever-1", "test")).isInstanceOf(LoginService.Failure.class);
        String name = newUser(false);
        jdbc.sql("update iam_user set enabled = false where username = :u").param("u", name).update();
        assertThat(logins.login(name, IdentityFixtures.PASSWORD, "test")).isEqualTo(
                new LoginService.Failure(LoginService.DISABLED, LoginService.MESSAGE));
        assertThat(logins.login(newUser(false), "Wrong-Pass!", "test")).extracting(o -> ((LoginService.Failure) o).message())
                .isEqualTo(LoginService.MESSAGE);
        mvc.perform(post("/login").with(csrf()).param("username", "").param("password", ""))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    @DisplayName("IAM-03 the administrator unlocks a locked account (audited)")
    void adminUnlock() throws Exception {
        var j = fx.jurisdiction("解锁市", null);
        long agency = fx.agency(j, "解锁局");
        long admin = fx.user(IdentityFixtures.unique("sys"), agency, false, "SYS_ADMIN");
        String name = IdentityFixtures.unique("locked");
        long id = fx.user(name, agency, false, "OFFICER");
        for (int i = 0; i < 5; i++) {
            logins.login(name, "Wrong-Pass!" + i, "test");
        }
        mvc.perform(get("/admin/users/" + id).with(fx.as(admin))).andExpect(status().isOk())
                .andExpect(content().string(Matchers.containsString("已锁定至")));
        long before = auditCount("iam.account.unlocked");
        mvc.perform(post("/admin/users/" + id + "/unlock").with(fx.as(admin)).with(csrf())).andExpect(status().isFound());
        assertThat(auditCount("iam.account.unlocked")).isEqualTo(before + 1);
        assertThat(logins.login(name, IdentityFixtures.PASSWORD, "test")).isInstanceOf(LoginService.Success.class);
    }
}
