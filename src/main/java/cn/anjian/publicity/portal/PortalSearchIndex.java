package cn.anjian.publicity.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;

import io.micrometer.core.instrument.Gauge;
import jakarta.annotation.PreDestroy;
import io.micrometer.core.instrument.MeterRegistry;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.MMapDirectory;
import org.apache.lucene.util.IOUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The portal's search from an index held by this node (issue 14: the uncached search cost 3–4× too much CPU in
 * PostgreSQL). Built in the background at start from {@code pub_search} (until then, or with
 * {@code anjian.portal.search-index.enabled=false}, the PostgreSQL search answers), then kept exact by V9_78's change
 * log: before answering, when {@link PortalRevision} has moved (its TTL, 1 s, is the pages' freshness too), and every
 * {@code anjian.portal.search-index.tick}, one statement reads the ids logged since this node's mark with their rows as
 * they are now, and the new mark. Replaying a change is idempotent; a bulk change (more than {@link #MAX_CATCH_UP} ids),
 * a TRUNCATE, or a mark below the pruned floor rebuilds, the PostgreSQL search answering meanwhile. Off by default
 * until a measured pair at 1,000,000 entries (bench/portal-miss.md) says it pays: {@code enabled=true} turns it on.
 */
@Component
class PortalSearchIndex {

    private static final Logger log = LoggerFactory.getLogger(PortalSearchIndex.class);
    static final int BATCH = 20_000;
    static final int MAX_CATCH_UP = 100_000;

    private final JdbcClient jdbc;
    private final PortalRevision revision;
    private final boolean enabled;
    private final boolean onHeap;
    private final Path root;
    private final Duration retention;
    private final ReentrantLock lock = new ReentrantLock();
    private final AtomicBoolean building = new AtomicBoolean();

    /** One generation of the index: its directory, writer, searchers, and the change log's mark it has read up to. */
    private static final class Held {
        final Directory dir;
        final Path path;
        final IndexWriter writer;
        final SearcherManager searchers;
        volatile long mark;
        volatile long revision = Long.MIN_VALUE;

        Held(Directory dir, Path path) throws IOException {
            this.dir = dir;
            this.path = path;
            IndexWriterConfig c = new IndexWriterConfig(SearchIndexDocs.analyzer()).setIndexSort(SearchIndexDocs.ORDER)
                    .setRAMBufferSizeMB(64);
            this.writer = new IndexWriter(dir, c);
            this.searchers = new SearcherManager(writer, null);
        }

        void close() {
            IOUtils.closeWhileHandlingException(searchers, writer, dir);
            if (path != null) {
                IOUtils.deleteFilesIgnoringExceptions(path);
                try {
                    IOUtils.rm(path);
                } catch (IOException e) {
                    log.warn("portal search index: {} not removed: {}", path, e.toString());
                }
            }
        }
    }

    private volatile Held held;

    PortalSearchIndex(JdbcClient jdbc, PortalRevision revision, MeterRegistry meters,
                      @Value("${anjian.portal.search-index.enabled:false}") boolean enabled,
                      @Value("${anjian.portal.search-index.directory:mmap}") String directory,
                      @Value("${anjian.portal.search-index.path:${java.io.tmpdir}}") Path root,
                      @Value("${anjian.portal.search-index.log-retention:P1D}") Duration retention) {
        this.jdbc = jdbc;
        this.revision = revision;
        this.enabled = enabled;
        this.onHeap = "heap".equals(directory);
        this.root = root;
        this.retention = retention;
        Gauge.builder("anjian.portal.search.index.ready", this, i -> i.ready() ? 1 : 0)
                .description("1 when the portal's search answers from this node's index").register(meters);
        Gauge.builder("anjian.portal.search.index.documents", this, PortalSearchIndex::documents).register(meters);
    }

    /** Whether searches answer from the index (built and enabled). */
    boolean ready() {
        return enabled && held != null;
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
     * The page of a search, exact as of the portal's current revision (caught up first when it moved); null when the
     * index cannot answer (not built, or rebuilding after a change too large to apply): the PostgreSQL search answers.
     */
    PortalDirectory.Hits search(String scope, String text, int page) {
        Held h = fresh();
        if (h == null) {
            return null;
        }
        try {
            IndexSearcher s = h.searchers.acquire();
            try {
                return SearchIndexDocs.search(s, scope, text, page);
            } finally {
                h.searchers.release(s);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Held fresh() {
        Held h = held;
        if (h == null) {
            return null;
        }
        long r = revision.current(); // read before the log: the catch-up then sees at least this revision's rows
        if (h.revision == r) {
            return h;
        }
        lock.lock();
        try {
            if (h != held) {
                return null;
            }
            if (h.revision != r) {
                if (!catchUp(h)) {
                    rebuildInBackground();
                    return null;
                }
                h.revision = r;
            }
            return h;
        } finally {
            lock.unlock();
        }
    }

    /** Other nodes' changes while the revision's TTL and the pages hide nothing: at most a minute late on a quiet node. */
    @Scheduled(fixedDelayString = "${anjian.portal.search-index.tick:PT1M}", initialDelayString = "${anjian.portal.search-index.tick:PT1M}")
    void tick() {
        Held h = held;
        if (h == null) {
            return;
        }
        lock.lock();
        try {
            if (h == held && !catchUp(h)) {
                rebuildInBackground();
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

    /** Reads the changes since the mark and applies them; false (nothing applied) when only a rebuild is exact. */
    private boolean catchUp(Held h) {
        long[] mark = {0};
        boolean[] rebuild = {false};
        List<SearchIndexDocs.Row> rows = new ArrayList<>();
        List<Long> gone = new ArrayList<>();
        // one statement, one snapshot: the new mark, the floor and the changed rows as this snapshot sees them
        jdbc.sql("""
                        SELECT CAST(m.mark AS text) AS mark, CAST(f.floor AS text) AS floor, c.id,
                               s.id AS live, s.published_at, s.scope_path, s.title, s.owner_name
                        FROM (SELECT pg_snapshot_xmin(pg_current_snapshot()) AS mark) m
                        CROSS JOIN pub_search_log_floor f
                        LEFT JOIN (SELECT DISTINCT id FROM pub_search_log WHERE xid >= CAST(:mark AS xid8) LIMIT :most) c ON true
                        LEFT JOIN pub_search s ON s.id = c.id""")
                .param("mark", Long.toString(h.mark)).param("most", MAX_CATCH_UP + 1)
                .query(rs -> {
                    mark[0] = Long.parseLong(rs.getString("mark"));
                    if (Long.parseLong(rs.getString("floor")) > h.mark) {
                        rebuild[0] = true;
                    }
                    long id = rs.getLong("id");
                    if (rs.wasNull()) {
                        return;
                    }
                    if (id < 0) {
                        rebuild[0] = true; // TRUNCATE
                    } else if (rs.getObject("live") == null) {
                        gone.add(id);
                    } else {
                        rows.add(new SearchIndexDocs.Row(id, rs.getTimestamp("published_at").toInstant(),
                                rs.getString("scope_path"), rs.getString("title"), rs.getString("owner_name")));
                    }
                });
        if (rebuild[0] || rows.size() + gone.size() > MAX_CATCH_UP) {
            log.info("portal search index: {} changes or a truncation or a pruned log since the mark: rebuilding",
                    rows.size() + gone.size());
            return false;
        }
        try {
            for (SearchIndexDocs.Row r : rows) {
                h.writer.updateDocument(SearchIndexDocs.idTerm(r.id()), SearchIndexDocs.document(r));
            }
            for (long id : gone) {
                h.writer.deleteDocuments(SearchIndexDocs.idTerm(id));
            }
            if (!rows.isEmpty() || !gone.isEmpty()) {
                h.searchers.maybeRefreshBlocking();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        h.mark = mark[0];
        return true;
    }

    /** The PostgreSQL search answers until the new index is built and caught up; then it replaces the old one. */
    void rebuildInBackground() {
        Held old = held;
        held = null;
        if (old != null) {
            old.close(); // searches holding its searcher finish on it (the readers are reference-counted)
        }
        if (!building.compareAndSet(false, true)) {
            return;
        }
        Thread t = new Thread(() -> {
            try {
                rebuild();
            } catch (RuntimeException | IOException e) {
                log.error("portal search index: build failed, PostgreSQL answers", e);
            } finally {
                building.set(false);
            }
        }, "portal-search-index");
        t.setDaemon(true);
        t.start();
    }

    /** A full build: the mark first, then every row by keyset, then the changes since the mark (they may overlap: idempotent). */
    void rebuild() throws IOException {
        long t0 = System.nanoTime();
        Path path = onHeap ? null : Files.createTempDirectory(Files.createDirectories(root), "anjian-search-index-");
        Held h = new Held(onHeap ? new ByteBuffersDirectory() : new MMapDirectory(path), path);
        try {
            h.mark = jdbc.sql("SELECT CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text)").query(String.class)
                    .optional().map(Long::parseLong).orElseThrow();
            long after = Long.MIN_VALUE;
            long n = 0;
            while (true) {
                List<SearchIndexDocs.Row> batch = jdbc.sql("""
                                SELECT id, published_at, scope_path, title, owner_name FROM pub_search
                                WHERE id > :after ORDER BY id LIMIT :batch""")
                        .param("after", after).param("batch", BATCH)
                        .query((rs, i) -> new SearchIndexDocs.Row(rs.getLong(1), rs.getTimestamp(2).toInstant(),
                                rs.getString(3), rs.getString(4), rs.getString(5))).list();
                for (SearchIndexDocs.Row r : batch) {
                    h.writer.addDocument(SearchIndexDocs.document(r));
                }
                n += batch.size();
                if (batch.size() < BATCH) {
                    break;
                }
                after = batch.get(batch.size() - 1).id();
            }
            h.writer.forceMerge(1); // one sorted segment: a search's early stop happens once, not per segment
            h.searchers.maybeRefreshBlocking();
            lock.lock();
            try {
                if (!catchUp(h)) {
                    throw new IllegalStateException("more than " + MAX_CATCH_UP + " changes during the build");
                }
                Held old = held;
                held = h;
                if (old != null) {
                    old.close();
                }
            } finally {
                lock.unlock();
            }
            log.info("portal search index: ready, {} entries in {} ms ({}, {} MB on disk)", n, (System.nanoTime() - t0) / 1_000_000,
                    onHeap ? "heap" : path, onHeap ? 0 : sizeMb(path));
        } catch (IOException | RuntimeException e) {
            h.close();
            throw e;
        }
    }

    @PreDestroy
    void close() {
        Held h = held;
        held = null;
        if (h != null) {
            h.close();
        }
    }

    private double documents() {
        Held h = held;
        return h == null ? 0 : h.writer.getDocStats().numDocs;
    }

    private static long sizeMb(Path path) throws IOException {
        try (var files = Files.list(path)) {
            return files.mapToLong(p -> p.toFile().length()).sum() / (1024 * 1024);
        }
    }
}
