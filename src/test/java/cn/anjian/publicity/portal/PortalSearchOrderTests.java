package cn.anjian.publicity.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import cn.anjian.IntegrationTest;
import cn.anjian.kernel.Like;
import cn.anjian.publicity.notices.PublicationKind;
import cn.anjian.publicity.notices.Publications;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14: the search table is kept in title order (V9_76, {@link PortalSearchReorder}) and a search runs without
 * parallel workers. Only where the rows lie changes: for every class of term — a full party name, its distinctive
 * middle, a masked citizen, a term frequent enough to be capped, a name matching nothing — on the province's and a
 * county's portal, the pages before and after a rebuild are the same entries in the same order as a plain scan of the
 * live entries; the copy still follows publications and withdrawals after the rebuild.
 */
@IntegrationTest
class PortalSearchOrderTests {

    @Autowired JdbcClient jdbc;
    @Autowired PortalDirectory directory;
    @Autowired PortalSearchReorder reorder;
    @Autowired Publications publications;

    /**
     * {@code n} results of 泽州县 (even g) and 神池县 (odd g), published in time order (so a party's entries lie far apart
     * before the rebuild): companies named after three brands, one in ten a masked citizen, every seventh withdrawn.
     */
    void publish(String tag, int n) {
        jdbc.sql("""
                INSERT INTO pub_publication (owner_agency_id, owner_name, jurisdiction_id, scope_path, kind, title, content,
                    published_at, withdrawn_at, withdrawal_reason, source_module, source_type, source_id)
                SELECT a.id, a.name, a.jurisdiction_id, a.scope_path, 'PENALTY_RESULT',
                    a.name || '行政处罚结果公示（' || :t || CASE WHEN g % 10 = 0 THEN '张**'
                        ELSE (ARRAY['鑫源','宏达','永安'])[1 + g % 3] || (ARRAY['煤业','化工'])[1 + g / 3 % 2] || '有限公司' END || '）',
                    '内容', TIMESTAMPTZ '2021-05-01 08:00:00+08' + (g / 2) * INTERVAL '1 minute',
                    CASE WHEN g % 7 = 0 THEN TIMESTAMPTZ '2024-06-01 08:00:00+08' END,
                    CASE WHEN g % 7 = 0 THEN '公示满三年，经承办机构负责人批准撤下' END, 'test', 'search-order', :t || g
                FROM generate_series(1, :n) g
                JOIN org_agency_view a ON a.name = CASE WHEN g % 2 = 0 THEN '泽州县应急管理局' ELSE '神池县应急管理局' END""")
                .param("t", tag).param("n", n).update();
    }

    /** A plain scan of the live entries of the agency's subtree holding the text, newest first, ties by id. */
    List<Long> expected(String text, String agency) {
        return jdbc.sql("""
                        SELECT id FROM pub_publication WHERE withdrawn_at IS NULL AND title LIKE :q ESCAPE '\\'
                          AND scope_path LIKE (SELECT scope_path FROM org_agency_view WHERE name = :agency) || '%'
                        ORDER BY published_at DESC, id DESC""")
                .param("q", Like.contains(text)).param("agency", agency).query(Long.class).list();
    }

    /** What a citizen sees for the text: each page's ids and pager text, first and last page (all pages when few). */
    List<String> seen(PortalDirectory.Portal portal, String text) {
        List<String> out = new ArrayList<>();
        PortalDirectory.Hits first = directory.search(portal, text, 0);
        for (int page = 0; page < first.pages(); page++) {
            if (first.capped() && page > 0 && page < first.pages() - 1) {
                continue;
            }
            PortalDirectory.Hits h = directory.search(portal, text, page);
            out.add(h.totalText() + " " + h.page() + " " + h.items().stream().map(PortalDirectory.Entry::id).toList());
        }
        return out;
    }

    static String tag(String word) {
        return word + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    @Test
    @DisplayName("PUB-04 the search table rebuilt in title order: every class of term, on the province's and a county's portal, gives the same pages as a plain scan, before and after")
    void sameHitsSameOrderAfterTheRebuild() {
        String tag = tag("排序检索");
        publish(tag, 1_300); // 1,115 live: the bare tag is capped (more than 1,000 hits)
        String zezhou = jdbc.sql("SELECT j.code FROM org_jurisdiction_view j JOIN org_agency_view a ON a.jurisdiction_id = j.id"
                + " WHERE a.name = '泽州县应急管理局'").query(String.class).single();
        PortalDirectory.Portal province = directory.portal(null);
        PortalDirectory.Portal county = directory.portal(zezhou);
        List<String> terms = List.of(tag, tag + "鑫源煤业有限公司", "鑫源煤业有限公司）", tag + "宏达", tag + "张**", tag + "无此单位");
        List<List<String>> before = new ArrayList<>();
        for (String t : terms) {
            before.add(seen(province, t));
            before.add(seen(county, t));
        }

        reorder.run();

        List<List<String>> after = new ArrayList<>();
        for (String t : terms) {
            after.add(seen(province, t));
            after.add(seen(county, t));
        }
        assertThat(after).isEqualTo(before);

        // and they are the plain scan's: the capped term's first and last (50th) page, the exact counts
        List<Long> all = expected(tag, "山西省应急管理厅");
        assertThat(all).hasSize(1_115);
        PortalDirectory.Hits capped = directory.search(province, tag, 0);
        assertThat(capped.capped()).isTrue();
        assertThat(capped.totalText()).isEqualTo("1000 条以上");
        assertThat(capped.items()).extracting(PortalDirectory.Entry::id).isEqualTo(all.subList(0, 20));
        assertThat(directory.search(province, tag, 49).items()).extracting(PortalDirectory.Entry::id).isEqualTo(all.subList(980, 1000));
        for (String t : terms.subList(1, terms.size())) {
            for (String agency : List.of("山西省应急管理厅", "泽州县应急管理局")) {
                List<Long> want = expected(t, agency);
                PortalDirectory.Portal p = agency.startsWith("山西") ? province : county;
                PortalDirectory.Hits h = directory.search(p, t, 0);
                assertThat(h.total()).as("%s on %s", t, agency).isEqualTo(want.size());
                assertThat(h.items()).extracting(PortalDirectory.Entry::id).isEqualTo(want.subList(0, Math.min(20, want.size())));
            }
        }
        assertThat(expected(tag + "张**", "山西省应急管理厅")).isNotEmpty();
        assertThat(expected(tag + "鑫源煤业有限公司", "泽州县应急管理局")).isNotEmpty();
        // the withdrawn stay out: no page shows an entry whose source number is a multiple of seven
        assertThat(jdbc.sql("SELECT count(*) FROM pub_search s JOIN pub_publication p ON p.id = s.id WHERE p.source_id LIKE :t"
                + " AND p.withdrawn_at IS NOT NULL").param("t", tag + "%").query(Long.class).single()).isZero();
    }

    @Test
    @DisplayName("PUB-07 after the rebuild a withdrawn entry still leaves the search at once and a new one is found at once")
    void theCopyFollowsTheEntriesAfterTheRebuild() {
        reorder.run();
        String tag = tag("重排同步");
        var a = jdbc.sql("SELECT id, name, jurisdiction_id, scope_path FROM org_agency_view WHERE name = '神池县应急管理局'")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)}).single();
        Long id = publications.publish(new Publications.NewPublication((Long) a[0], (String) a[1], (Long) a[2], (String) a[3],
                PublicationKind.PENALTY_RESULT, "行政处罚结果公示（" + tag + "有限公司）", "内容", "test", "search-order-sync", tag));
        PortalDirectory.Portal province = directory.portal(null);
        assertThat(directory.search(province, tag, 0).items()).extracting(PortalDirectory.Entry::id).containsExactly(id);
        publications.withdraw(id, "公示满三年，经承办机构负责人批准撤下");
        assertThat(directory.search(province, tag, 0).total()).isZero();
    }
}
