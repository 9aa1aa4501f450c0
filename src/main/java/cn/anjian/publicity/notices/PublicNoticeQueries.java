package cn.anjian.publicity.notices;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListCount;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Zones;
import cn.anjian.publicity.portal.PortalRevision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the public portal reads: published, not withdrawn notices only. No transaction of its own (SUPPORTS, as the
 * conventions' one-statement lists): a page is the counters' total and the page's rows, each its own snapshot under READ
 * COMMITTED in a transaction too, so BEGIN and COMMIT were two round trips a page for nothing (pg_stat_statements,
 * bench/portal-miss.md 2026-12-07 10:10); the synchronization still gives both statements one pooled connection.
 */
@Component
@Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
@RequiredArgsConstructor
class PublicNoticeQueries {

    /** Counted up to this many; beyond, the page says "10000+" and the last page is the 500th (no deep OFFSET scans). */
    static final int COUNT_CAP = 10_000;

    record Notice(long id, String kind, String kindLabel, String title, String content, String ownerName,
                  Instant publishedAt) {
        /** The content line by line (multi-line notices such as a plan's items), for the page. */
        public List<String> lines() {
            return content.lines().toList();
        }
    }

    record Owner(long id, String name) {
    }

    /** {@code q}: words of the title (null = any). */
    record Filter(Long agencyId, PublicationKind kind, LocalDate from, LocalDate to, String q) {
    }

    /** The public list's orders (the list kit); newest first walks the partial index pub_publication_listed. */
    static final ListSort SORT = ListSort.by("id")
            .keyNotNull("published", "发布日期", "published_at").keyNotNull("title", "标题", "title")
            .byDefault("published", false);

    record Page(List<Notice> items, int page, long total, int size) {
        public String totalText() {
            return total >= COUNT_CAP ? COUNT_CAP + "+" : Long.toString(total);
        }

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        public boolean hasNext() {
            return (long) (page + 1) * size < total;
        }
    }

    private final JdbcClient jdbc;
    private final PortalRevision revision;

    Page list(Filter f, ListSort.Sort sort, int page, int size) {
        StringBuilder where = new StringBuilder(" WHERE withdrawn_at IS NULL");
        Map<String, Object> p = new LinkedHashMap<>();
        if (f.agencyId() != null) {
            where.append(" AND owner_agency_id = :agency");
            p.put("agency", f.agencyId());
        }
        if (f.kind() != null) {
            where.append(" AND kind = :kind");
            p.put("kind", f.kind().name());
        }
        if (f.from() != null) {
            where.append(" AND published_at >= :from");
            p.put("from", Timestamp.from(f.from().atStartOfDay(Zones.SHANGHAI).toInstant()));
        }
        if (f.to() != null) {
            where.append(" AND published_at < :to");
            p.put("to", Timestamp.from(f.to().plusDays(1).atStartOfDay(Zones.SHANGHAI).toInstant()));
        }
        if (f.q() != null && !f.q().isBlank()) {
            // the title's bigrams are keys of the GIN index pub_publication_search_keys (V9_66): a rare word never reads
            // every title; the LIKE checks
            String[] keys = cn.anjian.publicity.portal.SearchKeys.bigrams(f.q().strip());
            if (keys.length > 0) {
                where.append(" AND search_keys @> CAST(:keys AS text[])");
                p.put("keys", keys);
            }
            where.append(" AND title LIKE :q ESCAPE '\\'");
            p.put("q", Like.contains(f.q()));
        }
        long total = Math.min(COUNT_CAP, f.from() == null && f.to() == null && (f.q() == null || f.q().isBlank())
                ? counted(f.agencyId(), f.kind())
                : jdbc.sql(ListCount.cappedCount("FROM pub_publication" + where, COUNT_CAP))
                        .params(p).query(Long.class).single());
        PageSlice slice = PageSlice.of(page, size, total);
        if (total == 0) { // an agency without entries of a kind would otherwise walk all of them to find none
            return new Page(List.of(), slice.page(), total, size);
        }
        // the page's ids first (an index-only walk over the OFFSET of pub_publication_*listed), then 20 rows: a deep page
        // skips index entries, not 1,000 rows read from the table
        List<Notice> items = jdbc.sql("SELECT id, kind, title, content, owner_name, published_at FROM pub_publication"
                        + " WHERE id IN (SELECT id FROM pub_publication" + where + sort.orderBy() + slice.window() + ")"
                        + sort.orderBy())
                .params(p).query(PublicNoticeQueries::map).list();
        return new Page(items, slice.page(), total, size);
    }

    /** The live total of an agency and/or kind from the counters V9_65's triggers keep (no count over the notices). */
    private long counted(Long agencyId, PublicationKind kind) {
        return jdbc.sql("""
                        SELECT COALESCE(sum(live), 0) FROM pub_publication_count
                        WHERE (CAST(:agency AS BIGINT) IS NULL OR owner_agency_id = :agency)
                          AND (CAST(:kind AS VARCHAR) IS NULL OR kind = :kind)""")
                .param("agency", agencyId).param("kind", kind == null ? null : kind.name()).query(Long.class).single();
    }

    Optional<Notice> find(long id) {
        return jdbc.sql("SELECT id, kind, title, content, owner_name, published_at FROM pub_publication WHERE id = :id AND withdrawn_at IS NULL")
                .param("id", id).query(PublicNoticeQueries::map).optional();
    }

    /** The departments that have published something (the agency filter's choices). */
    List<Owner> owners() {
        return held().list();
    }

    /** The agency filter's options as HTML, {@code selected} (the raw parameter; null: none) chosen; kept with the list. */
    String ownerOptions(String selected) {
        return held().options().with(selected);
    }

    private Owners held() {
        long r = revision.current();
        Owners held = owners;
        long now = System.currentTimeMillis(); // freshness of a cache, not a business time
        if (held != null && held.revision() == r && now - held.loadedAt() < OWNERS_MAX_AGE_MILLIS) {
            return held;
        }
        List<Owner> list = loadOwners();
        Owners fresh = new Owners(r, now, list, NoticeListView.Options.of(list.stream()
                .map(o -> new cn.anjian.kernel.Choice(Long.toString(o.id()), o.name(), false)).toList()));
        owners = fresh;
        return fresh;
    }

    /**
     * The agency filter's choices change with the portal's revision (and an agency's name, rarely: at most five minutes
     * old, as the public pages' ETags): kept per revision, one list of a few KB and its options' HTML.
     */
    private record Owners(long revision, long loadedAt, List<Owner> list, NoticeListView.Options options) {
    }

    private static final long OWNERS_MAX_AGE_MILLIS = 300_000;

    private volatile Owners owners;

    private List<Owner> loadOwners() {
        // per agency one probe of pub_publication_owner_listed, instead of a DISTINCT over every notice
        return jdbc.sql("""
                SELECT a.id, a.name FROM org_agency_view a
                WHERE EXISTS (SELECT 1 FROM pub_publication p WHERE p.owner_agency_id = a.id AND p.withdrawn_at IS NULL)
                ORDER BY a.name""").query((rs, n) -> new Owner(rs.getLong(1), rs.getString(2))).list();
    }

    private static Notice map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        PublicationKind k = PublicationKind.valueOf(rs.getString("kind"));
        return new Notice(rs.getLong("id"), k.name(), k.label(), rs.getString("title"), rs.getString("content"),
                rs.getString("owner_name"), rs.getTimestamp("published_at").toInstant());
    }
}
