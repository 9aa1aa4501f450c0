package cn.anjian.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.anjian.files.BlobStore;
import cn.anjian.kernel.AuditableEvent;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * REC-09 periodic re-verification: every blob not verified within {@code anjian.files.rescan-after}
 * (or all, when started from the page) is streamed through SHA-256 and compared with its key. A
 * mismatch or a missing object raises the same alarm as a download. One row per run in {@code file_scan}.
 */
@Component
public class IntegrityScan {

    public record Summary(Instant startedAt, Instant finishedAt, int blobs, int ok, int corrupt, long bytes) {
    }

    private final BlobStore store;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final FileService files;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;
    private final Duration rescanAfter;

    IntegrityScan(BlobStore store, JdbcClient jdbc, Clock clock, FileService files, ApplicationEventPublisher events,
                  TransactionTemplate tx, @Value("${anjian.files.rescan-after:PT20H}") Duration rescanAfter) {
        this.store = store;
        this.jdbc = jdbc;
        this.clock = clock;
        this.files = files;
        this.events = events;
        this.tx = tx;
        this.rescanAfter = rescanAfter;
    }

    @Scheduled(cron = "${anjian.files.scan-cron:0 30 2 * * *}", zone = "Asia/Shanghai")
    @SchedulerLock(name = "files.integrityScan", lockAtMostFor = "${anjian.files.scan-lock-at-most:PT12H}")
    public void scheduled() {
        scan(false, "system");
    }

    /** Streams and checks the blobs; {@code all} ignores when they were last verified. */
    public Summary scan(boolean all, String triggeredBy) {
        Instant started = clock.instant();
        Instant staleBefore = all ? started.plusSeconds(1) : started.minus(rescanAfter);
        List<Object[]> blobs = jdbc.sql("""
                select sha256, max(size) from file_object
                where integrity = 'OK' and (last_verified_at is null or last_verified_at < :before)
                group by sha256 order by sha256""")
                .param("before", Timestamp.from(staleBefore))
                .query((rs, n) -> new Object[]{rs.getString(1), rs.getLong(2)}).list();
        int ok = 0;
        int corrupt = 0;
        long bytes = 0;
        byte[] buf = new byte[256 * 1024];
        for (Object[] b : blobs) {
            String sha = (String) b[0];
            long expectedSize = (Long) b[1];
            String reason = null;
            Hashing h = new Hashing(false);
            long size = 0;
            try (InputStream in = store.open(sha)) {
                for (int n; (n = in.read(buf)) >= 0; ) {
                    h.update(buf, 0, n);
                    size += n;
                }
                if (size != expectedSize || !h.sha256Hex().equals(sha)) {
                    reason = "SHA-256 不一致";
                }
            } catch (java.nio.file.NoSuchFileException e) {
                reason = "对象缺失";
            } catch (IOException e) {
                reason = "读取失败: " + e.getClass().getSimpleName();
            }
            bytes += size;
            if (reason == null) {
                ok++;
                jdbc.sql("update file_object set last_verified_at = :now where sha256 = :sha and integrity = 'OK'")
                        .param("now", Timestamp.from(clock.instant())).param("sha", sha).update();
            } else {
                corrupt++;
                files.markCorrupt(sha, "SCAN", reason);
            }
        }
        Instant finished = clock.instant();
        Summary summary = new Summary(started, finished, blobs.size(), ok, corrupt, bytes);
        int okCount = ok, corruptCount = corrupt;
        long byteCount = bytes;
        tx.executeWithoutResult(s -> {
            long id = jdbc.sql("""
                    insert into file_scan (started_at, finished_at, triggered_by, blobs, ok, corrupt, bytes)
                    values (:s, :f, :by, :n, :ok, :bad, :bytes) returning id""")
                    .param("s", Timestamp.from(started)).param("f", Timestamp.from(finished)).param("by", triggeredBy)
                    .param("n", blobs.size()).param("ok", okCount).param("bad", corruptCount).param("bytes", byteCount)
                    .query(Long.class).single();
            events.publishEvent(new AuditableEvent("files.integrity.scanned", "file-scan", String.valueOf(id), null,
                    Map.of("blobs", blobs.size(), "ok", okCount, "corrupt", corruptCount, "bytes", byteCount),
                    "system".equals(triggeredBy) ? "system" : null, null));
        });
        return summary;
    }

    public record Overview(Summary last, long okFiles, long corruptFiles) {
    }

    public record CorruptRow(long id, String originalName, String sha256, long size, Instant detectedAt, String detectedBy) {
    }

    /** Counts and the corrupt list are limited to files uploaded within the viewer's scope. */
    public Overview overview(String scopePattern) {
        Summary last = jdbc.sql("select * from file_scan order by id desc limit 1")
                .query((rs, n) -> new Summary(rs.getTimestamp("started_at").toInstant(), rs.getTimestamp("finished_at").toInstant(),
                        rs.getInt("blobs"), rs.getInt("ok"), rs.getInt("corrupt"), rs.getLong("bytes")))
                .optional().orElse(null);
        Map<String, Long> counts = new java.util.HashMap<>();
        jdbc.sql("select integrity, count(*) from file_object where scope_path like :p group by integrity")
                .param("p", scopePattern).query(rs -> {
                    counts.put(rs.getString(1), rs.getLong(2));
                });
        return new Overview(last, counts.getOrDefault("OK", 0L), counts.getOrDefault("CORRUPT", 0L));
    }

    public List<CorruptRow> corrupt(String scopePattern, int offset, int limit) {
        return jdbc.sql("""
                select id, original_name, sha256, size, corrupt_detected_at, corrupt_detected_by from file_object
                where integrity = 'CORRUPT' and scope_path like :p order by corrupt_detected_at desc, id desc offset :o limit :l""")
                .param("p", scopePattern).param("o", offset).param("l", limit)
                .query((rs, n) -> new CorruptRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getLong(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6)))
                .list();
    }
}
