package cn.anjian.publicity.notices;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import cn.anjian.IntegrationTest;
import cn.anjian.kernel.ListSort;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The list filtered by agency and/or kind reads the counters' total and the page in one statement (issue 14): the same
 * total, page number and entries, in the same order, as counting first and reading the page clamped to the last one.
 */
@IntegrationTest
class PublicNoticeCountedPageTests {

    @Autowired
    JdbcClient jdbc;
    @Autowired
    PublicNoticeQueries queries;
    @Autowired
    cn.anjian.org.Agencies agencies;

    @Test
    @DisplayName("PUB-12 agency × kind pages from the counters in one statement: totals, clamped pages and order as a plain count and scan")
    void sameAsCountingFirst() {
        long zezhou = jdbc.sql("SELECT jurisdiction_id FROM org_agency_view WHERE name = '泽州县应急管理局'").query(Long.class).single();
        long owner = agencies.create(zezhou, cn.anjian.org.AgencyKind.OTHER, "公示计数测试单位" + System.nanoTime()).id();
        for (int i = 1; i <= 45; i++) {
            jdbc.sql("""
                    INSERT INTO pub_publication (owner_agency_id, owner_name, jurisdiction_id, scope_path, kind, title, content,
                        published_at, source_module, source_type, source_id)
                    SELECT a.id, a.name, a.jurisdiction_id, a.scope_path, :k, :t, '内容',
                           TIMESTAMPTZ '2026-01-01 08:00:00+08' + (:i % 30) * INTERVAL '1 hour', 'test', 'counted', :t
                    FROM org_agency a WHERE a.id = :a""").param("a", owner).param("i", i)
                    .param("k", i % 3 == 0 ? "LICENCE_RESULT" : "PENALTY_RESULT").param("t", "计数公告" + (1000 - i)).update();
        }
        jdbc.sql("UPDATE pub_publication SET withdrawn_at = now(), withdrawal_reason = '测试撤回' WHERE owner_agency_id = :a AND title = '计数公告999'")
                .param("a", owner).update();
        for (PublicationKind kind : new PublicationKind[] {null, PublicationKind.PENALTY_RESULT, PublicationKind.LICENCE_RESULT,
                PublicationKind.COERCIVE_RESULT}) {
            for (String sort : new String[] {null, "title,asc", "published,asc"}) {
                for (int page : new int[] {0, 1, 2, 9}) {
                    ListSort.Sort s = PublicNoticeQueries.SORT.parse(sort);
                    PublicNoticeQueries.Page got = queries.list(new PublicNoticeQueries.Filter(owner, kind, null, null, null),
                            s, page, 20);
                    String where = " WHERE owner_agency_id = :a AND withdrawn_at IS NULL"
                            + (kind == null ? "" : " AND kind = '" + kind.name() + "'");
                    long total = jdbc.sql("SELECT count(*) FROM pub_publication" + where).param("a", owner).query(Long.class).single();
                    int last = (int) Math.max(0, (total - 1) / 20);
                    int shown = Math.min(page, last);
                    List<Long> ids = jdbc.sql("SELECT id FROM pub_publication" + where + s.orderBy() + " LIMIT 20 OFFSET :o")
                            .params(Map.of("a", owner, "o", shown * 20)).query(Long.class).list();
                    String what = kind + " " + sort + " page " + page;
                    assertThat(got.total()).as(what).isEqualTo(total);
                    assertThat(got.page()).as(what).isEqualTo(shown);
                    assertThat(got.items().stream().map(PublicNoticeQueries.Notice::id).toList()).as(what).isEqualTo(ids);
                }
            }
        }
        // 44 live: 30 penalties, 14 licences (one withdrawn), none coercive
        assertThat(queries.list(new PublicNoticeQueries.Filter(owner, null, null, null, null),
                PublicNoticeQueries.SORT.parse(null), 0, 20).total()).isEqualTo(44);
        assertThat(queries.list(new PublicNoticeQueries.Filter(owner, PublicationKind.COERCIVE_RESULT, null, null, null),
                PublicNoticeQueries.SORT.parse(null), 3, 20).items()).isEmpty();
    }
}
