package cn.anjian.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

class SecurityWebTests extends IdentityTestSupport {

    @org.springframework.beans.factory.annotation.Autowired
    SecondFactorService secondFactors;

    @Test
    @DisplayName("IAM-01 an unauthenticated page request is redirected to /login")
    void pageNeedsLogin() throws Exception {
        mvc.perform(get("/admin/users")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/")).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
        mvc.perform(get("/v3/api-docs")).andExpect(status().isFound());
    }

    @Test
    @DisplayName("IAM-01 an unauthenticated API request gets 401 problem+json")
    void apiNeedsAuthentication() throws Exception {
        mvc.perform(get("/api/v1/identity/users")).andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.code").value("IAM-UNAUTHENTICATED"));
        mvc.perform(get("/api/v1/auth/me")).andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("IAM-01 the login page, static assets and health are open")
    void openResources() throws Exception {
        mvc.perform(get("/login")).andExpect(status().isOk()).andExpect(content().string(org.hamcrest.Matchers.containsString("账户登录")));
        mvc.perform(get("/css/app.css")).andExpect(status().isOk());
        mvc.perform(get("/webjars/tabler__core/dist/css/tabler.min.css")).andExpect(status().isOk());
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }

    @Test
    @DisplayName("IAM-01 an authenticated user without the permission gets 403 on pages and API")
    void authenticatedWithoutPermission() throws Exception {
        var j = fx.jurisdiction("权限测试市", null);
        long agency = fx.agency(j, "权限测试局");
        long officer = fx.user(IdentityFixtures.unique("off"), agency, false, "OFFICER");
        mvc.perform(get("/admin/users").with(fx.as(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/roles").with(fx.as(officer))).andExpect(status().isForbidden());
        mvc.perform(get("/api/v1/identity/users").with(fx.as(officer))).andExpect(status().isForbidden())
                .andExpect(jsonPath("$.code").value("FORBIDDEN"));
    }

    @Test
    @DisplayName("IAM-07 a form POST without the CSRF token is refused with 403 and changes nothing")
    void csrf403() throws Exception {
        var j = fx.jurisdiction("CSRF市", null);
        long agency = fx.agency(j, "CSRF局");
        long admin = fx.user(IdentityFixtures.unique("sys"), agency, false, "SYS_ADMIN");
        String name = IdentityFixtures.unique("csrf");
        mvc.perform(post("/admin/users").with(fx.as(admin)).param("username", name).param("displayName", "张三")
                .param("agencyId", String.valueOf(agency)).param("password", "Abcdef-123"))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout")).andExpect(status().isForbidden());
        assertThat(directory.exists(name)).isFalse();
        // with the token the same request goes through
        mvc.perform(post("/admin/users").with(fx.as(admin)).with(csrf()).param("username", name).param("displayName", "张三")
                .param("agencyId", String.valueOf(agency)).param("password", "Abcdef-123"))
                .andExpect(status().isFound());
        assertThat(directory.exists(name)).isTrue();
    }

    @Test
    @DisplayName("IAM-07 responses carry CSP, X-Frame-Options DENY, nosniff and Referrer-Policy")
    void securityHeaders() throws Exception {
        for (String url : new String[] {"/login", "/api/v1/auth/me"}) {
            mvc.perform(get(url))
                    .andExpect(header().string("Content-Security-Policy", SecurityConfiguration.CSP))
                    .andExpect(header().string("X-Frame-Options", "DENY"))
                    .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                    .andExpect(header().string("Referrer-Policy", "strict-origin-when-cross-origin"));
        }
        assertThat(SecurityConfiguration.CSP).contains("script-src 'self'").contains("style-src 'self' 'sha256-")
                .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
    }

    @Test
    @DisplayName("IAM-04 a login stores the session in spring_session with the default idle timeout (30 minutes); an idle-expired session is rejected")
    void sessionInDatabaseWithIdleTimeout() throws Exception {
        var j = fx.jurisdiction("会话市", null);
        long agency = fx.agency(j, "会话局");
        String name = IdentityFixtures.unique("sess");
        fx.user(name, agency, false, "OFFICER");
        MvcResult login = mvc.perform(post("/login").with(csrf()).param("username", name).param("password", IdentityFixtures.PASSWORD))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/")).andReturn();
        Cookie session = login.getResponse().getCookie("SESSION");
        assertThat(session).as("Spring Session cookie").isNotNull();
        Integer maxInactive = jdbc.sql("select max_inactive_interval from spring_session where principal_name = :u")
                .param("u", name).query(Integer.class).single();
        assertThat(maxInactive).isEqualTo((int) IdentitySettings.IDLE_TIMEOUT.defaultValue().toSeconds()).isEqualTo(1800);

        // the session works and the layout shows the user's name and agency
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("会话局")));

        // 31 idle minutes later (Spring Session compares with the wall clock, so age the row instead of sleeping)
        long idle = IdentitySettings.IDLE_TIMEOUT.defaultValue().toMillis() + 60_000;
        jdbc.sql("update spring_session set last_access_time = last_access_time - :d, expiry_time = expiry_time - :d where principal_name = :u")
                .param("d", idle).param("u", name).update();
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isFound())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    @DisplayName("IAM-02 a first-login user is sent to /account/password from every page until the password is changed")
    void firstLoginForcesPasswordChange() throws Exception {
        var j = fx.jurisdiction("首登市", null);
        long agency = fx.agency(j, "首登局");
        String name = IdentityFixtures.unique("first");
        fx.user(name, agency, true, "OFFICER");
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", name).param("password", IdentityFixtures.PASSWORD))
                .andExpect(status().isFound()).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/").cookie(session)).andExpect(status().isFound()).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/org/divisions").cookie(session)).andExpect(status().isFound()).andExpect(redirectedUrl("/account/password"));
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("首次登录")));

        // a new password violating the policy is refused inline, nothing changes
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", IdentityFixtures.PASSWORD)
                        .param("newPassword", "short1A").param("confirmPassword", "short1A"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(org.hamcrest.Matchers.containsString("至少 8 位")));
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", "wrong")
                        .param("newPassword", "Brand-New-77").param("confirmPassword", "Brand-New-77"))
                .andExpect(status().isUnprocessableContent()).andExpect(content().string(org.hamcrest.Matchers.containsString("当前密码不正确")));
        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", IdentityFixtures.PASSWORD)
                        .param("newPassword", "Brand-New-77").param("confirmPassword", "Brand-New-78"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/").cookie(session)).andExpect(status().isFound()).andExpect(redirectedUrl("/account/password"));

        mvc.perform(post("/account/password").cookie(session).with(csrf()).param("currentPassword", IdentityFixtures.PASSWORD)
                        .param("newPassword", "Brand-New-77").param("confirmPassword", "Brand-New-77"))
                .andExpect(status().isFound()).andExpect(redirectedUrl("/"));
        mvc.perform(get("/").cookie(session)).andExpect(status().isOk());
        assertThat(jdbc.sql("select must_change_password from iam_user where username = :u").param("u", name)
                .query(Boolean.class).single()).isFalse();
    }

    @Test
    @DisplayName("IAM-01 logout (POST) ends the session")
    void logout() throws Exception {
        var j = fx.jurisdiction("退出市", null);
        long agency = fx.agency(j, "退出局");
        String name = IdentityFixtures.unique("bye");
        fx.user(name, agency, false, "OFFICER");
        Cookie session = mvc.perform(post("/login").with(csrf()).param("username", name).param("password", IdentityFixtures.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/logout").cookie(session).with(csrf())).andExpect(redirectedUrl("/login?logout"));
        mvc.perform(get("/account/password").cookie(session)).andExpect(status().isFound()).andExpect(redirectedUrl("/login"));
    }

    @Test
    @DisplayName("IAM-07 bad input on the password form (missing fields, 10,000 characters) gets 400 and changes nothing")
    void passwordFormBadInput() throws Exception {
        var j = fx.jurisdiction("输入市", null);
        long agency = fx.agency(j, "输入局");
        String name = IdentityFixtures.unique("input");
        long id = fx.user(name, agency, false, "OFFICER");
        String hash = jdbc.sql("select password_hash from iam_user where id = :id").param("id", id).query(String.class).single();
        mvc.perform(post("/account/password").with(fx.as(id)).with(csrf())).andExpect(status().isBadRequest());
        String huge = "Aa1!".repeat(2_500);
        mvc.perform(post("/account/password").with(fx.as(id)).with(csrf()).param("currentPassword", IdentityFixtures.PASSWORD)
                .param("newPassword", huge).param("confirmPassword", huge)).andExpect(status().isBadRequest());
        mvc.perform(post("/login").with(csrf()).param("username", "u".repeat(10_000)).param("password", "x"))
                .andExpect(redirectedUrl("/login?error"));
        assertThat(jdbc.sql("select password_hash from iam_user where id = :id").param("id", id).query(String.class).single()).isEqualTo(hash);
    }

    @Test
    @DisplayName("IAM-04 an htmx request without a (live) session is told to load the login page; fragments are not remembered")
    void htmxWithoutSession() throws Exception {
        mvc.perform(get("/admin/users").header("HX-Request", "true")).andExpect(status().isUnauthorized())
                .andExpect(header().string("HX-Redirect", "/login"));
        var j = fx.jurisdiction("片段市", null);
        long agency = fx.agency(j, "片段局");
        String name = IdentityFixtures.unique("frag");
        fx.user(name, agency, false, "SYS_ADMIN");
        secondFactors.enrolKnown(name, SecondFactorTests.SECRET); // issue 13: administrators sign in with a second factor
        Cookie anonymous = mvc.perform(get("/admin/users").header("HX-Request", "true")).andReturn().getResponse().getCookie("SESSION");
        var login = post("/login").with(csrf()).param("username", name).param("password", IdentityFixtures.PASSWORD);
        if (anonymous != null) {
            login = login.cookie(anonymous);
        }
        Cookie pending = mvc.perform(login).andExpect(redirectedUrl("/login/code")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/login/code").cookie(pending).with(csrf())
                        .param("code", cn.anjian.TestActors.secondFactorCode(jdbc, clock, name, SecondFactorTests.SECRET)))
                .andExpect(redirectedUrl("/"));
        // a full page request is remembered and restored after login (and its second step)
        Cookie anon2 = mvc.perform(get("/admin/users")).andReturn().getResponse().getCookie("SESSION");
        Cookie pending2 = mvc.perform(post("/login").cookie(anon2).with(csrf()).param("username", name)
                        .param("password", IdentityFixtures.PASSWORD))
                .andExpect(redirectedUrl("/login/code")).andReturn().getResponse().getCookie("SESSION");
        mvc.perform(post("/login/code").cookie(pending2).with(csrf())
                        .param("code", cn.anjian.TestActors.secondFactorCode(jdbc, clock, name, SecondFactorTests.SECRET)))
                .andExpect(redirectedUrl("http://localhost/admin/users?continue"));
    }
}
