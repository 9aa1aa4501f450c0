package cn.anjian.identity.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * Issue 13, finding 3 (the cases ApiTokenTests does not cover): disabling an account, changing its roles and the
 * IAM-03 lockout end its API tokens, not only its sessions.
 */
class CredentialRevocationTests extends IdentityTestSupport {

    @Autowired
    RoleService roles;

    private String issue(String name) throws Exception {
        String body = mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"username\":\"" + name + "\",\"password\":\"" + IdentityFixtures.PASSWORD + "\"}"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        return JsonPath.read(body, "$.token");
    }

    private void works(String token, boolean expected) throws Exception {
        mvc.perform(get("/api/v1/auth/me").header(HttpHeaders.AUTHORIZATION, "Bearer " + token))
                .andExpect(expected ? status().isOk() : status().isUnauthorized());
    }

    @Test
    @DisplayName("issue 13 finding 3: disabling a user, granting or revoking a role and the lockout each revoke the user's API tokens")
    void tokensEndWithTheAccountChange() throws Exception {
        var j = fx.jurisdiction("吊销市", null);
        long agency = fx.agency(j, "吊销局");
        long admin = fx.user(IdentityFixtures.unique("sys"), agency, false, "SYS_ADMIN");

        String disabledName = IdentityFixtures.unique("dis");
        long disabled = fx.user(disabledName, agency, false, "OFFICER");
        String t1 = issue(disabledName);
        works(t1, true);
        mvc.perform(post("/admin/users/" + disabled + "/disable").with(fx.as(admin)).with(csrf()))
                .andExpect(status().is3xxRedirection());
        works(t1, false);

        String grantedName = IdentityFixtures.unique("rol");
        long granted = fx.user(grantedName, agency, false, "OFFICER");
        String t2 = issue(grantedName);
        roles.grant(fx.principal(admin), granted, "LEGAL_REVIEWER");
        works(t2, false);
        String t3 = issue(grantedName);
        works(t3, true);
        roles.revoke(fx.principal(admin), granted, "LEGAL_REVIEWER");
        works(t3, false);

        String lockedName = IdentityFixtures.unique("lck");
        fx.user(lockedName, agency, false, "OFFICER");
        String t4 = issue(lockedName);
        for (int i = 1; i <= 4; i++) {
            mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                    .content("{\"username\":\"" + lockedName + "\",\"password\":\"Wrong-Pass" + i + "\"}"));
        }
        works(t4, true);   // four failures: not locked yet, the token still works
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.APPLICATION_JSON)
                .content("{\"username\":\"" + lockedName + "\",\"password\":\"Wrong-Pass5\"}"));
        works(t4, false);  // the fifth locks the account and ends its token
    }
}
