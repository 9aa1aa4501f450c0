package cn.anjian.enforcement.items;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.cases.DecisionStageCases;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class ItemWebTests {

    static final TestActor PROVINCE = TestActors.actor("item-web-admin", 1, "/1/", "item:read", "item:manage");
    static final TestActor COUNTY_ADMIN = TestActors.actor("item-web-county", 5, "/1/5/", "item:read", "item:manage");
    static final TestActor READER = TestActors.actor("item-web-reader", 5, "/1/5/", "item:read");

    @Autowired MockMvc mvc;
    @Autowired EnforcementItems items;
    @Autowired DecisionStageCases cases;

    @Test
    @DisplayName("CASE-17 the catalogue list filters and sorts, a bad filter is a 400 with the choices in Chinese, the export is Excel")
    void list() throws Exception {
        mvc.perform(get("/enforcement-items").param("q", "第一百零二条").with(TestActors.as(READER))).andExpect(status().isOk())
                .andExpect(content().string(containsString("AQ-CF-102"))).andExpect(content().string(not(containsString("AQ-CF-097"))));
        mvc.perform(get("/enforcement-items").param("kind", "COERCION").param("sort", "name,desc").param("size", "50")
                        .with(TestActors.as(READER)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("AQ-QZ-065")))
                .andExpect(content().string(containsString("aria-sort=\"descending\"")))
                .andExpect(content().string(containsString("/enforcement-items/export?kind=COERCION&amp;sort=name,desc")))
                .andExpect(content().string(not(containsString("id=\"new-item\""))));
        // the list kit is the one sort mechanism: the old enum values are a 400 with the sortable columns in Chinese
        mvc.perform(get("/enforcement-items").param("sort", "NAME").with(TestActors.as(READER))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("事项编码、事项名称")));
        mvc.perform(get("/enforcement-items").param("size", "30").with(TestActors.as(READER))).andExpect(status().isBadRequest());
        mvc.perform(get("/enforcement-items/export").param("sort", "updated,desc").with(TestActors.as(READER)))
                .andExpect(status().isOk());
        mvc.perform(get("/enforcement-items/export").param("sort", "password").with(TestActors.as(READER)))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/enforcement-items").param("kind", "X").with(TestActors.as(READER))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("行政处罚、行政检查、行政强制、行政许可")));
        mvc.perform(get("/enforcement-items/export").param("kind", "PENALTY").with(TestActors.as(READER))).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        mvc.perform(get("/enforcement-items").with(TestActors.as(TestActors.actor("no-item", 5, "/1/5/", "case:read"))))
                .andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("CASE-17 the item form shows every error inline; a bad benchmark line is refused next to it; a county administrator gets 403")
    void form() throws Exception {
        mvc.perform(post("/enforcement-items").with(csrf()).with(TestActors.as(PROVINCE)).param("kind", "PENALTY")
                        .param("agencyLevel", "ALL"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("is-invalid")));
        mvc.perform(post("/enforcement-items").with(csrf()).with(TestActors.as(PROVINCE)).param("code", "T-WEB-1").param("name", "测试事项")
                        .param("kind", "PENALTY").param("lawName", "《中华人民共和国安全生产法》").param("article", "第九十九条")
                        .param("basisText", "条文").param("agencyLevel", "ALL").param("active", "true")
                        .param("benchmarks", "未设置安全警示标志｜很重｜1000｜10000｜一处"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("轻微、一般、较重、严重")));
        mvc.perform(post("/enforcement-items").with(csrf()).with(TestActors.as(PROVINCE)).param("code", "T-WEB-1").param("name", "测试事项")
                        .param("kind", "PENALTY").param("lawName", "《中华人民共和国安全生产法》").param("article", "第九十九条")
                        .param("basisText", "条文").param("agencyLevel", "ALL").param("active", "true")
                        .param("benchmarks", "未设置安全警示标志｜一般｜10,000｜30000｜二至三处"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrlPattern("/enforcement-items/*"));
        mvc.perform(get("/enforcement-items/new").with(TestActors.as(COUNTY_ADMIN))).andExpect(status().isForbidden());
    }

    @Test
    @DisplayName("CASE-17 the read API lists and shows items with their benchmarks; an unknown item is a 404 problem")
    void api() throws Exception {
        mvc.perform(get("/api/v1/enforcement-items").param("q", "AQ-CF-097").with(TestActors.as(READER))).andExpect(status().isOk())
                .andExpect(jsonPath("$.items[0].code").value("AQ-CF-097"));
        long id = items.list(EnforcementItems.filter("AQ-CF-097", null, null, null, null), 0, 20).items().get(0).id();
        mvc.perform(get("/api/v1/enforcement-items/{id}", id).with(TestActors.as(READER))).andExpect(status().isOk())
                .andExpect(jsonPath("$.article").value("第九十七条")).andExpect(jsonPath("$.benchmarks[0].circumstance").value("MINOR"));
        mvc.perform(get("/api/v1/enforcement-items/{id}", 99_999_999).with(TestActors.as(READER))).andExpect(status().isNotFound());
    }

    @Test
    @DisplayName("CASE-17 a case's item is chosen on its page; a benchmark of another item is refused inline; the panel shows the range")
    void choice() throws Exception {
        long item = items.create(PROVINCE, new EnforcementItems.Input("T-WEB-CASE", "测试事项", "PENALTY", "《中华人民共和国安全生产法》",
                "第一百零二条", "条文", "ALL", true,
                List.of(new EnforcementItems.BenchmarkInput("未消除事故隐患", "一般", "10000", "50000", null))));
        TestActor zz = cases.zz();
        CaseRef c = cases.penaltyCase("裁量页面测试");
        mvc.perform(post("/cases/{id}/enforcement-item", c.id()).with(csrf()).with(TestActors.as(zz)).param("itemId", String.valueOf(item))
                        .param("benchmark", "1:0"))
                .andExpect(status().isBadRequest()).andExpect(content().string(containsString("不属于该执法事项")));
        mvc.perform(post("/cases/{id}/enforcement-item", c.id()).with(csrf()).with(TestActors.as(zz)).param("itemId", String.valueOf(item))
                        .param("benchmark", item + ":0"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/cases/{id}/enforcement-item/panel", c.id()).with(TestActors.as(zz))).andExpect(status().isOk())
                .andExpect(content().string(containsString("10,000–50,000 元")));
        mvc.perform(get("/cases/{id}/enforcement-item/panel", c.id())
                .with(TestActors.as(TestActors.actor("other-county", 9, "/1/9/", "case:read")))).andExpect(status().isNotFound());
    }
}
