package cn.anjian.search;

import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.org.Jurisdictions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

@IntegrationTest
class GlobalSearchTests {

    static final String[] ALL = {"home:view", "case:read", "document:generate", "enterprise:read", "personnel:read"};

    @Autowired MockMvc mvc;
    @Autowired GlobalSearch search;
    @Autowired JdbcClient jdbc;
    @Autowired Jurisdictions jurisdictions;

    SearchFixture data;

    @BeforeEach
    void setUp() {
        data = new SearchFixture(jdbc, jurisdictions);
    }

    static List<String> titles(List<SearchGroup> groups, SearchKind kind) {
        return groups.stream().filter(g -> g.kind() == kind).flatMap(g -> g.hits().stream()).map(SearchHit::title).toList();
    }

    @Test
    @DisplayName("ORG-03 search is scoped: a foreign county's case, document number, enterprise and officer are absent")
    void scoped() throws Exception {
        long mine = data.kase(data.zz, "甲检索案〔2026〕901号", "甲检索当事人");
        long foreign = data.kase(data.other, "甲检索案〔2026〕902号", "甲检索外县当事人");
        data.documentNumber(data.zz, "甲检索移〔2099〕1号", mine, 9001);
        data.documentNumber(data.other, "甲检索移〔2099〕2号", foreign, 9002);
        data.enterprise(data.zz, "甲检索本县煤业");
        data.enterprise(data.other, "甲检索外县煤业");
        data.officer(data.zz, "甲检索本县", "140525198001019901");
        data.officer(data.other, "甲检索外县", "140927198001019902");

        TestActor zz = data.actor(data.zz, "search_zz", ALL);
        List<SearchGroup> groups = search.search(zz, "甲检索");
        assertThat(titles(groups, SearchKind.CASE)).containsExactly("甲检索案〔2026〕901号");
        assertThat(titles(groups, SearchKind.DOCUMENT)).containsExactly("甲检索移〔2099〕1号");
        assertThat(titles(groups, SearchKind.ENTERPRISE)).containsExactly("甲检索本县煤业");
        assertThat(titles(groups, SearchKind.PERSON)).containsExactly("甲检索本县");

        TestActor other = data.actor(data.other, "search_other", ALL);
        assertThat(titles(search.search(other, "甲检索"), SearchKind.CASE)).containsExactly("甲检索案〔2026〕902号");
        // the case number in part, in lower case latin letters or not, finds the case; the link goes to it
        assertThat(search.search(zz, "〔2026〕901").get(0).hits()).extracting(SearchHit::url).containsExactly("/cases/" + mine);
    }

    @Test
    @DisplayName("IAM-01 a role without a kind's read permission gets nothing of that kind (and the API the same)")
    void permissions() throws Exception {
        long c = data.kase(data.zz, "乙检索案〔2026〕903号", "乙检索当事人");
        data.documentNumber(data.zz, "乙检索移〔2099〕3号", c, 9003);
        data.enterprise(data.zz, "乙检索煤业");
        data.officer(data.zz, "乙检索", "140525198001019903");

        TestActor enterpriseOnly = data.actor(data.zz, "search_ent", "home:view", "enterprise:read");
        assertThat(search.search(enterpriseOnly, "乙检索")).extracting(SearchGroup::kind).containsExactly(SearchKind.ENTERPRISE);
        TestActor supervisor = data.actor(data.zz, "search_sup", "home:view", "submission:create");
        assertThat(search.search(supervisor, "乙检索")).isEmpty();
        mvc.perform(get("/api/v1/search").param("q", "乙检索").with(TestActors.as(supervisor)))
                .andExpect(status().isOk()).andExpect(jsonPath("$.groups").isEmpty());
        TestActor caseReader = data.actor(data.zz, "search_case", "home:view", "case:read");
        assertThat(search.search(caseReader, "乙检索")).extracting(SearchGroup::kind)
                .containsExactly(SearchKind.CASE, SearchKind.DOCUMENT);
        // without document:generate a document number still links to its case (case:read), never to the numbers list
        assertThat(search.search(caseReader, "乙检索").get(1).hits()).extracting(SearchHit::url).containsExactly("/cases/" + c);
    }

    @Test
    @DisplayName("results are grouped by kind in a fixed order with links, on the page and in the API; no ID-card number shown")
    void grouped() throws Exception {
        long c = data.kase(data.zz, "丙检索案〔2026〕904号", "丙检索当事人");
        data.documentNumber(data.zz, "丙检索移〔2099〕4号", c, 9004);
        long e = data.enterprise(data.zz, "丙检索煤业有限公司");
        long p = data.officer(data.zz, "丙检索", "140525198001019904");
        TestActor zz = data.actor(data.zz, "search_grp", ALL);

        mvc.perform(get("/api/v1/search").param("q", "丙检索").with(TestActors.as(zz)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.query").value("丙检索"))
                .andExpect(jsonPath("$.groups[0].kind").value("CASE"))
                .andExpect(jsonPath("$.groups[0].label").value("执法案件"))
                .andExpect(jsonPath("$.groups[0].hits[0].url").value("/cases/" + c))
                .andExpect(jsonPath("$.groups[1].kind").value("DOCUMENT"))
                .andExpect(jsonPath("$.groups[2].kind").value("ENTERPRISE"))
                .andExpect(jsonPath("$.groups[2].hits[0].url").value("/enterprises/" + e))
                .andExpect(jsonPath("$.groups[3].kind").value("PERSON"))
                .andExpect(jsonPath("$.groups[3].hits[0].url").value("/personnel/people/" + p))
                .andExpect(content().string(not(containsString("140525198001019904"))));
        mvc.perform(get("/search").param("q", "丙检索").with(TestActors.as(zz)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"search-case\"")))
                .andExpect(content().string(containsString("href=\"/enterprises/" + e + "\"")))
                .andExpect(content().string(containsString("执法人员（执法证")))
                .andExpect(content().string(not(containsString("140525198001019904"))))
                .andExpect(content().string(not(containsString("search_test"))));
    }

    @Test
    @DisplayName("more hits than shown: the group says so and links to the full list")
    void more() {
        for (int i = 0; i < SearchQuery.LIMIT + 2; i++) {
            data.enterprise(data.zz, "丁检索煤业" + i);
        }
        SearchGroup g = search.search(data.actor(data.zz, "search_more", ALL), "丁检索").get(0);
        assertThat(g.hits()).hasSize(SearchQuery.LIMIT);
        assertThat(g.more()).isTrue();
        assertThat(g.moreUrl()).startsWith("/enterprises?q=");
    }

    @Test
    @DisplayName("bad input (empty, blank, NUL, over 50 characters, missing) answers 400 with a Chinese message, page and API")
    void badInput() throws Exception {
        TestActor zz = data.actor(data.zz, "search_bad", ALL);
        for (String q : new String[] {"", "   ", "a\u0000b", "长".repeat(SearchQuery.MAX_LENGTH + 1), "x\u202Ey"}) {
            mvc.perform(get("/api/v1/search").param("q", q).with(TestActors.as(zz)))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.detail").exists());
            mvc.perform(get("/search").param("q", q).with(TestActors.as(zz)))
                    .andExpect(status().isBadRequest())
                    .andExpect(content().string(containsString("id=\"search-error\"")));
        }
        mvc.perform(get("/api/v1/search").with(TestActors.as(zz))).andExpect(status().isBadRequest());
        mvc.perform(get("/search").with(TestActors.as(zz))).andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("请输入要搜索的内容")));
        // exactly 50 characters is fine
        mvc.perform(get("/api/v1/search").param("q", "长".repeat(SearchQuery.MAX_LENGTH)).with(TestActors.as(zz)))
                .andExpect(status().isOk());
        // wildcards typed by the user match literally
        assertThat(search.search(zz, "%")).isEmpty();
    }
}
