package cn.anjian.publicity.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.kernel.Like;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

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

    /** Pages 1, 2, 50 and one past the 50th: the newest 1000's pages, the same as the plain scan's, and capped. */
    void assertCapped(PortalDirectory.Portal portal, String tag, String agency) {
        for (int page : new int[] {0, 1, 49, 50, 80}) {
            PortalDirectory.Hits hits = directory.search(portal, tag, page);
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
}
