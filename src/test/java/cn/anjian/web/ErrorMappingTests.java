package cn.anjian.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

/** IAM-07: bad input on pages and API gets a clear 4xx, as a Chinese page or as problem+json. */
@IntegrationTest
class ErrorMappingTests {

    @Autowired
    MockMvc mvc;

    TestActors.TestActor admin = TestActors.actor("err_admin", 1, "/1/", "org:read", "org:manage", "home:view");

    @Test
    @DisplayName("IAM-07 / issue 12 defect 7: a malformed id on a page answers a Chinese 400 page without an error code, on the API problem+json")
    void typeMismatch() throws Exception {
        mvc.perform(get("/org/divisions").param("selected", "99999999999999999999").with(TestActors.as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("格式不正确")))
                // issue 12 defect 7: the page names no error code
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("错误代码"))))
                .andExpect(content().string(org.hamcrest.Matchers.not(containsString("BAD-PARAMETER"))));
        mvc.perform(get("/api/v1/org/jurisdictions/abc").with(TestActors.as(admin)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.code").value("BAD-PARAMETER"));
    }

    @Test
    @DisplayName("IAM-07 unknown pages and endpoints answer 404 in the caller's format")
    void unknownPaths() throws Exception {
        mvc.perform(get("/no-such-page").with(TestActors.as(admin)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("不存在")));
        mvc.perform(get("/api/v1/no-such-endpoint").with(TestActors.as(admin)))
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.code").value("NOT-FOUND"));
    }

    @Test
    @DisplayName("IAM-07 a wrong method or content type on the API is a 4xx, never a 500")
    void methodAndMediaType() throws Exception {
        mvc.perform(post("/api/v1/calendar/days/2026-01-05").with(TestActors.as(admin))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf()))
                .andExpect(status().isMethodNotAllowed())
                .andExpect(jsonPath("$.code").value("METHOD-NOT-ALLOWED"));
        mvc.perform(post("/api/v1/auth/token").contentType(MediaType.TEXT_PLAIN).content("x"))
                .andExpect(status().is4xxClientError());
    }
}
