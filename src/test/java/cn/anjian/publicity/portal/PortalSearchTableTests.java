package cn.anjian.publicity.portal;

import static org.assertj.core.api.Assertions.assertThat;

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
 * Issue 14: the search box counts and pages from the narrow copy {@code pub_search} (V9_71). Pinned: for frequent, rare
 * and absent terms and a county's scope it answers the same entries in the same order as a plain scan of the published
 * entries, and the copy follows every publication, correction and withdrawal in the same transaction.
 */
@IntegrationTest
class PortalSearchTableTests {

    @Autowired JdbcClient jdbc;
    @Autowired PortalDirectory directory;
    @Autowired Publications publications;

    /** {@code n} results titled tag（place i） of 泽州县 (even i) and 神池县 (odd i), two a minute, every seventh withdrawn. */
    void publish(String tag, int n) {
        jdbc.sql("""
                INSERT INTO pub_publication (owner_agency_id, owner_name, jurisdiction_id, scope_path, kind, title, content,
                    published_at, withdrawn_at, withdrawal_reason, source_module, source_type, source_id)
                SELECT a.id, a.name, a.jurisdiction_id, a.scope_path, 'PENALTY_RESULT',
                    :t || '（' || CASE WHEN g % 2 = 0 THEN '泽州' ELSE '神池' END || g || '）', '内容',
                    TIMESTAMPTZ '2020-03-01 08:00:00+08' + (g / 2) * INTERVAL '1 minute',
                    CASE WHEN g % 7 = 0 THEN TIMESTAMPTZ '2023-04-01 08:00:00+08' END,
                    CASE WHEN g % 7 = 0 THEN '公示满三年，经承办机构负责人批准撤下' END, 'test', 'search-table', :t || g
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

    /** Every page of the search, concatenated, with the total each page says. */
    List<Long> searched(PortalDirectory.Portal portal, String text, long expectedTotal) {
        List<Long> out = new java.util.ArrayList<>();
        for (int page = 0; page * PortalDirectory.PAGE_SIZE < Math.max(1, expectedTotal); page++) {
            PortalDirectory.Hits h = directory.search(portal, text, page);
            assertThat(h.total()).as("total of %s, page %d", text, page).isEqualTo(expectedTotal);
            assertThat(h.capped()).isFalse();
            h.items().forEach(e -> out.add(e.id()));
        }
        return out;
    }

    String zezhou() {
        return jdbc.sql("SELECT j.code FROM org_jurisdiction_view j JOIN org_agency_view a ON a.jurisdiction_id = j.id"
                + " WHERE a.name = '泽州县应急管理局'").query(String.class).single();
    }

    static String tag(String word) {
        return word + Long.toString(System.nanoTime() % 1_000_000_000L, 36);
    }

    @Test
    @DisplayName("PUB-04 the search box reads the narrow copy: a frequent, a rare, an absent term and a county's scope give the same entries in the same order as a plain scan")
    void sameEntriesSameOrder() {
        String tag = tag("窄表检索");
        publish(tag, 210); // 180 live: 9 pages on the province's portal
        PortalDirectory.Portal province = directory.portal(null);
        PortalDirectory.Portal county = directory.portal(zezhou());
        // the copy holds exactly the live entries, with their title, owner, scope and time
        String live = "SELECT id, title, owner_name, scope_path, published_at FROM pub_publication WHERE withdrawn_at IS NULL AND title LIKE :q";
        String copy = "SELECT id, title, owner_name, scope_path, published_at FROM pub_search WHERE title LIKE :q";
        assertThat(jdbc.sql("SELECT count(*) FROM ((" + live + " EXCEPT " + copy + ") UNION ALL (" + copy + " EXCEPT " + live + ")) d")
                .param("q", tag + "%").query(Long.class).single()).isZero();
        assertThat(jdbc.sql("SELECT count(*) FROM pub_search WHERE title LIKE :q").param("q", tag + "%").query(Long.class).single())
                .isEqualTo(180);

        List<Long> frequent = expected(tag, "山西省应急管理厅");
        assertThat(frequent).hasSize(180);
        assertThat(searched(province, tag, 180)).isEqualTo(frequent);
        List<Long> inCounty = expected(tag, "泽州县应急管理局");
        assertThat(inCounty).hasSize(90);
        assertThat(searched(county, tag, 90)).isEqualTo(inCounty);
        // rare: 神池1, 神池11..19, 神池101..199 minus the withdrawn (ids pinned by the plain scan)
        String rare = tag + "（神池1";
        List<Long> rareWant = expected(rare, "山西省应急管理厅");
        assertThat(rareWant).isNotEmpty();
        assertThat(searched(province, rare, rareWant.size())).isEqualTo(rareWant);
        assertThat(searched(county, rare, 0)).isEmpty(); // 神池's entries are not in 泽州县's scope
        assertThat(searched(province, tag + "（无此单位", 0)).isEmpty();
    }

    @Test
    @DisplayName("PUB-07 a withdrawn entry leaves the search at once; a published one is found at once; PUB-08 a corrected title is found by its new text only")
    void copyFollowsTheEntries() {
        String tag = tag("同步检索");
        var a = jdbc.sql("SELECT id, name, jurisdiction_id, scope_path FROM org_agency_view WHERE name = '泽州县应急管理局'")
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)}).single();
        Long id = publications.publish(new Publications.NewPublication((Long) a[0], (String) a[1], (Long) a[2], (String) a[3],
                PublicationKind.PENALTY_RESULT, "行政处罚结果公示（" + tag + "有限公司）", "内容", "test", "search-table-sync", tag));
        PortalDirectory.Portal province = directory.portal(null);
        assertThat(directory.search(province, tag, 0).items()).extracting(PortalDirectory.Entry::id).containsExactly(id);
        assertThat(directory.search(directory.portal(zezhou()), tag, 0).items()).extracting(PortalDirectory.Entry::id)
                .containsExactly(id);

        publications.revise(id, "更正后的内容"); // the content is not searched: the row stays as it was
        assertThat(directory.search(province, tag, 0).total()).isEqualTo(1);

        jdbc.sql("UPDATE pub_publication SET title = :t WHERE id = :id").param("t", "行政处罚结果公示（" + tag + "更正公司）")
                .param("id", id).update();
        assertThat(directory.search(province, tag + "更正", 0).items()).extracting(PortalDirectory.Entry::id).containsExactly(id);
        assertThat(directory.search(province, tag + "有限", 0).total()).isZero();

        publications.withdraw(id, "公示满三年，经承办机构负责人批准撤下");
        PortalDirectory.Hits after = directory.search(province, tag, 0);
        assertThat(after.total()).isZero();
        assertThat(after.items()).isEmpty();
        assertThat(jdbc.sql("SELECT count(*) FROM pub_search WHERE id = :id").param("id", id).query(Long.class).single()).isZero();
    }
}
