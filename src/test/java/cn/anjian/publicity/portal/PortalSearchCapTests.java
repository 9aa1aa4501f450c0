package cn.anjian.publicity.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import cn.anjian.IntegrationTest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/** Issue 14: the search box counts a frequent term only up to its cap and says so; a rare term keeps its exact total. */
@IntegrationTest
class PortalSearchCapTests {

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired SearchKeyStats stats;

    /** {@code n} published results of 泽州县's agency titled tag（泽州i）, one minute apart in 2021 (never the newest of the portal). */
    void publish(String tag, int n) {
        jdbc.sql("""
                INSERT INTO pub_publication (owner_agency_id, owner_name, jurisdiction_id, scope_path, kind, title, content,
                    published_at, source_module, source_type, source_id)
                SELECT a.id, a.name, a.jurisdiction_id, a.scope_path, 'PENALTY_RESULT', :t || '（泽州' || g || '）', '内容',
                    TIMESTAMPTZ '2021-05-01 08:00:00+08' + g * INTERVAL '1 minute', 'test', 'portal-cap', :t || g
                FROM org_agency_view a, generate_series(1, :n) g WHERE a.name = '泽州县应急管理局'""")
                .param("t", tag).param("n", n).update();
    }

    String page(String q, String portal, int page) throws Exception {
        var req = get("/public/search").param("q", q).param("page", Integer.toString(page));
        if (portal != null) {
            req = req.param("portal", portal);
        }
        return mvc.perform(req.with(r -> {
            r.setRemoteAddr("10.20.9.14");
            return r;
        })).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static String tag(String word) {
        return word + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    @Test
    @DisplayName("PUB-04 the public search of results: more hits than the cap reads 1000 条以上 and pages only through the newest 1000, on the province's and the county's portal")
    void frequentTermIsCapped() throws Exception {
        String tag = tag("频繁检索");
        publish(tag, PortalDirectory.COUNT_CAP + 5);
        for (String portal : new String[] {null, "140525"}) {
            String first = page(tag, portal, 0);
            assertThat(first).contains("1000 条以上，第 1 / 50 页", "仅列出最新的 1000 条", tag + "（泽州1005）")
                    .doesNotContain("共 1005 条", tag + "（泽州985）");
            // the newest first: 1005, 1004, … ; the 50th page ends with the 1000th newest, entry 6; past it shows the last page
            String last = page(tag, portal, 80);
            assertThat(last).contains("第 50 / 50 页", tag + "（泽州6）").doesNotContain(tag + "（泽州5）", "page=50");
        }
    }

    @Test
    @DisplayName("PUB-04 the public search of results: exactly the cap is exact (共 1000 条); a rare term shows its exact total")
    void rareTermIsExact() throws Exception {
        String tag = tag("边界检索");
        publish(tag, PortalDirectory.COUNT_CAP);
        assertThat(page(tag, null, 0)).contains("共 1000 条，第 1 / 50 页").doesNotContain("以上");
        String rare = tag("稀少检索");
        publish(rare, 3);
        assertThat(page(rare, "140525", 0)).contains("共 3 条，第 1 / 1 页", rare + "（泽州3）", rare + "（泽州1）")
                .doesNotContain("以上");
    }

    @Test
    @DisplayName("PUB-04 the public search of results: a frequent term by the statistics is counted on the newest entries, with the same page and the same cap")
    void frequentByStatistics() throws Exception {
        String tag = tag("统计检索");
        publish(tag, PortalDirectory.COUNT_CAP + 1);
        String before = page(tag, null, 3);
        jdbc.sql("ANALYZE pub_publication").update();
        stats.forget();
        try {
            assertThat(stats.upperShare(PortalDirectory.bigrams(tag))).isGreaterThanOrEqualTo(PortalDirectory.FREQUENT_SHARE);
            String after = page(tag, null, 3);
            assertThat(after).contains("1000 条以上，第 4 / 50 页", tag + "（泽州941）");
            assertThat(after.substring(after.indexOf("search-hits"))).isEqualTo(before.substring(before.indexOf("search-hits")));
        } finally {
            stats.forget();
        }
    }
}
