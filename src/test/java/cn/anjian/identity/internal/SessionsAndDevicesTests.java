package cn.anjian.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Issue 13 (MLPS 2.0 level 3): one concurrent session per administrator, and the "会话与设备" page. */
class SessionsAndDevicesTests extends IdentityTestSupport {

    static final String CHROME = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36";
    static final String IPHONE = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.0 Mobile/15E148 Safari/604.1";

    @Autowired
    SecondFactorService factors;
    @Autowired
    ApiTokenService tokens;

    long user(String role) {
        var j = fx.jurisdiction("会话设备市", null);
        long agency = fx.agency(j, "会话设备局");
        return fx.user(IdentityFixtures.unique("dev"), agency, false, role);
    }

    String name(long id) {
        return jdbc.sql("select username from iam_user where id = :id").param("id", id).query(String.class).single();
    }

    /** A complete sign-in (with the second step for an enrolled user); the session cookie. */
    Cookie signIn(long id, String agent) throws Exception {
        var login = mvc.perform(post("/login").with(csrf()).header("User-Agent", agent).param("username", name(id))
                .param("password", IdentityFixtures.PASSWORD)).andExpect(status().isFound()).andReturn();
        Cookie session = login.getResponse().getCookie("SESSION");
        if ("/login/code".equals(login.getResponse().getRedirectedUrl())) {
            jdbc.sql("update iam_second_factor set last_step = null where user_id = :u").param("u", id).update();
            var done = mvc.perform(post("/login/code").cookie(session).with(csrf()).header("User-Agent", agent)
                            .param("code", Totp.codeAt(SecondFactorTests.SECRET, Totp.step(clock.instant()))))
                    .andExpect(status().isFound()).andExpect(redirectedUrl("/")).andReturn();
            session = done.getResponse().getCookie("SESSION");
        }
        return session;
    }

    static String handle(Cookie session) {
        return UserSessions.handle(new String(Base64.getDecoder().decode(session.getValue()), StandardCharsets.UTF_8));
    }

    boolean alive(Cookie session) throws Exception {
        return mvc.perform(get("/account/password").cookie(session)).andReturn().getResponse().getStatus() == 200;
    }

    @Test
    @DisplayName("MLPS one concurrent session per administrator: a new sign-in ends the older session (audited); other users keep several")
    void oneSessionPerAdministrator() throws Exception {
        long admin = user("AUDIT_ADMIN");
        factors.enrolKnown(name(admin), SecondFactorTests.SECRET);
        Cookie first = signIn(admin, CHROME);
        assertThat(alive(first)).isTrue();
        long replaced = auditCount("iam.session.replaced");
        Cookie second = signIn(admin, IPHONE);
        assertThat(alive(second)).isTrue();
        assertThat(alive(first)).as("the older administrator session ended").isFalse();
        assertThat(auditCount("iam.session.replaced")).isEqualTo(replaced + 1);

        long officer = user("OFFICER");
        Cookie a = signIn(officer, CHROME);
        Cookie b = signIn(officer, IPHONE);
        assertThat(alive(a)).isTrue();
        assertThat(alive(b)).isTrue();
        assertThat(auditCount("iam.session.replaced")).isEqualTo(replaced + 1);
    }

    @Test
    @DisplayName("MLPS 会话与设备: the user's sessions (browser, address, times) and API tokens are listed; one other session, all others and a token are ended (audited); others' ids are 404; the current one is not ended here")
    void sessionsPage() throws Exception {
        long id = user("OFFICER");
        Cookie phone = signIn(id, IPHONE);
        Cookie laptop = signIn(id, CHROME);
        Cookie third = signIn(id, CHROME);
        tokens.issue(fx.principal(id), "10.1.2.3", "okhttp/4.12");

        String page = mvc.perform(get("/account/sessions").cookie(laptop)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("Chrome（Windows）").contains("Safari（iOS）").contains("当前会话").contains("手机应用")
                .contains("10.1.2.3").doesNotContain(phone.getValue()).doesNotContain(name(id));

        long ended = auditCount("iam.session.ended");
        mvc.perform(post("/account/sessions/" + handle(phone) + "/end").cookie(laptop).with(csrf()))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/account/sessions"));
        assertThat(alive(phone)).isFalse();
        assertThat(alive(third)).isTrue();
        assertThat(auditCount("iam.session.ended")).isEqualTo(ended + 1);

        // the current session is ended with 退出, not here; an unknown or another user's session is 404
        mvc.perform(post("/account/sessions/" + handle(laptop) + "/end").cookie(laptop).with(csrf()))
                .andExpect(status().isFound());
        assertThat(alive(laptop)).isTrue();
        long other = user("OFFICER");
        Cookie foreign = signIn(other, CHROME);
        mvc.perform(post("/account/sessions/" + handle(foreign) + "/end").cookie(laptop).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(post("/account/sessions/not-a-handle/end").cookie(laptop).with(csrf())).andExpect(status().isNotFound());
        assertThat(alive(foreign)).isTrue();

        mvc.perform(post("/account/sessions/end-others").cookie(laptop).with(csrf())).andExpect(status().isFound());
        assertThat(alive(third)).isFalse();
        assertThat(alive(laptop)).isTrue();

        long token = jdbc.sql("select id from iam_api_token where user_id = :u").param("u", id).query(Long.class).single();
        long otherToken = jdbc.sql("insert into iam_api_token (user_id, token_hash, created_at, expires_at) values (:u, :h, now(), now() + interval '1 hour') returning id")
                .param("u", other).param("h", IdentityFixtures.unique("h").repeat(8).substring(0, 64)).query(Long.class).single();
        mvc.perform(post("/account/tokens/" + otherToken + "/revoke").cookie(laptop).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(post("/account/tokens/" + token + "/revoke").cookie(laptop).with(csrf())).andExpect(status().isFound());
        assertThat(count("select count(*) from iam_api_token where revoked_at is null and id in (" + token + "," + otherToken + ")"))
                .isEqualTo(1);
        mvc.perform(get("/account/sessions").cookie(laptop)).andExpect(status().isOk())
                .andExpect(content().string(containsString("没有有效的访问令牌")));
    }
}
