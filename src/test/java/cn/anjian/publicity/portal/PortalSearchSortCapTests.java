package cn.anjian.publicity.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.kernel.Like;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 14: a term with more hits than the count's cap has its page sorted from up to {@link PortalDirectory#SORT_CAP}
 * hits read through the index, and walks the newest entries only above that. Either way the page must be the one a
 * plain scan gives (newest first, ties by id, within the newest 1000), with "1000 条以上" — on both sides of both
 * thresholds, on the province's and a county's portal.
 */
@IntegrationTest
class PortalSearchSortCapTests {

    @Autowired JdbcClient jdbc;
    @Autowired PortalDirectory directory;

    /**
     * {@code live} published results of 泽州县 titled tag（泽州g）, their dates shuffled over fewer minutes than entries
     * (ties ordered by id), plus a seventh as many withdrawn ones of 泽州县 (off the portal) and {@code elsewhere} live
     * ones of 神池县 (not on 泽州县's portal).
     */
    void publish(String tag, int live, int elsewhere) {
        jdbc.sql("""
                INSERT INTO pub_publication (owner_agency_id, owner_name, jurisdiction_id, scope_path, kind, title, content,
                    published_at, withdrawn_at, withdrawal_reason, source_module, source_type, source_id)
                SELECT a.id, a.name, a.jurisdiction_id, a.scope_path, 'PENALTY_RESULT',
                    :t || '（' || CASE WHEN g > :live + :live / 7 THEN '神池' ELSE '泽州' END || g || '）', '内容',
                    TIMESTAMPTZ '2019-03-01 08:00:00+08' + ((g * 37) % (:live / 3 + 1)) * INTERVAL '1 minute',
                    CASE WHEN g > :live AND g <= :live + :live / 7 THEN TIMESTAMPTZ '2023-03-01 08:00:00+08' END,
                    CASE WHEN g > :live AND g <= :live + :live / 7 THEN '公示满三年，经承办机构负责人批准撤下' END,
                    'test', 'portal-sort-cap', :t || g
                FROM generate_series(1, :live + :live / 7 + :elsewhere) g
                JOIN org_agency_view a ON a.name = CASE WHEN g > :live + :live / 7 THEN '神池县应急管理局' ELSE '泽州县应急管理局' END""")
                .param("t", tag).param("live", live).param("elsewhere", elsewhere).update();
    }

    /** What the search must answer: a plain scan of the live entries of the subtree, newest first, ties by id. */
    List<Long> expected(String text, String scopeOfAgency, int page) {
        return jdbc.sql("""
                        SELECT id FROM pub_publication WHERE withdrawn_at IS NULL AND title LIKE :q ESCAPE '\\'
                          AND scope_path LIKE (SELECT scope_path FROM org_agency_view WHERE name = :agency) || '%'
                        ORDER BY published_at DESC, id DESC LIMIT 20 OFFSET :o""")
                .param("q", Like.contains(text)).param("agency", scopeOfAgency).param("o", page * 20).query(Long.class).list();
    }

    static String tag(String word) {
        return word + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    void assertCapped(PortalDirectory.Portal portal, String tag, String agency) {
        assertCapped(portal, tag, agency, null);
    }

    /**
     * Pages 1, 2, 50 and one past the 50th: the newest 1000's pages, the same as the plain scan's, and capped;
     * {@code sortCap} as {@link PortalDirectory#search(PortalDirectory.Portal, String, int, Integer)} takes it.
     */
    void assertCapped(PortalDirectory.Portal portal, String tag, String agency, Integer sortCap) {
        for (int page : new int[] {0, 1, 49, 50, 80}) {
            PortalDirectory.Hits hits = directory.search(portal, tag, page, sortCap);
            int shown = Math.min(page, 49);
            assertThat(hits.page()).as("%s page %d", agency, page).isEqualTo(shown);
            assertThat(hits.capped()).as("%s page %d", agency, page).isTrue();
            assertThat(hits.totalText()).isEqualTo("1000 条以上");
            assertThat(hits.pages()).isEqualTo(50);
            List<Long> want = expected(tag, agency, shown);
            assertThat(want).hasSize(20);
            assertThat(hits.items()).extracting(PortalDirectory.Entry::id).as("%s page %d", agency, page).isEqualTo(want);
        }
    }

    @Test
    @DisplayName("PUB-04 the public search of results: 1,001 and 5,001 hits (sorted from the hits / walked) give the plain scan's newest 1000, capped, on the province's and the county's portal")
    void justAboveEachCap() {
        PortalDirectory.Portal province = directory.portal(null);
        PortalDirectory.Portal zezhou = directory.portal("140525");
        for (int live : new int[] {PortalDirectory.COUNT_CAP + 1, PortalDirectory.SORT_CAP + 1}) {
            String tag = tag("序限" + live);
            publish(tag, live, 0);
            assertCapped(province, tag, "山西省应急管理厅");
            assertCapped(zezhou, tag, "泽州县应急管理局");
        }
    }

    @Test
    @DisplayName("PUB-04 the public search of results: 4,999 hits on the county's portal (sorted) but 5,001 on the province's (walked), and 20,000 hits, give the plain scan's pages")
    void belowAndFarAboveTheSortCap() {
        PortalDirectory.Portal province = directory.portal(null);
        PortalDirectory.Portal zezhou = directory.portal("140525");
        String tag = tag("序界");
        publish(tag, PortalDirectory.SORT_CAP - 1, 2);
        assertCapped(zezhou, tag, "泽州县应急管理局");
        assertCapped(province, tag, "山西省应急管理厅");
        assertThat(directory.search(zezhou, tag + "（神池", 0).totalText()).isEqualTo("共 0 条");
        assertThat(directory.search(province, tag + "（神池", 0).totalText()).isEqualTo("共 2 条");

        String many = tag("序多");
        publish(many, 20_000, 0);
        assertCapped(province, many, "山西省应急管理厅");
        assertCapped(zezhou, many, "泽州县应急管理局");
    }

    @Test
    @DisplayName("PUB-04 the public search of results: a term read only up to 1,000 hits (dense) gives the plain scan's pages — exact at 1,000, capped and walked at 1,001 and 4,999 — as the full sort does")
    void denseTermReadUpToTheCountCap() {
        PortalDirectory.Portal province = directory.portal(null);
        PortalDirectory.Portal zezhou = directory.portal("140525");
        String exact = tag("序密");
        publish(exact, PortalDirectory.COUNT_CAP, 0);
        for (Integer cap : new Integer[] {PortalDirectory.COUNT_CAP, PortalDirectory.SORT_CAP}) {
            for (int page : new int[] {0, 1, 49, 60}) {
                PortalDirectory.Hits hits = directory.search(zezhou, exact, page, cap);
                assertThat(hits.capped()).isFalse();
                assertThat(hits.totalText()).isEqualTo("共 1000 条");
                assertThat(hits.page()).isEqualTo(Math.min(page, 49));
                assertThat(hits.items()).extracting(PortalDirectory.Entry::id).as("cap %d page %d", cap, page)
                        .isEqualTo(expected(exact, "泽州县应急管理局", Math.min(page, 49)));
            }
        }
        for (int live : new int[] {PortalDirectory.COUNT_CAP + 1, PortalDirectory.SORT_CAP - 1}) {
            String tag = tag("序稠" + live);
            publish(tag, live, 0);
            assertCapped(province, tag, "山西省应急管理厅", PortalDirectory.COUNT_CAP);
            assertCapped(zezhou, tag, "泽州县应急管理局", PortalDirectory.COUNT_CAP);
        }
    }

    @Test
    @DisplayName("PUB-04 the public search of results: only a term whose rarest key may hold more than 2 √(20 (p + 1) N) hits is read up to 1,000 hits")
    void sortCapFollowsTheBreakEven() {
        // N = 1,000,000: twice the break-even is 2 √(20,000,000) ≈ 8,944 hits at the first page, ≈ 63,246 at the 50th
        assertThat(PortalDirectory.sortCap(0.0090, 1_000_000, 0)).isEqualTo(PortalDirectory.COUNT_CAP);
        assertThat(PortalDirectory.sortCap(0.0088, 1_000_000, 0)).isEqualTo(PortalDirectory.SORT_CAP);
        assertThat(PortalDirectory.sortCap(0.06, 1_000_000, 49)).isEqualTo(PortalDirectory.SORT_CAP);
        assertThat(PortalDirectory.sortCap(0.064, 1_000_000, 49)).isEqualTo(PortalDirectory.COUNT_CAP);
        // a key missing from the statistics (share 0) or no statistics yet (no entries): sorted, as before
        assertThat(PortalDirectory.sortCap(0, 1_000_000, 0)).isEqualTo(PortalDirectory.SORT_CAP);
        assertThat(PortalDirectory.sortCap(0.5, 0, 0)).isEqualTo(PortalDirectory.SORT_CAP);
    }

    @Autowired TransactionTemplate transactions;

    @Test
    @DisplayName("PUB-04 the public search of results: a statement that says pub_serial_plan() is never planned parallel, even where a parallel plan is made the cheapest (so a search needs no SET LOCAL and no transaction)")
    void serialPlanNeedsNoSetting() {
        String plan = transactions.execute(s -> {
            jdbc.sql("SET LOCAL parallel_setup_cost = 0").update();
            jdbc.sql("SET LOCAL parallel_tuple_cost = 0").update();
            jdbc.sql("SET LOCAL min_parallel_table_scan_size = 0").update();
            jdbc.sql("SET LOCAL max_parallel_workers_per_gather = 2").update();
            String q = "SELECT count(*) FROM pub_search WHERE title LIKE '%序%'";
            String parallel = String.join("\n", jdbc.sql("EXPLAIN " + q).query(String.class).list());
            assertThat(parallel).as("the same statement without the marker").contains("Gather");
            return String.join("\n", jdbc.sql("EXPLAIN " + q + " AND pub_serial_plan()").query(String.class).list());
        });
        assertThat(plan).doesNotContain("Gather").doesNotContain("Parallel").doesNotContain("pub_serial_plan");
    }
}
