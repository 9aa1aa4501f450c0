package cn.anjian.publicity.portal;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.PageSlice;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The portal of an agency (PUB-01, issue 14): the emergency-management agency of a jurisdiction, addressed by the
 * public administrative division code ({@code /public/140100}), never by an internal id; the province's portal
 * ({@code /public}) aggregates every agency below it. What it shows is public by nature: names, channels,
 * published entries of its subtree.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class PortalDirectory {

    static final int LATEST = 6;
    static final int PAGE_SIZE = 20;
    /**
     * Hits counted up to this many: beyond, the page says "1000 条以上" and pages through these first 1000 (50 pages), as
     * public search engines do; a place name held by 200,000 entries never builds a bitmap of all of them (issue 14).
     */
    static final int COUNT_CAP = 1_000;
    /**
     * Up to this many hits are read through the index (title order: a name's hits lie side by side) and the page is
     * sorted from them; only a term with more walks the newest entries for its page, where a term of 0.5 % of the
     * entries had to read 200,000 of them for its 50th page.
     */
    static final int SORT_CAP = 5_000;
    /**
     * In every statement of a search: no parallel workers (V9_72). The planner, expecting few hits, would start two to
     * walk the newest entries for a page of 20 — each a new process with cold caches (under 100 clients: 125–188 ms a
     * page against 11 ms). Said in the statement, it needs no transaction around it for a SET LOCAL (three round trips).
     */
    private static final String SERIAL = "pub_serial_plan()";

    /** A frequent term is counted on the newest entries first: at most this many are read. */
    static final int WALK_BUDGET = 20_000;
    /** A term whose keys may be this common is frequent: its cap is expected within the walk's budget. */
    static final double FREQUENT_SHARE = (double) (COUNT_CAP + 1) / WALK_BUDGET;

    private final Jurisdictions jurisdictions;
    private final Agencies agencies;
    private final JdbcClient jdbc;
    private final SearchKeyStats stats;
    private final PortalRevision revision;
    private final PortalSearchIndex index;

    /**
     * A portal as read for a code: division, agency and the agencies below change rarely, and every public page asks for
     * one (3 + one statement per child division). Kept per code while the portal's revision holds and at most
     * {@link #PORTAL_MAX_AGE_MILLIS} (a renamed agency or a new one below shows within that, as the pages' ETags do).
     */
    private record HeldPortal(long revision, long loadedAt, Portal portal) {
    }

    static final long PORTAL_MAX_AGE_MILLIS = 60_000;
    private final Map<String, HeldPortal> portals = new ConcurrentHashMap<>();

    record Portal(Jurisdiction jurisdiction, Agency agency, List<Link> below) {
        /** The division code for links; null for the province (its portal is plain {@code /public}). */
        public String code() {
            return jurisdiction.parentId() == null ? null : jurisdiction.code();
        }
    }

    record Link(String code, String name) {
    }

    record Entry(long id, String title, String ownerName, Instant publishedAt) {
    }

    /** {@code capped}: more than {@link #COUNT_CAP} hits; {@code total} is then the cap and the pages are its pages. */
    record Hits(List<Entry> items, int page, long total, boolean capped) {
        /** What the pager says: the exact count, or that there are more than were counted. */
        public String totalText() {
            return capped ? COUNT_CAP + " 条以上" : "共 " + total + " 条";
        }

        public boolean hasNext() {
            return (long) (page + 1) * PAGE_SIZE < total;
        }

        public int pages() {
            return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    /** The portal of a division code (blank: the province); 404 for an unknown code or one without an agency. */
    Portal portal(String code) {
        String key = code == null || code.isBlank() ? "" : code.strip();
        long r = revision.current();
        long now = System.currentTimeMillis(); // freshness of a cache, not a business time
        HeldPortal held = portals.get(key);
        if (held != null && held.revision() == r && now - held.loadedAt() < PORTAL_MAX_AGE_MILLIS) {
            return held.portal();
        }
        Portal p = load(code);
        portals.put(key, new HeldPortal(r, now, p)); // only codes that exist: as many entries as portals
        return p;
    }

    private Portal load(String code) {
        Jurisdiction j = (code == null || code.isBlank() ? jurisdictions.roots().stream().findFirst()
                : jurisdictions.findByCode(code)).orElseThrow(() -> BusinessException.notFound("门户"));
        Agency a = agencies.findAgency(j.id(), AgencyKind.EMERGENCY_MANAGEMENT).orElseThrow(() -> BusinessException.notFound("门户"));
        List<Link> below = jurisdictions.children(j.id()).stream()
                .filter(c -> agencies.findAgency(c.id(), AgencyKind.EMERGENCY_MANAGEMENT).isPresent())
                .map(c -> new Link(c.code(), c.name())).toList();
        return new Portal(j, a, below);
    }

    /** The newest published entries of the portal's subtree (withdrawn ones have left the portal). */
    List<Entry> latest(Portal p) {
        return jdbc.sql("""
                        SELECT id, title, owner_name, published_at FROM pub_publication
                        WHERE withdrawn_at IS NULL AND scope_path LIKE :scope
                        ORDER BY published_at DESC, id DESC LIMIT :n""")
                .param("scope", p.agency().scopePath() + "%").param("n", LATEST).query(PortalDirectory::entry).list();
    }

    /**
     * The portal's search box: published entries whose title (agency, kind and party name) holds the text, newest first.
     * The text's bigrams and, below the province, the portal's scope are keys of one GIN index (V9_66; for the count,
     * V9_71's on the narrow copy {@code pub_search}, so each candidate's test reads a small row), so the index
     * intersects them exactly; the LIKE checks. A frequent term (a place name, the first characters of a party name:
     * its keys' statistics say it may be in 1 of 20 entries) is counted first on the newest entries, where its cap is
     * reached after a few thousand rows. Otherwise (or when that walk does not reach the cap) one statement takes up to
     * {@link #SORT_CAP} + 1 hits (a term dense enough, {@link #sortCap}: {@link #COUNT_CAP} + 1) through the index,
     * counts them and, when they are not more than that, sorts the page
     * from them — the 50th page of a term with 2,539 hits read 96 buffers instead of walking 129,000 (bench/portal-miss.md);
     * a term absent from the portal never walks every entry in order; the hits are read once, not once for the count and
     * again for the page. More hits than that: walking the newest entries finds a page soon.
     */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true)
    Hits search(Portal p, String q, int page) {
        if (index.ready()) { // this node's index (PortalSearchIndex): exact as of the portal's revision, no statement
            Hits hits = index.search(p.agency().scopePath(), q, page);
            if (hits != null) {
                return hits;
            }
        }
        return search(p, q, page, null);
    }

    /**
     * How many hits a page of a term is sorted from at most: {@link #SORT_CAP}, or only {@link #COUNT_CAP} (then more
     * than that walks the newest entries) when the term may be so dense that the walk finds the page sooner than the
     * hits are read. Sorting n hits beats walking 20 (p + 1) N / n entries up to n ≈ √(20 (p + 1) N) (≈ 4,500 at
     * page 1 of 1,000,000 entries); the term has at most {@code share × entries} hits (its rarest key's count), which for
     * a place + brand prefix overstates the hits about twice, so the bound must exceed twice the break-even. Reading
     * 5,001 hits of a term of 5,001–20,000 only to learn it must walk cost 3–20 ms more than reading 1,001, while a term
     * of 1,270 whose page is walked read 588 buffers instead of 90; at once the break-even, 12 of the bench's 57 terms
     * of 1,001–5,000 hits walked, at twice it none, and 82 of 110 terms of 5,001–20,000 still read only 1,001
     * (bench/portal-miss.md, 2026-12-07 13:20).
     */
    static int sortCap(double share, double entries, int page) {
        double most = share * entries;
        return most * most > 4.0 * PAGE_SIZE * (page + 1) * entries ? COUNT_CAP : SORT_CAP;
    }

    /** {@code sortCap}: null takes {@link #sortCap(double, double, int)} of the statistics (a test fixes either). */
    @Transactional(propagation = Propagation.SUPPORTS, readOnly = true) // no BEGIN / COMMIT: see SERIAL
    Hits search(Portal p, String q, int page, Integer sortCap) {
        String like = Like.contains(q);
        String[] bigrams = bigrams(q.strip());
        // the province's key is on every entry: no use to the index
        String scopeKey = p.jurisdiction().parentId() != null ? p.agency().scopePath() : null;
        List<String> keys = new ArrayList<>(List.of(bigrams));
        if (scopeKey != null) {
            keys.add(scopeKey);
        }
        String scope = p.agency().scopePath() + "%";
        String[] keyArray = keys.toArray(String[]::new);
        // the narrow search table (V9_71: live entries only); its GIN index is on the keys' expression, and the keys go in
        // as a value (not search_bigrams(:text)), so a generic plan never re-runs the function per row
        String where = " WHERE " + SERIAL + " AND scope_path LIKE :scope"
                + (keys.isEmpty() ? "" : " AND (search_bigrams(title) || pub_scope_keys(scope_path)) @> CAST(:keys AS text[])")
                + " AND title LIKE :q ESCAPE '\\'";
        double share = keys.isEmpty() ? 1 : stats.upperShare(keyArray);
        boolean frequent = share >= FREQUENT_SHARE;
        // the walk would fall short where the newest entries' counts say the term is rare below this portal (忻州市 on
        // 晋城市's: 746 buffers for nothing); skipping it only saves that, the sorted page below is exact either way
        boolean walk = frequent && stats.newestBound(p.agency().scopePath(), bigrams) > COUNT_CAP / 2;
        if (!walk || countNewest(scope, like) <= COUNT_CAP) {
            keyArray = stats.selective(bigrams, scopeKey); // the same hits (the LIKE checks), fewer index pages
            int first = Math.min(page, (COUNT_CAP - 1) / PAGE_SIZE); // no page past the 50th has rows below the cap
            // a frequent term that fell short among the newest entries is sparse there: its page is sorted, not walked
            int cap = sortCap != null ? sortCap : frequent ? SORT_CAP : sortCap(share, stats.entries(), first);
            Counted c = countedPage(where, scope, keyArray, like, first, cap);
            if (c.total() <= cap) {
                boolean capped = c.total() > COUNT_CAP;
                long total = capped ? COUNT_CAP : c.total();
                PageSlice slice = PageSlice.of(page, PAGE_SIZE, total);
                // a page number past the last page shows the last page (its rows come with a second reading)
                List<Entry> rows = slice.page() == first || total == 0 ? c.rows()
                        : countedPage(where, scope, keyArray, like, slice.page(), cap).rows();
                return new Hits(rows, slice.page(), total, capped);
            }
        }
        // more than the cap: the newest entries walked until the page is found, inside the covering index (V9_70) — no
        // key test, which the LIKE implies (a title holding the text holds its bigrams; a path in the scope, its prefix)
        PageSlice slice = PageSlice.of(page, PAGE_SIZE, COUNT_CAP);
        List<Entry> rows = jdbc.sql("SELECT id, title, owner_name, published_at FROM pub_publication"
                        + " WHERE " + SERIAL + " AND withdrawn_at IS NULL AND scope_path LIKE :scope AND title LIKE :q ESCAPE '\\'"
                        + " ORDER BY published_at DESC, id DESC" + slice.window())
                .param("scope", scope).param("q", like).query(PortalDirectory::entry).list();
        return new Hits(rows, slice.page(), COUNT_CAP, true);
    }

    /** Up to {@code cap} + 1 hits counted, and the page sorted from them (none when there are more than that). */
    private record Counted(long total, List<Entry> rows) {
    }

    private Counted countedPage(String where, String scope, String[] keys, String like, int page, int cap) {
        long[] total = {0};
        List<Entry> rows = new ArrayList<>();
        jdbc.sql("WITH hits AS MATERIALIZED (SELECT id, title, owner_name, published_at FROM pub_search" + where
                        + " LIMIT " + (cap + 1) + ")"
                        + " SELECT n.total, h.id, h.title, h.owner_name, h.published_at FROM (SELECT count(*) AS total FROM hits) n"
                        + " LEFT JOIN LATERAL (SELECT * FROM hits WHERE n.total <= " + cap
                        + " ORDER BY published_at DESC, id DESC" + new PageSlice(page, PAGE_SIZE).window()
                        + ") h ON true ORDER BY h.published_at DESC, h.id DESC")
                .param("scope", scope).param("keys", keys).param("q", like)
                .query(rs -> {
                    total[0] = rs.getLong("total");
                    if (rs.getObject("id") != null) {
                        rows.add(entry(rs, 0));
                    }
                });
        return new Counted(total[0], rows);
    }

    /** Hits among the newest {@link #WALK_BUDGET} entries, up to the cap + 1 (the walk stops there; index-only, V9_70). */
    private long countNewest(String scope, String like) {
        return jdbc.sql("""
                        SELECT count(*) FROM (SELECT 1 FROM (
                            SELECT title, scope_path FROM pub_publication WHERE withdrawn_at IS NULL
                            ORDER BY published_at DESC, id DESC LIMIT :budget) w
                          WHERE w.scope_path LIKE :scope AND w.title LIKE :q ESCAPE '\\' LIMIT :cap) t"""
                        + " WHERE " + SERIAL)
                .param("budget", WALK_BUDGET).param("scope", scope).param("q", like).param("cap", COUNT_CAP + 1)
                .query(Long.class).single();
    }

    static String[] bigrams(String text) {
        return SearchKeys.bigrams(text);
    }

    Optional<Agency> agency(long id) {
        return agencies.findById(id);
    }

    private static Entry entry(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Entry(rs.getLong("id"), rs.getString("title"), rs.getString("owner_name"),
                rs.getTimestamp("published_at").toInstant());
    }
}
