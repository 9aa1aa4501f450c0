package cn.anjian.web;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

/** The web kit's page refusals: a form re-rendered with every field error inline and the input kept. */
@IntegrationTest
class PageRefusalTests {

    @Autowired
    MockMvc mvc;

    TestActors.TestActor head = TestActors.actor("kit_head", 1, "/1/", "plan:manage", "case:read", "home:view");

    @Test
    @DisplayName("a @Valid form with two bad fields: 400, both errors in Chinese next to their fields, input kept")
    void everyFieldErrorAtOnce() throws Exception {
        mvc.perform(post("/plans").param("year", "abc").param("title", "题".repeat(201)).with(TestActors.as(head)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("须为四位数字的年份"), containsString("长度须在 0 到 200 个字之间"),
                        containsString("请更正标出的 2 处填写内容"), containsString("value=\"abc\""),
                        containsString("is-invalid"))));
    }

    @Test
    @DisplayName("a domain refusal re-renders the same form with the message and the typed input")
    void domainRefusal() throws Exception {
        mvc.perform(post("/plans").param("year", "1900").param("title", "保留的名称").with(TestActors.as(head)).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(allOf(containsString("id=\"form-refusal\""), containsString("value=\"1900\""),
                        containsString("保留的名称"))));
    }
}
