package cn.anjian.identity.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anjian.TestActors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TestActorCompatibilityTests extends IdentityTestSupport {

    @Test
    @DisplayName("IAM-01 other modules' MockMvc tests with TestActors work with this security configuration")
    void testActorsWork() throws Exception {
        var actor = TestActors.actor("ta", 1, "/999999/", "user:manage");
        mvc.perform(get("/admin/users").with(TestActors.as(actor))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/identity/users").with(TestActors.as(actor))).andExpect(status().isOk());
        mvc.perform(post("/admin/users/999999999/unlock").with(TestActors.as(actor)).with(csrf())).andExpect(status().isNotFound());
        mvc.perform(get("/admin/roles").with(TestActors.as(actor))).andExpect(status().isForbidden());
    }
}
