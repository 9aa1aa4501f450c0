package cn.anjian.publicity.portal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import javax.sql.DataSource;

import cn.anjian.kernel.PageSlice;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The portal's search from this node's memory (issue 14: the uncached search cost PostgreSQL 3–5 ms a request, the
 * list page 0.5). A base ({@link SearchPostings}) read from {@code pub_search} in one snapshot, plus an overlay of the
 * entries changed since, kept exact by V9_78's change log: when {@link PortalRevision} has moved (its TTL, 1 s, is the
 * pages' freshness too) and every {@code anjian.portal.search-index.tick}, one statement reads the ids logged since
 * this node's mark with their rows as they are now, and the new mark (replaying a change is idempotent). An overlay past
 * {@code overlay-limit} entries has a new base built in the background (searches go on with the old one); a TRUNCATE,
 * a mark below the pruned floor or more than {@link #MAX_CATCH_UP} changes drop the index until the new base is ready.
 * Until then, or with {@code anjian.portal.search-index.enabled=false}, the PostgreSQL search answers.
 */
@Component
@EnableConfigurationProperties(SearchIndexProperties.class)
class PortalSearchIndex {

    private static final Logger log = LoggerFactory.getLogger(PortalSearchIndex.class);
    static final int MAX_CATCH_UP = 100_000;

    private final JdbcClient jdbc;
    private final JdbcTemplate stream;
    private final TransactionTemplate tx;
    private final PortalRevision revision;
    private final boolean enabled;
    private final int overlayLimit;
    private final Duration retention;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicBoolean building = new AtomicBoolean();

    /** What searches read: a base, the entries changed since it was read (null: withdrawn), the change log's mark. */
    private record State(SearchPostings base, Map<Long, SearchRow> overlay, BitSet superseded, List<SearchRow> live,
                         long mark, long revision) {

        State at(long r) {
            return new State(base, overlay, superseded, live, mark, r);
        }
    }

    /** The ids changed since a mark with their current rows (null: not live), the next mark; rebuild: only a new base is exact. */
    private record Changes(long mark, boolean rebuild, Map<Long, SearchRow> rows) {
    }

    private volatile State state;

    PortalSearchIndex(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions,
                      PortalRevision revision, MeterRegistry meters, SearchIndexProperties properties) {
        this.jdbc = jdbc;
        this.stream = new JdbcTemplate(dataSource);
        this.stream.setFetchSize(10_000); // a cursor (in the read-only transaction): not 1,000,000 rows in memory at once
        this.tx = new TransactionTemplate(transactions);
        this.tx.setReadOnly(true);
        this.revision = revision;
        this.enabled = properties.enabled();
        this.overlayLimit = properties.overlayLimit();
        this.retention = properties.logRetention();
        Gauge.builder("anjian.portal.search.index.ready", this, i -> i.ready() ? 1 : 0)
                .description("1 when the portal's search answers from this node's index").register(meters);
        Gauge.builder("anjian.portal.search.index.entries", this, i -> {
            State s = i.state;
            return s == null ? 0 : s.base().size() + s.live().size();
        }).register(meters);
    }

    /** Whether searches answer from the index (enabled and built). */
    boolean ready() {
        return enabled && state != null;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled) {
            log.info("portal search index: disabled (anjian.portal.search-index.enabled), PostgreSQL answers");
            return;
        }
        rebuildInBackground();
    }

    /**
     * The page of a search as the PostgreSQL search gives it (page clamped, total capped at {@code COUNT_CAP}), exact as
     * of the portal's current revision; null when the index cannot answer (not built, or dropped until rebuilt).
     */
    PortalDirectory.Hits search(String scope, String q, int page) {
        State s = fresh();
        if (s == null) {
            return null;
        }
        String text = q.strip(); // as Like.contains strips it
        int limit = PortalDirectory.COUNT_CAP + 1;
        int[] base = new int[limit];
        int fromBase = s.base().find(scope, text, s.superseded(), limit, base);
        List<SearchRow> extra = new ArrayList<>();
        for (SearchRow r : s.live()) {
            if (r.matches(scope, text)) {
                extra.add(r);
            }
        }
        // both in display order: merged, base ordinals as they are, overlay rows as -(index + 1)
        int[] merged = new int[Math.min(limit, fromBase + extra.size())];
        int b = 0;
        int e = 0;
        for (int m = 0; m < merged.length; m++) {
            boolean takeExtra = b == fromBase || e < extra.size()
                    && extra.get(e).before(s.base().micros(base[b]), s.base().id(base[b]));
            merged[m] = takeExtra ? -(++e) : base[b++];
        }
        boolean capped = merged.length > PortalDirectory.COUNT_CAP;
        long total = capped ? PortalDirectory.COUNT_CAP : merged.length;
        PageSlice slice = PageSlice.of(page, PortalDirectory.PAGE_SIZE, total);
        List<PortalDirectory.Entry> rows = new ArrayList<>(PortalDirectory.PAGE_SIZE);
        for (int m = slice.page() * PortalDirectory.PAGE_SIZE; m < total && rows.size() < PortalDirectory.PAGE_SIZE; m++) {
            rows.add(merged[m] >= 0 ? s.base().entry(merged[m]) : extra.get(-merged[m] - 1).entry());
        }
        return new PortalDirectory.Hits(rows, slice.page(), total, capped);
    }

    private State fresh() {
        State s = state;
        if (s == null) {
            return null;
        }
        long r = revision.current(); // read before the log: the catch-up then sees at least this revision's rows
        if (s.revision() == r) {
            return s;
        }
        lock.lock();
        try {
            s = state;
            if (s != null && s.revision() != r) {
                s = catchUp(s);
                state = s == null ? null : s.at(r);
            }
            return state;
        } finally {
            lock.unlock();
        }
    }

    /** Other nodes' changes while the revision's TTL and the pages hide nothing: at most a tick late on a quiet node. */
    @Scheduled(fixedDelayString = "${anjian.portal.search-index.tick:PT1M}", initialDelayString = "${anjian.portal.search-index.tick:PT1M}")
    void tick() {
        lock.lock();
        try {
            State s = state;
            if (s != null) {
                state = catchUp(s);
            }
        } finally {
            lock.unlock();
        }
    }

    /** Log rows older than the retention go; the floor says which marks can no longer catch up (their nodes rebuild). */
    @Scheduled(cron = "${anjian.portal.search-index.prune-cron:0 17 * * * *}")
    @SchedulerLock(name = "publicity.searchLogPrune", lockAtMostFor = "PT30M")
    public void prune() {
        jdbc.sql("""
                        WITH now AS (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS xmin),
                        f AS (SELECT least(n.xmin, coalesce((SELECT min(xid) FROM pub_search_log
                                                             WHERE at >= now() - CAST(:retention AS interval)), n.xmin)) AS floor
                              FROM now n),
                        u AS (UPDATE pub_search_log_floor l SET floor = greatest(l.floor, f.floor) FROM f RETURNING l.floor)
                        DELETE FROM pub_search_log WHERE xid < (SELECT floor FROM u)""")
                .param("retention", retention.toSeconds() + " seconds").update();
    }

    /** The state with the changes since its mark; null (and a new base on the way) when only a new base is exact. */
    private State catchUp(State s) {
        Changes c = changes(s.mark());
        if (c.rebuild()) {
            log.info("portal search index: a truncation, a pruned log or more than {} changes since the mark: rebuilding", MAX_CATCH_UP);
            rebuildInBackground();
            return null;
        }
        if (c.rows().isEmpty()) {
            return new State(s.base(), s.overlay(), s.superseded(), s.live(), c.mark(), s.revision());
        }
        Map<Long, SearchRow> overlay = new HashMap<>(s.overlay());
        overlay.putAll(c.rows());
        BitSet superseded = (BitSet) s.superseded().clone();
        for (long id : c.rows().keySet()) {
            int o = s.base().ordinalOf(id);
            if (o >= 0) {
                superseded.set(o);
            }
        }
        List<SearchRow> live = new ArrayList<>();
        for (SearchRow r : overlay.values()) {
            if (r != null) {
                live.add(r);
            }
        }
        live.sort((x, y) -> x.before(y.micros(), y.id()) ? -1 : y.before(x.micros(), x.id()) ? 1 : 0);
        if (overlay.size() > overlayLimit) {
            rebuildInBackground(); // exact meanwhile: the overlay only makes searches slower
        }
        return new State(s.base(), Collections.unmodifiableMap(overlay), superseded, List.copyOf(live), c.mark(), s.revision());
    }

    /** One statement, one snapshot: the new mark, the floor, and the changed ids' rows as this snapshot sees them. */
    private Changes changes(long since) {
        long[] mark = {0};
        boolean[] rebuild = {false};
        Map<Long, SearchRow> rows = new HashMap<>();
        jdbc.sql("""
                        SELECT CAST(m.mark AS text) AS mark, CAST(f.floor AS text) AS floor, c.id,
                               s.id AS live, s.published_at, s.scope_path, s.title, s.owner_name
                        FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS mark) m
                        CROSS JOIN pub_search_log_floor f
                        LEFT JOIN (SELECT DISTINCT id FROM pub_search_log WHERE xid >= CAST(:mark AS xid8) LIMIT :most) c ON true
                        LEFT JOIN pub_search s ON s.id = c.id""")
                .param("mark", Long.toString(since)).param("most", MAX_CATCH_UP + 1)
                .query(rs -> {
                    mark[0] = Long.parseLong(rs.getString("mark"));
                    if (Long.parseLong(rs.getString("floor")) > since) {
                        rebuild[0] = true;
                    }
                    long id = rs.getLong("id");
                    if (rs.wasNull()) {
                        return;
                    }
                    if (id < 0) {
                        rebuild[0] = true; // TRUNCATE
                    } else {
                        rows.put(id, rs.getObject("live") == null ? null : new SearchRow(id,
                                SearchRow.micros(rs.getTimestamp("published_at").toInstant()), rs.getString("scope_path"),
                                rs.getString("title"), rs.getString("owner_name")));
                    }
                });
        return new Changes(mark[0], rebuild[0] || rows.size() > MAX_CATCH_UP, rows);
    }

    /** A new base built by a background thread; searches go on with the current state (or PostgreSQL) meanwhile. */
    void rebuildInBackground() {
        if (!building.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                rebuild();
            } catch (RuntimeException e) {
                log.error("portal search index: build failed, PostgreSQL answers", e);
            } finally {
                building.set(false);
            }
        }, "portal-search-index");
        t.setDaemon(true);
        t.start();
    }

    /** Reads a base in one snapshot (the rows and the mark), catches it up and puts it in place. */
    void rebuild() {
        long t0 = System.nanoTime();
        SearchPostings.Builder b = new SearchPostings.Builder();
        long[] mark = {Long.MIN_VALUE};
        tx.executeWithoutResult(status -> stream.query("""
                SELECT CAST(m.mark AS text) AS mark, s.id, s.published_at, s.scope_path, s.title, s.owner_name
                FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS mark) m
                LEFT JOIN pub_search s ON true
                ORDER BY s.published_at DESC, s.id DESC""", rs -> {
            mark[0] = Long.parseLong(rs.getString(1));
            long id = rs.getLong(2);
            if (!rs.wasNull()) {
                b.add(new SearchRow(id, SearchRow.micros(rs.getTimestamp(3).toInstant()), rs.getString(4), rs.getString(5),
                        rs.getString(6)));
            }
        }));
        long read = System.nanoTime();
        SearchPostings base = b.build();
        lock.lock();
        try {
            State s = catchUp(new State(base, Map.of(), new BitSet(), List.of(), mark[0], Long.MIN_VALUE));
            if (s == null) {
                throw new IllegalStateException("the change log cannot bring a new base up to date");
            }
            state = s;
        } finally {
            lock.unlock();
        }
        log.info("portal search index: ready, {} entries (read {} ms, lists {} ms)", base.size(),
                (read - t0) / 1_000_000, (System.nanoTime() - read) / 1_000_000);
    }

    /** Drops the index (tests; a node then answers from PostgreSQL until a rebuild). */
    void close() {
        lock.lock();
        try {
            state = null;
        } finally {
            lock.unlock();
        }
    }
}
