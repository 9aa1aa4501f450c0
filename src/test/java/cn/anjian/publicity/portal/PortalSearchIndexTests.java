package cn.anjian.publicity.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.sql.DataSource;

import cn.anjian.IntegrationTest;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.PageSlice;
import cn.anjian.publicity.notices.PublicationKind;
import cn.anjian.publicity.notices.Publications;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 14: the portal's search from this node's index (a base of posting lists and an overlay of the changes since)
 * answers exactly what the plain LIKE scan of the live entries answers (rows of the page, page clamped, total capped at
 * 1,000), and is caught up exactly from V9_78's change log.
 */
@IntegrationTest
class PortalSearchIndexTests {

    @Autowired JdbcClient jdbc;
    @Autowired DataSource dataSource;
    @Autowired PortalDirectory directory;
    @Autowired PortalSearchIndex index;
    @Autowired Publications publications;

    final String tag = "索引" + Long.toString(System.nanoTime() % 1_000_000_000L, 36);

    @AfterEach
    void withdraw() {
        jdbc.sql("UPDATE pub_publication SET withdrawn_at = now(), withdrawal_reason = '测试结束' WHERE source_type IN ('portal-index', 'portal-index-real') AND withdrawn_at IS NULL")
                .update();
        index.close();
    }

    /** What the plain scan of the live entries gives for a page (the PostgreSQL search's contract). */
    PortalDirectory.Hits oracle(PortalDirectory.Portal p, String text, int page) {
        String scope = p.agency().scopePath() + "%";
        long counted = jdbc.sql("""
                        SELECT count(*) FROM (SELECT 1 FROM pub_publication WHERE withdrawn_at IS NULL AND scope_path LIKE :scope
                          AND title LIKE :q ESCAPE '\\' LIMIT 1001) t""")
                .param("scope", scope).param("q", Like.contains(text)).query(Long.class).single();
        boolean capped = counted > PortalDirectory.COUNT_CAP;
        long total = capped ? PortalDirectory.COUNT_CAP : counted;
        PageSlice slice = PageSlice.of(page, PortalDirectory.PAGE_SIZE, total);
        List<PortalDirectory.Entry> rows = total == 0 ? List.of() : jdbc.sql("""
                        SELECT id, title, owner_name, published_at FROM pub_publication WHERE withdrawn_at IS NULL
                          AND scope_path LIKE :scope AND title LIKE :q ESCAPE '\\'
                        ORDER BY published_at DESC, id DESC""" + slice.window())
                .param("scope", scope).param("q", Like.contains(text))
                .query((rs, n) -> new PortalDirectory.Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .list();
        return new PortalDirectory.Hits(rows, slice.page(), total, capped);
    }

    void insert(String agency, String titleSql, int n) {
        jdbc.sql("""
                INSERT INTO pub_publication (owner_agency_id, owner_name, jurisdiction_id, scope_path, kind, title, content,
                    published_at, source_module, source_type, source_id)
                SELECT a.id, a.name, a.jurisdiction_id, a.scope_path, 'PENALTY_RESULT', """ + titleSql + """
                    , '内容', TIMESTAMPTZ '2022-03-01 08:00:00+08' + (g % 700) * INTERVAL '1 hour 1.5 seconds', 'test', 'portal-index', :t || g || random()
                FROM org_agency_view a, generate_series(1, :n) g WHERE a.name = :agency""")
                .param("t", tag).param("n", n).param("agency", agency).update();
    }

    List<PortalDirectory.Portal> portals() {
        String shenchi = jdbc.sql("""
                SELECT j.code FROM org_jurisdiction j JOIN org_agency_view a ON a.jurisdiction_id = j.id
                WHERE a.name = '神池县应急管理局'""").query(String.class).single();
        return List.of(directory.portal(null), directory.portal("140500"), directory.portal("140525"), directory.portal(shenchi));
    }

    @Test
    @DisplayName("PUB-04 the public search of results: the index's pages are the plain scan's for rare, frequent, absent, one-character and wildcard terms on province, city and county portals")
    void sameAsThePlainScan() throws Exception {
        // frequent under one county only (same published_at for many: the id breaks the tie), and literal wildcards
        insert("神池县应急管理局", ":t || '（神池' || g || '）'", 1_300);
        insert("泽州县应急管理局", "(ARRAY['A%B公司', 'a_b公司', '反斜\\杠', '甲 乙', 'AB大写', 'ab小写', '%_\\', '𠀀丙'])[1 + g % 8] || :t", 80);
        index.rebuild();
        Set<String> terms = new LinkedHashSet<>(List.of(tag, tag + "（神池1）", "（神池12", "不存在的名字", "县", "市", "公司",
                "有限", "%", "_", "\\", "A%B", "a_b", "a%b", "甲 乙", "  甲 乙  ", " 乙", "AB", "ab", "Ab", "B", "%_\\", "（", "罕",
                "", " ", "𠀀", "𠀀丙", "神池县", "泽州县", "应急管理局", "行政处罚结果公示", " " + tag + " ", "（神池", tag + "（"));
        for (String title : jdbc.sql("SELECT title FROM pub_search ORDER BY id % 97, id LIMIT 12").query(String.class).list()) {
            int[] cps = title.codePoints().toArray();
            terms.add(new String(cps, 0, Math.min(2, cps.length)));
            terms.add(new String(cps, cps.length / 2, Math.min(3, cps.length - cps.length / 2)));
            terms.add(new String(cps, 0, Math.min(6, cps.length)));
            terms.add(title);
        }
        assertSameAsTheScan(terms);
        // a frequent term of one county is absent under another, capped in the province
        assertThat(index.search(portals().get(2).agency().scopePath(), tag + "（神池", 0).totalText()).isEqualTo("共 0 条");
        assertThat(index.search(portals().get(0).agency().scopePath(), tag + "（神池", 0).totalText()).isEqualTo("1000 条以上");
    }

    void assertSameAsTheScan(Set<String> terms) {
        for (PortalDirectory.Portal p : portals()) {
            for (String term : terms) {
                for (int page : new int[] {0, 1, 49, 50, 999}) {
                    assertThat(index.search(p.agency().scopePath(), term, page)).as("%s «%s» page %d", p.agency().name(), term, page)
                            .isEqualTo(oracle(p, term, page));
                }
            }
        }
    }

    Long publish(String agency, String title) {
        var a = jdbc.sql("SELECT id, name, jurisdiction_id, scope_path FROM org_agency_view WHERE name = :n").param("n", agency)
                .query((rs, n) -> new Object[] {rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4)}).single();
        return publications.publish(new Publications.NewPublication((Long) a[0], (String) a[1], (Long) a[2], (String) a[3],
                PublicationKind.PENALTY_RESULT, title, "内容", "test", "portal-index-real", title));
    }

    @Test
    @DisplayName("PUB-07/PUB-08 after publishing, correcting and withdrawing through the real paths, the base and its overlay merged page as the plain scan, before and after a rebuild")
    void overlayMergedWithTheBase() throws Exception {
        // 1,300 older entries in the base (their times interleave with the overlay's below), then changes on top
        insert("神池县应急管理局", ":t || '（基' || g || '）'", 1_300);
        insert("泽州县应急管理局", ":t || '（泽' || g || '）'", 40);
        index.rebuild();
        Long published = publish("泽州县应急管理局", "行政处罚结果公示（" + tag + "（新发布有限公司））");
        Long toWithdraw = publish("神池县应急管理局", "行政处罚结果公示（" + tag + "（将撤回））");
        publications.revise(published, "更正后的内容");
        publications.withdraw(toWithdraw, "公示满三年，经承办机构负责人批准撤下");
        long base = jdbc.sql("SELECT id FROM pub_publication WHERE source_type = 'portal-index' AND title = :t || '（基7）'")
                .param("t", tag).query(Long.class).single();
        publications.withdraw(base, "公示满三年，经承办机构负责人批准撤下");
        // corrected titles (PUB-08) and older entries published now: the overlay's rows fall between the base's
        jdbc.sql("UPDATE pub_publication SET title = :t || '（更正' || id || '）' WHERE source_type = 'portal-index' AND title IN (:t || '（基30）', :t || '（泽3）', :t || '（基1299）')")
                .param("t", tag).update();
        insert("神池县应急管理局", ":t || '（补' || g || '）'", 30);
        index.tick();
        Set<String> terms = new LinkedHashSet<>(List.of(tag, tag + "（基", tag + "（泽", tag + "（更正", tag + "（补", tag + "（新发布",
                tag + "（将撤回", tag + "（基7）", "新发布有限", "（", "补"));
        assertSameAsTheScan(terms);
        assertThat(index.search(directory.portal("140525").agency().scopePath(), tag + "（将撤回", 0).total()).isZero();
        index.rebuild();
        assertSameAsTheScan(terms);
    }

    @Test
    @DisplayName("PUB-07 a withdrawn or corrected entry leaves or changes the index's search at the next catch-up, and a new one enters it")
    void caughtUpFromTheLog() throws Exception {
        insert("泽州县应急管理局", ":t || '（旧' || g || '）'", 5);
        index.rebuild();
        PortalDirectory.Portal zezhou = directory.portal("140525");
        String scope = zezhou.agency().scopePath();
        assertThat(index.search(scope, tag, 0).total()).isEqualTo(5);
        jdbc.sql("UPDATE pub_publication SET withdrawn_at = now(), withdrawal_reason = '撤回' WHERE source_type = 'portal-index' AND title = :t || '（旧1）'")
                .param("t", tag).update();
        jdbc.sql("UPDATE pub_publication SET title = :t || '（更正2）' WHERE source_type = 'portal-index' AND title = :t || '（旧2）'")
                .param("t", tag).update();
        insert("泽州县应急管理局", ":t || '（新' || g || '）'", 2);
        index.tick();
        assertThat(index.search(scope, tag, 0)).isEqualTo(oracle(zezhou, tag, 0));
        assertThat(index.search(scope, tag, 0).total()).isEqualTo(6);
        assertThat(index.search(scope, tag + "（更正2）", 0).total()).isEqualTo(1);
        // the search itself catches up when the portal's revision moves (its TTL: 1 s)
        jdbc.sql("UPDATE pub_publication SET withdrawn_at = now(), withdrawal_reason = '撤回' WHERE source_type = 'portal-index' AND title LIKE :t || '（新%'")
                .param("t", tag).update();
        Thread.sleep(1_100);
        assertThat(index.search(scope, tag, 0)).isEqualTo(oracle(zezhou, tag, 0));
        assertThat(index.search(scope, tag, 0).total()).isEqualTo(4);
    }

    @Test
    @DisplayName("PUB-07 a transaction that began before a catch-up and committed after it reaches the index at the next one")
    void transactionSpanningACatchUp() throws Exception {
        index.rebuild();
        PortalDirectory.Portal zezhou = directory.portal("140525");
        String scope = zezhou.agency().scopePath();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (var st = c.prepareStatement("""
                    INSERT INTO pub_publication (owner_agency_id, owner_name, jurisdiction_id, scope_path, kind, title, content,
                        published_at, source_module, source_type, source_id)
                    SELECT a.id, a.name, a.jurisdiction_id, a.scope_path, 'PENALTY_RESULT', ? || '（长事务）', '内容', now(),
                        'test', 'portal-index', ? FROM org_agency_view a WHERE a.name = '泽州县应急管理局'""")) {
                st.setString(1, tag);
                st.setString(2, tag + "long");
                st.executeUpdate();
            }
            // the catch-up runs while the insert is uncommitted (its xid at or above the new mark): nothing yet
            index.tick();
            assertThat(index.search(scope, tag, 0).total()).isZero();
            c.commit();
        }
        index.tick();
        assertThat(index.search(scope, tag, 0).total()).isEqualTo(1);
        assertThat(index.search(scope, tag, 0)).isEqualTo(oracle(zezhou, tag, 0));
    }

    @Test
    @DisplayName("PUB-07 a pruned change log below a node's mark makes it rebuild (the PostgreSQL search answers meanwhile)")
    void prunedLogRebuilds() throws Exception {
        index.rebuild();
        String scope = directory.portal("140525").agency().scopePath();
        insert("泽州县应急管理局", ":t || '（剪' || g || '）'", 3);
        // the log rows look older than the retention: pruning raises the floor above this node's mark
        jdbc.sql("UPDATE pub_search_log SET at = now() - INTERVAL '2 days'").update();
        index.prune();
        assertThat(jdbc.sql("SELECT count(*) FROM pub_search_log").query(Long.class).single()).isZero();
        index.tick();
        // dropped until the new base is in place (or already replaced by it): never a stale answer
        for (int i = 0; i < 300 && (index.search(scope, tag, 0) == null || index.search(scope, tag, 0).total() != 3); i++) {
            Thread.sleep(100);
        }
        assertThat(index.search(scope, tag, 0).total()).isEqualTo(3);
    }
}
