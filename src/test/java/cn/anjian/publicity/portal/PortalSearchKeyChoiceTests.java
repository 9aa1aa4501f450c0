package cn.anjian.publicity.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.anjian.IntegrationTest;
import cn.anjian.kernel.Like;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14: which keys the portal's search asks the index for (the rare bigrams and the portal's scope), and when a
 * frequent term skips the walk of the newest entries (the newest entries' counts say it is rare below the portal). Neither
 * may change a page: each is compared with a plain scan.
 */
@IntegrationTest
class PortalSearchKeyChoiceTests {

    @Autowired JdbcClient jdbc;
    @Autowired PortalDirectory directory;
    @Autowired SearchKeyStats stats;

    @Test
    @DisplayName("PUB-04 the public search of results: the index is asked for the bigrams under 2 % and the portal's scope; none that rare: the rarest, unless the scope narrows instead")
    void keysAskedOfTheIndex() {
        Map<String, Double> freqs = Map.of("甲乙", 0.015, "乙丙", 0.3, "有限", 0.9, "限公", 0.92, "公司", 0.95, "/1/43/", 0.39);
        assertThat(SearchKeyStats.selective(freqs, new String[] {"甲乙", "乙丙", "丙丁"}, "/1/43/"))
                .containsExactly("甲乙", "丙丁", "/1/43/"); // 丙丁: not among the most common, rarer than all of them
        assertThat(SearchKeyStats.selective(freqs, new String[] {"甲乙", "乙丙", "丙丁"}, null)).containsExactly("甲乙", "丙丁");
        assertThat(SearchKeyStats.selective(freqs, new String[] {"乙丙", "有限"}, "/1/43/")).containsExactly("乙丙", "/1/43/");
        assertThat(SearchKeyStats.selective(freqs, new String[] {"有限", "限公", "公司"}, "/1/43/")).containsExactly("/1/43/");
        assertThat(SearchKeyStats.selective(freqs, new String[] {"限公", "有限", "公司"}, null)).containsExactly("有限");
        assertThat(SearchKeyStats.selective(freqs, new String[] {}, "/1/43/")).containsExactly("/1/43/");
        assertThat(SearchKeyStats.selective(freqs, new String[] {}, null)).isEmpty();
        // no statistics yet: every bigram
        assertThat(SearchKeyStats.selective(Map.of(), new String[] {"有限", "限公"}, null)).containsExactly("有限", "限公");
    }

    @Test
    @DisplayName("PUB-04 the public search of results: the newest entries' counts per scope key are the entries below it holding each frequent bigram")
    void newestCountsPerScope() {
        Map<String, Map<String, Integer>> counts = SearchKeyStats.countByScope(List.of(
                new String[] {"忻州市万通忻州", "/1/83/"}, new String[] {"忻州市华晋", "/1/83/91/"},
                new String[] {"晋城市万通", "/1/43/"}, new String[] {"山西省", "/1/"}), Set.of("忻州", "万通"));
        assertThat(counts).isEqualTo(Map.of(
                "/1/", Map.of("忻州", 2, "万通", 2),
                "/1/83/", Map.of("忻州", 2, "万通", 1),
                "/1/83/91/", Map.of("忻州", 1),
                "/1/43/", Map.of("万通", 1)));
    }

    List<Long> expected(String text, String agency, int page) {
        return jdbc.sql("""
                        SELECT id FROM pub_publication WHERE withdrawn_at IS NULL AND title LIKE :q ESCAPE '\\'
                          AND scope_path LIKE (SELECT scope_path FROM org_agency_view WHERE name = :agency) || '%'
                        ORDER BY published_at DESC, id DESC LIMIT 20 OFFSET :o""")
                .param("q", Like.contains(text)).param("agency", agency).param("o", page * 20).query(Long.class).list();
    }

    @Test
    @DisplayName("PUB-04 the public search of results: a term frequent in the province but absent below a county is not walked there, and every portal's pages are the plain scan's")
    void frequentElsewhereSkipsTheWalk() {
        String tag = "异地" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
        // frequent by the statistics: more than FREQUENT_SHARE of the entries, each newer than all others (in the walk's window)
        long live = jdbc.sql("SELECT count(*) FROM pub_publication WHERE withdrawn_at IS NULL").query(Long.class).single();
        int n = (int) Math.max(PortalDirectory.COUNT_CAP + 1, live * 2 * PortalDirectory.FREQUENT_SHARE);
        jdbc.sql("""
                INSERT INTO pub_publication (owner_agency_id, owner_name, jurisdiction_id, scope_path, kind, title, content,
                    published_at, source_module, source_type, source_id)
                SELECT a.id, a.name, a.jurisdiction_id, a.scope_path, 'PENALTY_RESULT', :t || '（神池' || g || '）', '内容',
                    (SELECT max(published_at) FROM pub_publication) + g * INTERVAL '1 second', 'test', 'portal-key-choice', :t || g
                FROM org_agency_view a, generate_series(1, :n) g WHERE a.name = '神池县应急管理局'""")
                .param("t", tag).param("n", n).update();
        String shenchiCode = jdbc.sql("""
                SELECT j.code FROM org_jurisdiction j JOIN org_agency_view a ON a.jurisdiction_id = j.id
                WHERE a.name = '神池县应急管理局'""").query(String.class).single();
        PortalDirectory.Portal province = directory.portal(null);
        PortalDirectory.Portal zezhou = directory.portal("140525");
        PortalDirectory.Portal shenchi = directory.portal(shenchiCode);
        jdbc.sql("ANALYZE pub_publication").update();
        stats.forget();
        try {
            String[] bigrams = PortalDirectory.bigrams(tag);
            assertThat(stats.upperShare(bigrams)).isGreaterThanOrEqualTo(PortalDirectory.FREQUENT_SHARE);
            assertThat(stats.newestBound(zezhou.agency().scopePath(), bigrams)).isZero();
            int inWindow = Math.min(n, PortalDirectory.WALK_BUDGET);
            assertThat(stats.newestBound(shenchi.agency().scopePath(), bigrams)).isGreaterThanOrEqualTo(inWindow);
            assertThat(stats.newestBound(province.agency().scopePath(), bigrams)).isGreaterThanOrEqualTo(inWindow);
            assertThat(stats.newestBound(zezhou.agency().scopePath(), PortalDirectory.bigrams(tag + "罕见"))).as("a bigram not counted")
                    .isEqualTo(Integer.MAX_VALUE);

            PortalDirectory.Hits none = directory.search(zezhou, tag, 0);
            assertThat(none.totalText()).isEqualTo("共 0 条");
            assertThat(none.items()).isEmpty();
            for (var portal : List.of(Map.entry(shenchi, "神池县应急管理局"), Map.entry(province, "山西省应急管理厅"))) {
                for (int page : new int[] {0, 1, 49}) {
                    PortalDirectory.Hits hits = directory.search(portal.getKey(), tag, page);
                    assertThat(hits.totalText()).isEqualTo("1000 条以上");
                    assertThat(hits.items()).extracting(PortalDirectory.Entry::id).as("%s page %d", portal.getValue(), page)
                            .isEqualTo(expected(tag, portal.getValue(), page)).hasSize(20);
                }
            }
            // a narrower term of the same entries: 神池 is in each title, the walk's count bound is the fewest of its bigrams
            String one = tag + "（神池1）";
            assertThat(directory.search(shenchi, one, 0).items()).extracting(PortalDirectory.Entry::id)
                    .isEqualTo(expected(one, "神池县应急管理局", 0));
        } finally {
            // withdrawn, they leave every list and search: other tests of this context see their own entries first again
            jdbc.sql("UPDATE pub_publication SET withdrawn_at = now(), withdrawal_reason = '测试结束' WHERE source_type = 'portal-key-choice' AND source_id LIKE :t || '%'")
                    .param("t", tag).update();
            jdbc.sql("ANALYZE pub_publication").update();
            stats.forget();
        }
    }
}
