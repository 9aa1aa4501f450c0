package cn.anjian.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;

import cn.anjian.kernel.BusinessException;
import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** Issue 13 (MLPS 2.0 level 3 identification): password expiry and reuse history. */
class PasswordAgeTests extends IdentityTestSupport {

    static final LocalDateTime CHANGED = LocalDateTime.of(2026, 3, 2, 23, 30);

    long userChangedOn(LocalDateTime when) {
        clock.set(when);
        var j = fx.jurisdiction("口令市", null);
        long agency = fx.agency(j, "口令局");
        return fx.user(IdentityFixtures.unique("age"), agency, false, "OFFICER");
    }

    String name(long id) {
        return jdbc.sql("select username from iam_user where id = :id").param("id", id).query(String.class).single();
    }

    Cookie login(long id) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", name(id)).param("password", IdentityFixtures.PASSWORD))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
    }

    @Test
    @DisplayName("MLPS password expiry (identity.password-max-age-days, 90): day 89 signs in normally; days 90 and 91 are sent to the change-password page first (audited)")
    void expiryBoundary() throws Exception {
        long day89 = userChangedOn(CHANGED);
        long day90 = userChangedOn(CHANGED);
        long day91 = userChangedOn(CHANGED);
        long expiries = auditCount("iam.account.password-expired");

        clock.set(CHANGED.plusDays(89).withHour(23).withMinute(59));
        Cookie fresh = login(day89);
        mvc.perform(get("/org/divisions").cookie(fresh)).andExpect(status().isOk());

        clock.set(CHANGED.plusDays(90).withHour(0).withMinute(1));
        Cookie expired = login(day90);
        mvc.perform(get("/org/divisions").cookie(expired)).andExpect(status().isFound()).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").cookie(expired)).andExpect(status().isOk());

        clock.set(CHANGED.plusDays(91));
        Cookie older = login(day91);
        mvc.perform(get("/org/divisions").cookie(older)).andExpect(status().isFound()).andExpect(redirectedUrl("/account/password"));
        assertThat(auditCount("iam.account.password-expired")).isEqualTo(expiries + 2);
        assertThat(count("select count(*) from iam_user where must_change_password and id in (" + day90 + "," + day91 + ")")).isEqualTo(2);

        // a new password starts a new period
        mvc.perform(post("/account/password").cookie(older).with(csrf()).param("currentPassword", IdentityFixtures.PASSWORD)
                        .param("newPassword", "Fresh-Pass91").param("confirmPassword", "Fresh-Pass91"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"));
        mvc.perform(get("/org/divisions").cookie(older)).andExpect(status().isOk());
    }

    @Test
    @DisplayName("MLPS reuse history: the 5th previous password is refused (IAM-PASSWORD-REUSED), the 6th is accepted again")
    void reuseHistory() {
        long id = userChangedOn(LocalDateTime.now());
        String[] p = {IdentityFixtures.PASSWORD, "Second-Pass2", "Third-Pass3", "Fourth-Pass4", "Fifth-Pass5", "Sixth-Pass6", "Seventh-Pass7"};
        for (int i = 1; i < p.length; i++) {
            users.changeOwnPassword(id, p[i - 1], p[i], null, null);
        }
        // current p[6]; previous: p[5] (1st) … p[1] (5th), p[0] (6th)
        assertThatThrownBy(() -> users.changeOwnPassword(id, p[6], p[1], null, null))
                .isInstanceOf(BusinessException.class)
                .satisfies(e -> assertThat(((BusinessException) e).code()).isEqualTo("IAM-PASSWORD-REUSED"))
                .hasMessageContaining("最近 5 次");
        assertThatThrownBy(() -> users.changeOwnPassword(id, p[6], p[5], null, null)).isInstanceOf(BusinessException.class);
        assertThat(count("select count(*) from iam_password_history where user_id = " + id)).isEqualTo(5);
        users.changeOwnPassword(id, p[6], p[0], null, null);
    }

    @Test
    @DisplayName("MLPS reuse history: the API and the page refuse a reused password with a clear message, nothing changed")
    void reuseRefusedOnApiAndPage() throws Exception {
        long id = userChangedOn(LocalDateTime.now());
        users.changeOwnPassword(id, IdentityFixtures.PASSWORD, "Second-Pass2", null, null);
        String hash = jdbc.sql("select password_hash from iam_user where id = :id").param("id", id).query(String.class).single();
        mvc.perform(put("/api/v1/auth/password").with(fx.as(id)).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"Second-Pass2\",\"newPassword\":\"" + IdentityFixtures.PASSWORD + "\"}"))
                .andExpect(status().isUnprocessableEntity()).andExpect(jsonPath("$.code").value("IAM-PASSWORD-REUSED"));
        mvc.perform(post("/account/password").with(fx.as(id)).with(csrf()).param("currentPassword", "Second-Pass2")
                        .param("newPassword", IdentityFixtures.PASSWORD).param("confirmPassword", IdentityFixtures.PASSWORD))
                .andExpect(status().isUnprocessableEntity())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("新密码不能与最近 5 次使用过的密码相同")));
        assertThat(jdbc.sql("select password_hash from iam_user where id = :id").param("id", id).query(String.class).single())
                .isEqualTo(hash);
    }
}
