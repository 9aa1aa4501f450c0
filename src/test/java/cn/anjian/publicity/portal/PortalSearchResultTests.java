package cn.anjian.publicity.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import cn.anjian.IntegrationTest;
import cn.anjian.kernel.Like;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Issue 14: the search box's result is pinned — which entries, in which order, and what the pager says — whatever way
 * the hits are read (one statement for the count and the page, the portal kept between requests): the same as a plain
 * scan of the published entries in the portal's subtree, newest first, ties by id.
 */
@IntegrationTest
class PortalSearchResultTests {

    private static final Pattern HIT = Pattern.compile("href=\"/public/notices/(\\d+)\"");

    @Autowired MockMvc mvc;
    @Autowired JdbcClient jdbc;
    @Autowired PortalDirectory directory;

    /**
     * {@code n} results titled tag（place i）: of 泽州县 (even i) and 神池县 (odd i), two by two at the same minute (ties
     * ordered by id), every seventh withdrawn (PUB-07: off the portal).
     */
    void publish(String tag, int n) {
        jdbc.sql("""
                INSERT INTO pub_publication (owner_agency_id, owner_name, jurisdiction_id, scope_path, kind, title, content,
                    published_at, withdrawn_at, withdrawal_reason, source_module, source_type, source_id)
                SELECT a.id, a.name, a.jurisdiction_id, a.scope_path, 'PENALTY_RESULT',
                    :t || '（' || CASE WHEN g % 2 = 0 THEN '泽州' ELSE '神池' END || g || '）', '内容',
                    TIMESTAMPTZ '2020-02-01 08:00:00+08' + (g / 2) * INTERVAL '1 minute',
                    CASE WHEN g % 7 = 0 THEN TIMESTAMPTZ '2023-03-01 08:00:00+08' END,
                    CASE WHEN g % 7 = 0 THEN '公示满三年，经承办机构负责人批准撤下' END, 'test', 'portal-pin', :t || g
                FROM generate_series(1, :n) g
                JOIN org_agency_view a ON a.name = CASE WHEN g % 2 = 0 THEN '泽州县应急管理局' ELSE '神池县应急管理局' END""")
                .param("t", tag).param("n", n).update();
    }

    /** What the search must answer: a plain scan of the live entries of the subtree, newest first, ties by id. */
    List<Long> expected(String text, String scopeOfAgency, int page) {
        return jdbc.sql("""
                        SELECT id FROM pub_publication WHERE withdrawn_at IS NULL AND title LIKE :q ESCAPE '\\'
                          AND scope_path LIKE (SELECT scope_path FROM org_agency_view WHERE name = :agency) || '%'
                        ORDER BY published_at DESC, id DESC LIMIT 20 OFFSET :o""")
                .param("q", Like.contains(text)).param("agency", scopeOfAgency).param("o", page * 20).query(Long.class).list();
    }

    String html(String q, String portal, int page) throws Exception {
        var req = get("/public/search").param("q", q).param("page", Integer.toString(page));
        if (portal != null) {
            req = req.param("portal", portal);
        }
        return mvc.perform(req.with(r -> {
            r.setRemoteAddr("10.20.9.15");
            return r;
        })).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    static List<Long> ids(String html) {
        List<Long> out = new ArrayList<>();
        Matcher m = HIT.matcher(html.substring(html.indexOf("id=\"search-hits\"")));
        while (m.find()) {
            out.add(Long.parseLong(m.group(1)));
        }
        return out;
    }

    static String tag(String word) {
        return word + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    @Test
    @DisplayName("PUB-04 the public search of results: the province's portal lists exactly the live hits, newest first (ties by id), with the exact count on every page")
    void provinceResultIsPinned() throws Exception {
        String tag = tag("固定检索");
        publish(tag, 70); // 70 - 10 withdrawn = 60 live: 3 pages
        for (int page = 0; page < 3; page++) {
            String html = html(tag, null, page);
            List<Long> want = expected(tag, "山西省应急管理厅", page);
            assertThat(want).hasSize(20);
            assertThat(ids(html)).as("page %d", page).isEqualTo(want);
            assertThat(html).contains("共 60 条，第 " + (page + 1) + " / 3 页").doesNotContain("以上");
        }
        // the newest first: entry 69 (神池) and 68 (泽州) share a minute, 70 is withdrawn
        assertThat(html(tag, null, 0)).contains(tag + "（神池69）").doesNotContain(tag + "（泽州70）");
        // a page past the last shows the last page
        String past = html(tag, null, 7);
        assertThat(ids(past)).isEqualTo(expected(tag, "山西省应急管理厅", 2));
        assertThat(past).contains("共 60 条，第 3 / 3 页");
    }

    @Test
    @DisplayName("PUB-04 the public search of results: a county's portal lists only its own live hits in the same order; a term with no hit says so")
    void countyResultIsPinned() throws Exception {
        String tag = tag("县级检索");
        publish(tag, 70);
        String zezhou = jdbc.sql("SELECT j.code FROM org_jurisdiction_view j JOIN org_agency_view a ON a.jurisdiction_id = j.id"
                + " WHERE a.name = '泽州县应急管理局'").query(String.class).single();
        String first = html(tag, zezhou, 0);
        assertThat(ids(first)).isEqualTo(expected(tag, "泽州县应急管理局", 0));
        assertThat(first).contains("共 30 条，第 1 / 2 页").doesNotContain("神池");
        assertThat(ids(html(tag, zezhou, 1))).isEqualTo(expected(tag, "泽州县应急管理局", 1)).hasSize(10);
        assertThat(html(tag + "（神池", zezhou, 0)).contains("没有找到相关公示信息", "共 0 条，第 1 / 1 页");
    }

    @Test
    @DisplayName("PUB-04 the public search of results: the same hits from the directory twice in a row (the portal kept between requests)")
    void repeatedSearchIsTheSame() {
        String tag = tag("重复检索");
        publish(tag, 30);
        PortalDirectory.Portal province = directory.portal(null);
        PortalDirectory.Hits a = directory.search(province, tag, 1);
        PortalDirectory.Hits b = directory.search(directory.portal(""), tag, 1);
        assertThat(b).isEqualTo(a);
        assertThat(a.total()).isEqualTo(26);
        assertThat(a.items()).extracting(PortalDirectory.Entry::id).isEqualTo(expected(tag, "山西省应急管理厅", 1));
        assertThat(a.totalText()).isEqualTo("共 26 条");
    }
}
