package cn.anjian.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;

/** Issue 13 (MLPS 2.0 level 3 identification): two-factor sign-in with TOTP and recovery codes. */
class SecondFactorTests extends IdentityTestSupport {

    static final String SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP";

    @Autowired
    SecondFactorService factors;
    @Autowired
    ApiTokenService tokens;

    record Account(long id, String name, long agency, IdentityFixtures.Jurisdiction j) {
    }

    Account user(String... roles) {
        var j = fx.jurisdiction("双因素市", null);
        long agency = fx.agency(j, "双因素局");
        String name = IdentityFixtures.unique("mfa");
        return new Account(fx.user(name, agency, false, roles), name, agency, j);
    }

    Account enrolled(String... roles) {
        Account a = user(roles);
        factors.enrolKnown(a.name(), SECRET);
        return a;
    }

    String code(int stepsFromNow) {
        return Totp.codeAt(SECRET, Totp.step(clock.instant()) + stepsFromNow);
    }

    /** The password step; answers the session cookie (the pending sign-in). */
    Cookie password(String name, String expectedRedirect) throws Exception {
        return mvc.perform(post("/login").with(csrf()).param("username", name).param("password", IdentityFixtures.PASSWORD))
                .andExpect(status().isFound()).andExpect(redirectedUrl(expectedRedirect))
                .andReturn().getResponse().getCookie("SESSION");
    }

    MvcResult secondStep(Cookie session, String code) throws Exception {
        return mvc.perform(post("/login/code").cookie(session).with(csrf()).param("code", code)).andReturn();
    }

    int failures(long userId) {
        return jdbc.sql("select failed_logins from iam_user where id = :id").param("id", userId).query(Integer.class).single();
    }

    @Test
    @DisplayName("MLPS two-factor: after the password a user with a second factor must give the code; until then no page or API opens")
    void codeAfterPassword() throws Exception {
        Account a = enrolled("OFFICER");
        Cookie pending = password(a.name(), "/login/code");
        mvc.perform(get("/").cookie(pending)).andExpect(status().isFound()).andExpect(redirectedUrl("/login/code"));
        mvc.perform(get("/account/password").cookie(pending)).andExpect(status().isFound()).andExpect(redirectedUrl("/login/code"));
        mvc.perform(get("/api/v1/auth/me").cookie(pending)).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("IAM-MFA-PENDING"));
        mvc.perform(get("/login/code").cookie(pending)).andExpect(status().isOk()).andExpect(content().string(containsString("动态码")));
        long before = auditCount("iam.login.succeeded");

        MvcResult ok = secondStep(pending, code(0));
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/");
        Cookie full = ok.getResponse().getCookie("SESSION");
        assertThat(full).as("a new session id for the completed sign-in").isNotNull();
        assertThat(full.getValue()).isNotEqualTo(pending.getValue());
        mvc.perform(get("/account/password").cookie(full)).andExpect(status().isOk());
        assertThat(auditCount("iam.login.succeeded")).isEqualTo(before + 1);
    }

    @Test
    @DisplayName("MLPS two-factor: ±1 step is accepted, 2 steps off is refused; a code already used cannot be replayed")
    void toleranceAndReplay() throws Exception {
        Account a = enrolled("OFFICER");
        Cookie pending = password(a.name(), "/login/code");
        MvcResult tooOld = secondStep(pending, code(-2));
        assertThat(tooOld.getResponse().getStatus()).isEqualTo(400);
        assertThat(tooOld.getResponse().getContentAsString()).contains("动态码或恢复码不正确");
        assertThat(failures(a.id())).as("a wrong code counts").isEqualTo(1);
        assertThat(secondStep(pending, code(-1)).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(failures(a.id())).as("the completed sign-in resets the count").isZero();

        Cookie again = password(a.name(), "/login/code");
        MvcResult replay = secondStep(again, code(-1));
        assertThat(replay.getResponse().getStatus()).isEqualTo(400);
        assertThat(replay.getResponse().getContentAsString()).contains("已使用过");
        assertThat(secondStep(again, code(0)).getResponse().getRedirectedUrl()).isEqualTo("/");
        Cookie third = password(a.name(), "/login/code");
        assertThat(secondStep(third, code(0)).getResponse().getStatus()).as("the same step twice").isEqualTo(400);
        assertThat(secondStep(third, code(1)).getResponse().getRedirectedUrl()).as("+1 step").isEqualTo("/");
    }

    @Test
    @DisplayName("MLPS two-factor / IAM-03: wrong codes count towards the lockout; the fifth locks the account and the sign-in starts again")
    void wrongCodesLock() throws Exception {
        Account a = enrolled("OFFICER");
        Cookie pending = password(a.name(), "/login/code");
        for (int i = 1; i <= 4; i++) {
            assertThat(secondStep(pending, "000000".equals(code(0)) ? "111111" : "000000").getResponse().getStatus()).isEqualTo(400);
        }
        long locks = auditCount("iam.account.locked");
        MvcResult fifth = secondStep(pending, "000000".equals(code(0)) ? "111111" : "000000");
        assertThat(fifth.getResponse().getRedirectedUrl()).isEqualTo("/login?error");
        assertThat(auditCount("iam.account.locked")).isEqualTo(locks + 1);
        // even the right password (and code) are refused while locked
        mvc.perform(post("/login").with(csrf()).param("username", a.name()).param("password", IdentityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    @DisplayName("MLPS two-factor: enrolment under 账户 (QR as PNG from our server, the secret typed), ten recovery codes shown once and stored hashed; each recovery code signs in once (audited)")
    void enrolmentAndRecoveryCodes() throws Exception {
        Account a = user("OFFICER");
        Cookie session = password(a.name(), "/");
        String page = mvc.perform(get("/account/two-factor").cookie(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher m = Pattern.compile("id=\"mfa-secret\">([A-Z2-7 ]+)<").matcher(page);
        assertThat(m.find()).as("the secret is shown for typing").isTrue();
        String secret = m.group(1).replace(" ", "");
        assertThat(page).contains("/account/two-factor/qr.png").doesNotContain("http://").doesNotContain("https://");
        mvc.perform(get("/account/two-factor/qr.png").cookie(session)).andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.IMAGE_PNG));

        // a wrong code is refused next to its field, nothing stored
        mvc.perform(post("/account/two-factor").cookie(session).with(csrf()).param("code", "12345"))
                .andExpect(status().isBadRequest());
        assertThat(count("select count(*) from iam_second_factor where user_id = " + a.id())).isZero();

        long enrolments = auditCount("iam.mfa.enrolled");
        String codesPage = mvc.perform(post("/account/two-factor").cookie(session).with(csrf())
                        .param("code", Totp.codeAt(secret, Totp.step(clock.instant()))))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        List<String> recovery = new ArrayList<>();
        Matcher c = Pattern.compile("<li>([a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4}-[a-z0-9]{4})</li>").matcher(codesPage);
        while (c.find()) {
            recovery.add(c.group(1));
        }
        assertThat(recovery).hasSize(10).doesNotHaveDuplicates();
        assertThat(auditCount("iam.mfa.enrolled")).isEqualTo(enrolments + 1);
        List<String> stored = jdbc.sql("select code_hash from iam_recovery_code r join iam_second_factor f on f.id = r.second_factor_id where f.user_id = :u")
                .param("u", a.id()).query(String.class).list();
        assertThat(stored).hasSize(10).allMatch(h -> h.startsWith("{bcrypt}")).doesNotContainAnyElementsOf(recovery);
        String secretStored = jdbc.sql("select secret_encrypted from iam_second_factor where user_id = :u").param("u", a.id())
                .query(String.class).single();
        assertThat(secretStored).doesNotContain(secret);
        // the secret is never shown again
        assertThat(mvc.perform(get("/account/two-factor").cookie(session)).andReturn().getResponse().getContentAsString())
                .doesNotContain(m.group(1)).contains("剩余恢复码");
        mvc.perform(get("/account/two-factor/qr.png").cookie(session)).andExpect(status().isNotFound());

        long used = auditCount("iam.mfa.recovery-code-used");
        Cookie pending = password(a.name(), "/login/code");
        assertThat(secondStep(pending, recovery.get(3).toUpperCase()).getResponse().getRedirectedUrl()).isEqualTo("/");
        assertThat(auditCount("iam.mfa.recovery-code-used")).isEqualTo(used + 1);
        Cookie again = password(a.name(), "/login/code");
        assertThat(secondStep(again, recovery.get(3)).getResponse().getStatus()).as("each recovery code once").isEqualTo(400);
        assertThat(factors.status(a.id()).orElseThrow().recoveryCodesLeft()).isEqualTo(9);
    }

    @Test
    @DisplayName("MLPS two-factor: an administrator without a second factor is sent to the enrolment after the password and can do nothing else until enrolled")
    void administratorMustEnrol() throws Exception {
        Account admin = user("SYS_ADMIN");
        Cookie pending = password(admin.name(), "/account/two-factor");
        mvc.perform(get("/admin/users").cookie(pending)).andExpect(status().isFound()).andExpect(redirectedUrl("/account/two-factor"));
        mvc.perform(get("/login/code").cookie(pending)).andExpect(status().isFound()).andExpect(redirectedUrl("/account/two-factor"));
        mvc.perform(get("/api/v1/auth/me").cookie(pending)).andExpect(status().isUnauthorized());
        String page = mvc.perform(get("/account/two-factor").cookie(pending)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("管理员账户须启用双因素认证");
        Matcher m = Pattern.compile("id=\"mfa-secret\">([A-Z2-7 ]+)<").matcher(page);
        assertThat(m.find()).isTrue();
        String secret = m.group(1).replace(" ", "");
        MvcResult done = mvc.perform(post("/account/two-factor").cookie(pending).with(csrf())
                        .param("code", Totp.codeAt(secret, Totp.step(clock.instant()))))
                .andExpect(status().isOk()).andExpect(content().string(containsString("恢复码"))).andReturn();
        Cookie full = done.getResponse().getCookie("SESSION");
        assertThat(full).isNotNull();
        mvc.perform(get("/admin/users").cookie(full)).andExpect(status().isOk());
    }

    @Test
    @DisplayName("MLPS two-factor: the token endpoint needs the code (totp) of a user with a second factor; missing or wrong → 401 with a clear code, an administrator not yet enrolled → 403")
    void tokenEndpoint() throws Exception {
        Account a = enrolled("OFFICER");
        String body = "{\"username\":\"" + a.name() + "\",\"password\":\"" + IdentityFixtures.PASSWORD + "\"%s}";
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body.formatted("")))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("IAM-MFA-CODE-REQUIRED"))
                .andExpect(jsonPath("$.detail").value(containsString("totp")));
        String wrong = "000000".equals(code(0)) ? "111111" : "000000";
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(",\"totp\":\"" + wrong + "\"")))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("IAM-MFA-CODE"));
        assertThat(failures(a.id())).isEqualTo(1);
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content(body.formatted(",\"totp\":\"" + code(0) + "\"")))
                .andExpect(status().isOk()).andExpect(jsonPath("$.token").isString());

        Account admin = user("AUDIT_ADMIN");
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + admin.name() + "\",\"password\":\"" + IdentityFixtures.PASSWORD + "\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("IAM-MFA-ENROLMENT-REQUIRED"));
    }

    @Test
    @DisplayName("MLPS two-factor: the security administrator resets a user's second factor — audited, the user's sessions and tokens end; refused outside the jurisdiction (404) and for oneself")
    void securityAdministratorResets() throws Exception {
        Account a = enrolled("OFFICER");
        tokens.issue(fx.principal(a.id()), "127.0.0.1", "okhttp/4");
        Cookie session = secondStepCookie(a.name());
        long secAdmin = fx.user(IdentityFixtures.unique("sec"), a.agency(), false, "SEC_ADMIN");
        Account foreign = user("SEC_ADMIN");

        mvc.perform(delete("/api/v1/users/" + a.id() + "/second-factor").with(fx.as(foreign.id())).with(csrf()))
                .andExpect(status().isNotFound());
        mvc.perform(delete("/api/v1/users/" + secAdmin + "/second-factor").with(fx.as(secAdmin)).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("IAM-MFA-RESET-SELF"));
        assertThat(factors.status(a.id())).isPresent();

        long resets = auditCount("iam.mfa.reset");
        mvc.perform(delete("/api/v1/users/" + a.id() + "/second-factor").with(fx.as(secAdmin)).with(csrf()))
                .andExpect(status().isNoContent());
        assertThat(factors.status(a.id())).isEmpty();
        assertThat(auditCount("iam.mfa.reset")).isEqualTo(resets + 1);
        assertThat(count("select count(*) from iam_api_token where revoked_at is null and user_id = " + a.id())).isZero();
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(delete("/api/v1/users/" + a.id() + "/second-factor").with(fx.as(secAdmin)).with(csrf()))
                .andExpect(status().isConflict()).andExpect(jsonPath("$.code").value("IAM-MFA-NOT-ENROLLED"));
        // an officer may not reset anyone's
        mvc.perform(delete("/api/v1/users/" + secAdmin + "/second-factor").with(fx.as(a.id())).with(csrf()))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("MLPS two-factor: the security administrator's list shows the enrolled users of the jurisdiction only (ORG-03), by name; filter, sort, bad sort 400, export")
    void administratorsList() throws Exception {
        Account a = enrolled("OFFICER");
        long secAdmin = fx.user(IdentityFixtures.unique("sec"), a.agency(), false, "SEC_ADMIN");
        Account foreign = enrolled("OFFICER");
        String display = jdbc.sql("select display_name from iam_user where id = :id").param("id", a.id()).query(String.class).single();
        mvc.perform(get("/admin/two-factor").with(fx.as(secAdmin))).andExpect(status().isOk())
                .andExpect(content().string(containsString(display)))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString(foreign.name()))));
        mvc.perform(get("/admin/two-factor").param("q", "无此人").param("sort", "name,asc").with(fx.as(secAdmin)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("没有已绑定验证器的用户")));
        mvc.perform(get("/admin/two-factor").param("sort", "secret,asc").with(fx.as(secAdmin))).andExpect(status().isBadRequest());
        mvc.perform(get("/admin/two-factor/export").with(fx.as(secAdmin))).andExpect(status().isOk())
                .andExpect(content().contentType(cn.anjian.kernel.SheetExport.XLSX));
        mvc.perform(get("/admin/two-factor").with(fx.as(a.id()))).andExpect(status().isForbidden());
    }

    Cookie secondStepCookie(String name) throws Exception {
        Cookie pending = password(name, "/login/code");
        MvcResult ok = secondStep(pending, code(0));
        assertThat(ok.getResponse().getRedirectedUrl()).isEqualTo("/");
        return ok.getResponse().getCookie("SESSION");
    }
}
