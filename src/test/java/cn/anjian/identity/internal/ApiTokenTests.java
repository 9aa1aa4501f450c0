package cn.anjian.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

class ApiTokenTests extends IdentityTestSupport {

    private String user(boolean mustChange, String... roles) {
        var j = fx.jurisdiction("令牌市", null);
        long agency = fx.agency(j, "令牌局");
        String name = IdentityFixtures.unique("tok");
        fx.user(name, agency, mustChange, roles);
        return name;
    }

    private String issue(String name, String password) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name + "\",\"password\":\"" + password + "\"}"))
                .andExpect(status().isOk()).andExpect(jsonPath("$.expiresAt").isNotEmpty())
                .andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    @Test
    @DisplayName("IAM-01 a token is issued, stored only as its SHA-256, works as Bearer, and is revoked")
    void issueUseRevoke() throws Exception {
        String name = user(false, "OFFICER");
        String token = issue(name, IdentityFixtures.PASSWORD);
        assertThat(token).hasSizeGreaterThanOrEqualTo(43); // 256 bits, base64url
        assertThat(count("select count(*) from iam_api_token where token_hash = '" + ApiTokenService.hash(token) + "'")).isEqualTo(1);
        assertThat(count("select count(*) from iam_api_token where token_hash = '" + token + "'")).isZero();
        assertThat(auditCount("iam.token.issued")).isEqualTo(1);

        mvc.perform(get("/api/v1/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.username").value(name))
                .andExpect(jsonPath("$.agencyName").value("令牌局"))
                .andExpect(jsonPath("$.permissions").value(org.hamcrest.Matchers.hasItem("deadline:read")));
        // stateless: no session cookie
        assertThat(mvc.perform(get("/api/v1/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andReturn().getResponse().getCookie("SESSION")).isNull();
        // no permission, still 403 with a valid token
        mvc.perform(get("/api/v1/identity/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isForbidden());

        // bearer requests need no CSRF token
        mvc.perform(delete("/api/v1/auth/token").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isNoContent());
        assertThat(auditCount("iam.token.revoked")).isEqualTo(1);
        mvc.perform(get("/api/v1/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("IAM-TOKEN-INVALID"));
    }

    @Test
    @DisplayName("IAM-01 an expired token answers 401 problem+json")
    void expiry() throws Exception {
        String name = user(false, "OFFICER");
        String token = issue(name, IdentityFixtures.PASSWORD);
        clock.advance(properties.apiTokenTtl().minusSeconds(1));
        mvc.perform(get("/api/v1/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isOk());
        clock.advance(Duration.ofSeconds(2));
        mvc.perform(get("/api/v1/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.code").value("IAM-TOKEN-INVALID"));
    }

    @Test
    @DisplayName("IAM-01 a missing, unknown or malformed token answers 401")
    void badTokens() throws Exception {
        mvc.perform(get("/api/v1/auth/me")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer nonsense")).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + "x".repeat(10_000))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer ")).andExpect(status().isUnauthorized());
        mvc.perform(delete("/api/v1/auth/token")).andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("IAM-07 bad input on the token endpoint (missing fields, wrong JSON types, 10,000-char user name) gets 4xx and stores nothing")
    void badInput() throws Exception {
        int tokens = count("select count(*) from iam_api_token");
        long failed = auditCount("iam.login.failed");
        String[] bodies = {"", "{}", "{\"username\":\"a\"}", "{\"password\":\"b\"}", "{\"username\":1,\"password\":[1]}",
                "{\"username\":{\"x\":1},\"password\":\"a\"}", "not json", "[]",
                "{\"username\":\"" + "u".repeat(10_000) + "\",\"password\":\"Abcdef-123\"}"};
        for (String body : bodies) {
            int status = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON).content(body))
                    .andReturn().getResponse().getStatus();
            assertThat(status).as(body.length() > 50 ? body.substring(0, 50) : body).isBetween(400, 499);
        }
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.TEXT_PLAIN).content("a=b"))
                .andExpect(status().is4xxClientError());
        assertThat(count("select count(*) from iam_api_token")).isEqualTo(tokens);
        assertThat(auditCount("iam.login.failed")).isEqualTo(failed);
    }

    @Test
    @DisplayName("IAM-02 a user who must change the password gets 403 IAM-PASSWORD-CHANGE-REQUIRED on the API until changed")
    void passwordChangeRequiredOnApi() throws Exception {
        String name = user(true, "OFFICER");
        String token = issue(name, IdentityFixtures.PASSWORD);
        mvc.perform(get("/api/v1/identity/users").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("IAM-PASSWORD-CHANGE-REQUIRED"));
        mvc.perform(put("/api/v1/auth/password").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + IdentityFixtures.PASSWORD + "\",\"newPassword\":\"short\"}"))
                .andExpect(status().isUnprocessableContent()).andExpect(jsonPath("$.code").value("IAM-02"));
        mvc.perform(put("/api/v1/auth/password").header(HttpHeaders.AUTHORIZATION, "Bearer " + token).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + IdentityFixtures.PASSWORD + "\",\"newPassword\":\"Changed-Pass-1\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(status().isOk()).andExpect(jsonPath("$.mustChangePassword").value(false));
    }

    @Test
    @DisplayName("IAM-02 changing one's password keeps the token it was changed with and revokes the user's other tokens and sessions; an admin reset revokes all")
    void passwordChangeRevokesOtherCredentials() throws Exception {
        var j = fx.jurisdiction("令牌市", null);
        long agency = fx.agency(j, "令牌局");
        String name = IdentityFixtures.unique("tok");
        long userId = fx.user(name, agency, false, "OFFICER");
        long admin = fx.user(IdentityFixtures.unique("sys"), agency, false, "SYS_ADMIN");
        String current = issue(name, IdentityFixtures.PASSWORD);
        String other = issue(name, IdentityFixtures.PASSWORD);
        var session = mvc.perform(post("/login").with(csrf()).param("username", name).param("password", IdentityFixtures.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/api/v1/auth/me").cookie(session)).andExpect(status().isOk());
        mvc.perform(put("/api/v1/auth/password").header(HttpHeaders.AUTHORIZATION, "Bearer " + current).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + IdentityFixtures.PASSWORD + "\",\"newPassword\":\"Changed-Pass-1\"}"))
                .andExpect(status().isNoContent());
        mvc.perform(get("/api/v1/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + current)).andExpect(status().isOk());
        mvc.perform(get("/api/v1/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + other)).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/auth/me").cookie(session)).andExpect(status().isUnauthorized());

        // the administrator's reset ends the remaining token too
        users.resetPassword(fx.principal(admin), userId, "Reset-Pass-22");
        mvc.perform(get("/api/v1/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + current)).andExpect(status().isUnauthorized());
    }

    @Test
    @DisplayName("IAM-07 a session-authenticated API write without CSRF token is refused")
    void sessionApiNeedsCsrf() throws Exception {
        String name = user(false, "OFFICER");
        var session = mvc.perform(post("/login").with(csrf()).param("username", name).param("password", IdentityFixtures.PASSWORD))
                .andReturn().getResponse().getCookie("SESSION");
        mvc.perform(get("/api/v1/auth/me").cookie(session)).andExpect(status().isOk());
        mvc.perform(put("/api/v1/auth/password").cookie(session).contentType(MediaType.APPLICATION_JSON)
                        .content("{\"currentPassword\":\"" + IdentityFixtures.PASSWORD + "\",\"newPassword\":\"Changed-Pass-1\"}"))
                .andExpect(status().isForbidden()).andExpect(jsonPath("$.code").value("CSRF"));
    }

    @Test
    @DisplayName("IAM-07 bad input on the API password change gets 4xx and changes nothing")
    void passwordChangeBadInput() throws Exception {
        String name = user(false, "OFFICER");
        String token = issue(name, IdentityFixtures.PASSWORD);
        String hash = jdbc.sql("select password_hash from iam_user where username = :u").param("u", name).query(String.class).single();
        String huge = "Aa1!".repeat(2_500);
        for (String body : new String[] {"", "{}", "{\"currentPassword\":1,\"newPassword\":[]}", "{\"newPassword\":\"Abcdef-123\"}",
                "{\"currentPassword\":\"" + IdentityFixtures.PASSWORD + "\",\"newPassword\":\"" + huge + "\"}", "nonsense"}) {
            int status = mvc.perform(put("/api/v1/auth/password").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)
                    .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse().getStatus();
            assertThat(status).as(body.length() > 40 ? body.substring(0, 40) : body).isBetween(400, 499);
        }
        assertThat(jdbc.sql("select password_hash from iam_user where username = :u").param("u", name).query(String.class).single())
                .isEqualTo(hash);
    }

    @Test
    @DisplayName("IAM-01 a token's last use is written at most once a minute, so API reads do not write on every call")
    void lastUseThrottled() throws Exception {
        String name = user(false, "OFFICER");
        String token = issue(name, IdentityFixtures.PASSWORD);
        String lastUse = "select last_used_at from iam_api_token where token_hash = '" + ApiTokenService.hash(token) + "'";
        mvc.perform(get("/api/v1/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isOk());
        java.sql.Timestamp first = jdbc.sql(lastUse).query(java.sql.Timestamp.class).single();
        assertThat(first).isNotNull();

        clock.advance(Duration.ofSeconds(59));
        mvc.perform(get("/api/v1/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isOk());
        assertThat(jdbc.sql(lastUse).query(java.sql.Timestamp.class).single()).isEqualTo(first);

        clock.advance(Duration.ofSeconds(2));
        mvc.perform(get("/api/v1/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token)).andExpect(status().isOk());
        assertThat(jdbc.sql(lastUse).query(java.sql.Timestamp.class).single()).isAfter(first);
    }

    @Test
    @DisplayName("IAM-01 a bearer token is resolved by one query without caching: a withdrawn role, a disabled user and a revocation written elsewhere hold from the next request")
    void oneQueryNoCache() throws Exception {
        String name = user(false, "OFFICER", "HR");
        String token = issue(name, IdentityFixtures.PASSWORD);
        var me = get("/api/v1/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token);
        mvc.perform(me).andExpect(status().isOk()).andExpect(jsonPath("$.permissions").value(org.hamcrest.Matchers.hasItem("personnel:import")));
        // another node withdraws a role: the next request has the permissions of the remaining role only
        jdbc.sql("delete from iam_user_role where role_code = 'HR' and user_id = (select id from iam_user where username = :u)")
                .param("u", name).update();
        mvc.perform(me).andExpect(status().isOk())
                .andExpect(jsonPath("$.permissions").value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.hasItem("personnel:import"))))
                .andExpect(jsonPath("$.permissions").value(org.hamcrest.Matchers.hasItem("deadline:read")));
        // disabled, then enabled again
        jdbc.sql("update iam_user set enabled = false where username = :u").param("u", name).update();
        mvc.perform(me).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("IAM-TOKEN-INVALID"));
        jdbc.sql("update iam_user set enabled = true where username = :u").param("u", name).update();
        mvc.perform(me).andExpect(status().isOk());
        // revoked by another node (the row alone): refused at once
        jdbc.sql("update iam_api_token set revoked_at = now() where token_hash = :h").param("h", ApiTokenService.hash(token)).update();
        mvc.perform(me).andExpect(status().isUnauthorized()).andExpect(jsonPath("$.code").value("IAM-TOKEN-INVALID"));
    }
}
