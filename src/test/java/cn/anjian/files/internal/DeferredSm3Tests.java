package cn.anjian.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Random;

import cn.anjian.IntegrationTest;
import cn.anjian.TestActors;
import cn.anjian.files.FileAccessGuard;
import cn.anjian.files.FileIntegrityAlarm;
import cn.anjian.files.StoredFile;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * anjian.files.sm3=after-commit, tested on its components inside the shared context (which runs
 * at-ingestion): a second FileService in after-commit mode, the deferred SM3 worker and its sweep.
 */
@IntegrationTest
@RecordApplicationEvents
class DeferredSm3Tests {

    static final TestActors.TestActor OFFICER = TestActors.actor("officer", 42, "/1/5/42/", "file:upload", "file:read");

    @Autowired LocalBlobStore store;
    @Autowired JdbcClient jdbc;
    @Autowired Clock clock;
    @Autowired ApplicationEventPublisher publisher;
    @Autowired TransactionTemplate tx;
    @Autowired ApplicationContext ctx;
    @Autowired DeferredSm3 deferred;
    @Autowired ApplicationEvents events;

    FileService afterCommit() {
        return new FileService(store, jdbc, clock, publisher, tx,
                new IngestPolicy(DataSize.ofMegabytes(64), "after-commit", ctx.getBeanProvider(DeferredSm3.class)),
                ctx.getBeanProvider(FileAccessGuard.class));
    }

    static byte[] unique(int size) {
        byte[] b = new byte[size];
        new Random().nextBytes(b);
        byte[] tag = (" " + System.nanoTime()).getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tag, 0, b, 0, Math.min(tag.length, size));
        return b;
    }

    static String sm3(byte[] b) {
        SM3Digest d = new SM3Digest();
        d.update(b, 0, b.length);
        byte[] out = new byte[32];
        d.doFinal(out, 0);
        return HexFormat.of().formatHex(out);
    }

    String sm3Of(long id) {
        return jdbc.sql("select sm3 from file_object where id = :id").param("id", id).query(String.class).optional().orElse(null);
    }

    Timestamp sm3At(long id) {
        return jdbc.sql("select sm3_at from file_object where id = :id").param("id", id).query(Timestamp.class).optional().orElse(null);
    }

    /** A row as after-commit mode leaves it before the worker ran (blob stored, sm3 NULL). */
    long pendingRow(byte[] bytes) {
        Ingestion.Result r = Ingestion.ingestSha256Only(store, new ByteArrayInputStream(bytes), "a.bin", null, Long.MAX_VALUE);
        assertThat(r.sm3()).isNull();
        return jdbc.sql("""
                insert into file_object (sha256, sm3, size, content_type, original_name, scope_path, created_at, created_by)
                values (:sha, null, :size, 'application/octet-stream', 'a.bin', '/1/5/42/', now(), 'officer') returning id""")
                .param("sha", r.sha256()).param("size", r.size()).query(Long.class).single();
    }

    void flipOneBit(String sha, long offset) throws Exception {
        Path p = store.path(sha);
        p.toFile().setWritable(true);
        try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
            f.seek(offset);
            int b = f.read();
            f.seek(offset);
            f.write(b ^ 0x01);
        }
    }

    @Test
    @DisplayName("after-commit mode: the row is stored with sm3 NULL, the executor fills it after commit with the one-shot SM3")
    void storedThenFilledAfterCommit() throws Exception {
        byte[] bytes = unique(3 * 256 * 1024 + 17);
        StoredFile f = afterCommit().store(new ByteArrayInputStream(bytes), "b.bin", "application/octet-stream", null, OFFICER);
        assertThat(f.sm3()).isNull(); // as the API returns it: null until computed
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (sm3Of(f.id()) == null && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(sm3Of(f.id())).isEqualTo(sm3(bytes));
        assertThat(sm3At(f.id())).isNotNull();
        assertThat(jdbc.sql("select integrity from file_object where id = :id").param("id", f.id()).query(String.class).single())
                .isEqualTo("OK");
    }

    @Test
    @DisplayName("the files-owned executor does not replace Spring Boot's applicationTaskExecutor")
    void ownExecutorOnly() {
        assertThat(ctx.containsBean("applicationTaskExecutor")).isTrue();
        assertThat(ctx.getBean("filesSm3Executor")).isNotSameAs(ctx.getBean("applicationTaskExecutor"));
    }

    @Test
    @DisplayName("deferred SM3 equals one-shot BouncyCastle SM3 and sets sm3_at")
    void fillMatchesOneShot() {
        byte[] bytes = unique(1_000_003);
        long id = pendingRow(bytes);
        String sha = jdbc.sql("select sha256 from file_object where id = :id").param("id", id).query(String.class).single();
        assertThat(deferred.fill(sha)).isEqualTo(DeferredSm3.Outcome.FILLED);
        assertThat(sm3Of(id)).isEqualTo(sm3(bytes));
        assertThat(sm3At(id)).isNotNull();
        assertThat(deferred.fill(sha)).isEqualTo(DeferredSm3.Outcome.NOTHING_TO_DO);
    }

    @Test
    @DisplayName("REC-09 a bit flipped before SM3 is computed: SHA-256 re-verified in the same pass, CORRUPT + alarm, sm3 stays NULL")
    void flippedBitBeforeFill() throws Exception {
        long id = pendingRow(unique(300_000));
        String sha = jdbc.sql("select sha256 from file_object where id = :id").param("id", id).query(String.class).single();
        flipOneBit(sha, 12_345);
        assertThat(deferred.fill(sha)).isEqualTo(DeferredSm3.Outcome.CORRUPT);
        assertThat(jdbc.sql("select integrity from file_object where id = :id").param("id", id).query(String.class).single())
                .isEqualTo("CORRUPT");
        assertThat(sm3Of(id)).isNull();
        assertThat(events.stream(FileIntegrityAlarm.class).anyMatch(a -> a.fileIds().contains(id) && a.detectedBy().equals("SM3")))
                .isTrue();
    }

    @Test
    @DisplayName("the sweep fills every row left with sm3 NULL (e.g. queued when the server stopped)")
    void sweepFillsLeftovers() {
        byte[] a = unique(70_000);
        byte[] b = unique(500_000);
        long ia = pendingRow(a);
        long ib = pendingRow(b);
        long ib2 = pendingRow(b); // deduplicated blob, second row
        assertThat(deferred.sweep()).isGreaterThanOrEqualTo(2);
        assertThat(sm3Of(ia)).isEqualTo(sm3(a));
        assertThat(sm3Of(ib)).isEqualTo(sm3(b));
        assertThat(sm3Of(ib2)).isEqualTo(sm3(b));
        assertThat(jdbc.sql("select count(*) from file_object where sm3 is null and integrity = 'OK'").query(Long.class).single())
                .isZero();
    }
}
