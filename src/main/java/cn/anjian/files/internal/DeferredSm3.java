package cn.anjian.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.RejectedExecutionException;

import cn.anjian.files.BlobStore;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * anjian.files.sm3=after-commit: rows are stored with SHA-256 only; right after the commit the blob
 * is re-read once on a small bounded executor, SM3 is computed and SHA-256 re-verified in the same
 * pass. A SHA-256 mismatch raises the REC-09 alarm (detected by {@code SM3}); otherwise sm3 and
 * sm3_at are stored. A full queue just drops the task: the periodic sweep fills every row still
 * without SM3 (also after a restart). In at-ingestion mode there are no such rows and both are idle.
 */
@Component
public class DeferredSm3 {

    private static final Logger log = LoggerFactory.getLogger(DeferredSm3.class);

    public enum Outcome { FILLED, CORRUPT, NOTHING_TO_DO }

    private final BlobStore store;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final FileService files;
    private final ThreadPoolTaskExecutor executor;

    DeferredSm3(BlobStore store, JdbcClient jdbc, Clock clock, FileService files,
                @Qualifier("filesSm3Executor") ThreadPoolTaskExecutor executor) {
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
        this.files = files;
        this.executor = executor;
    }

    /** Queues the blob; never blocks the caller, never fails it. */
    public void submit(String sha256) {
        try {
            executor.execute(() -> {
                try {
                    fill(sha256);
                } catch (RuntimeException e) {
                    log.warn("deferred SM3 of {} failed, the sweep retries: {}", sha256, e.toString());
                }
            });
        } catch (RejectedExecutionException e) {
            log.info("deferred SM3 queue full, {} left to the sweep", sha256);
        }
    }

    /** Periodic safety net: every blob whose rows still have no SM3. */
    @Scheduled(initialDelayString = "${anjian.files.sm3-sweep-initial:PT1M}", fixedDelayString = "${anjian.files.sm3-sweep:PT5M}")
    @SchedulerLock(name = "files.sm3Sweep", lockAtMostFor = "PT1H")
    public void scheduledSweep() {
        sweep();
    }

    /** Fills every pending blob (in batches); returns how many blobs were processed. */
    public int sweep() {
        int done = 0;
        while (true) {
            List<String> pending = jdbc.sql("""
                    select distinct sha256 from file_object where sm3 is null and integrity = 'OK' limit 100""")
                    .query(String.class).list();
            if (pending.isEmpty()) {
                return done;
            }
            for (String sha : pending) {
                fill(sha);
                done++;
            }
        }
    }

    /** One pass over the stored blob: SM3 and SHA-256 together. */
    public Outcome fill(String sha256) {
        Long expectedSize = jdbc.sql("select max(size) from file_object where sha256 = :sha and sm3 is null and integrity = 'OK'")
                .param("sha", sha256).query(Long.class).optional().orElse(null);
        if (expectedSize == null) {
            return Outcome.NOTHING_TO_DO;
        }
        Hashing h = new Hashing(true);
        byte[] buf = new byte[256 * 1024];
        long size = 0;
        String reason = null;
        try (InputStream in = store.open(sha256)) {
            for (int n; (n = in.read(buf)) >= 0; ) {
                h.update(buf, 0, n);
                size += n;
            }
            if (size != expectedSize || !h.sha256Hex().equals(sha256)) {
                reason = "SHA-256 不一致（SM3 补算时）";
            }
        } catch (java.nio.file.NoSuchFileException e) {
            reason = "对象缺失（SM3 补算时）";
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // transient: left NULL, retried by the sweep
        }
        if (reason != null) {
            files.markCorrupt(sha256, "SM3", reason);
            return Outcome.CORRUPT;
        }
        Timestamp now = Timestamp.from(clock.instant());
        jdbc.sql("update file_object set sm3 = :sm3, sm3_at = :now, last_verified_at = :now where sha256 = :sha and sm3 is null")
                .param("sm3", h.sm3Hex()).param("now", now).param("sha", sha256).update();
        return Outcome.FILLED;
    }
}
