package cn.anjian.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import cn.anjian.TestActors;
import cn.anjian.files.internal.FileService;
import cn.anjian.files.internal.IntegrityScan;
import cn.anjian.files.internal.LocalBlobStore;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * REC-09 ingestion and scan throughput: a generated 1 GiB stream (never held in memory) through
 * {@link Files#store} (SHA-256 + SM3 + write + fsync + link + metadata row), compared with
 * {@code dd bs=1M count=1024 conv=fsync} into the same directory in the same run; heap growth
 * sampled every 20 ms during ingestion; then the integrity scan's MB/s over that object.
 *
 * <p>{@code -Danjian.files.sm3=after-commit} measures the deferred-SM3 mode: ingestion is SHA-256 only,
 * and the bench also reports how long after the upload returned the row's SM3 was filled.
 *
 * <pre>./mvnw -q -Pbench test -Dtest=FileStoreBench [-Danjian.files.sm3=after-commit]</pre>
 */
@SpringBootTest
public class FileStoreBench {

    static final long SIZE = Long.getLong("bench.bytes", 1L << 30);

    @Autowired FileService files;
    @Autowired IntegrityScan scan;
    @Autowired LocalBlobStore store;
    @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;
    @org.springframework.beans.factory.annotation.Value("${anjian.files.sm3:at-ingestion}") String sm3Mode;

    /** Deterministic non-trivial bytes: a random 1 MiB block with the block number stamped in. */
    public static InputStream generated(long size) {
        byte[] block = new byte[1 << 20];
        new Random(42).nextBytes(block);
        return new InputStream() {
            long pos;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (pos >= size) return -1;
                int inBlock = (int) (pos % block.length);
                if (inBlock == 0) {
                    long n = pos / block.length;
                    for (int i = 0; i < 8; i++) block[i] = (byte) (n >>> (8 * i));
                }
                int k = (int) Math.min(Math.min(len, block.length - inBlock), size - pos);
                System.arraycopy(block, inBlock, b, off, k);
                pos += k;
                return k;
            }
        };
    }

    @Test
    void ingestAndScan() throws Exception {
        Path dir = store.root().resolve("bench-dd");
        java.nio.file.Files.createDirectories(dir);
        Path ddOut = dir.resolve("dd.out");
        long d0 = System.nanoTime();
        Process dd = new ProcessBuilder("dd", "if=/dev/zero", "of=" + ddOut, "bs=1M", "count=" + (SIZE >> 20), "conv=fsync")
                .redirectErrorStream(true).start();
        String ddText = new String(dd.getInputStream().readAllBytes()).trim().replace('\n', ' ');
        assertThat(dd.waitFor()).isZero();
        double ddSeconds = (System.nanoTime() - d0) / 1e9;
        java.nio.file.Files.delete(ddOut);
        double ddMbs = SIZE / 1048576.0 / ddSeconds;
        System.out.printf("DD: %d MiB in %.2f s = %.0f MiB/s (%s)%n", SIZE >> 20, ddSeconds, ddMbs, ddText);

        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = new Thread(() -> {
            while (running.get()) {
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.start();
        long t0 = System.nanoTime();
        StoredFile f = files.store(generated(SIZE), "bench.bin", "application/octet-stream", null,
                TestActors.actor("bench", 1, "/1/", "file:upload"));
        long t1 = System.nanoTime();
        double ingestSeconds = (t1 - t0) / 1e9;
        long ingestPeak = peak.get();
        if (f.sm3() == null) { // after-commit: wait for the deferred worker, heap still sampled
            while (!jdbc.sql("select sm3 is not null from file_object where id = :id").param("id", f.id()).query(Boolean.class).single()) {
                Thread.sleep(10);
            }
            System.out.printf("SM3 FILLED: %.2f s after the upload returned (%.2f s after it started)%n",
                    (System.nanoTime() - t1) / 1e9, (System.nanoTime() - t0) / 1e9);
        }
        running.set(false);
        sampler.join();
        double ingestMbs = SIZE / 1048576.0 / ingestSeconds;
        System.out.printf("INGEST [anjian.files.sm3=%s]: %d MiB (%s + fsync) in %.2f s = %.0f MiB/s = %.0f %% of dd%n",
                sm3Mode, SIZE >> 20, f.sm3() == null ? "SHA-256 only" : "SHA-256 + SM3", ingestSeconds, ingestMbs, 100 * ingestMbs / ddMbs);
        System.out.printf("HEAP: baseline %d MiB, peak during ingestion %d MiB, growth %d MiB; peak until SM3 filled %d MiB%n",
                baseline >> 20, ingestPeak >> 20, (ingestPeak - baseline) >> 20, peak.get() >> 20);
        assertThat(f.size()).isEqualTo(SIZE);

        // dd again after ingestion: the machine is shared, so bracket the ingestion by two dd runs
        long d1 = System.nanoTime();
        Process dd2 = new ProcessBuilder("dd", "if=/dev/zero", "of=" + ddOut, "bs=1M", "count=" + (SIZE >> 20), "conv=fsync")
                .redirectErrorStream(true).start();
        dd2.getInputStream().readAllBytes();
        assertThat(dd2.waitFor()).isZero();
        double dd2Mbs = SIZE / 1048576.0 / ((System.nanoTime() - d1) / 1e9);
        java.nio.file.Files.delete(ddOut);
        System.out.printf("DD AFTER: %.0f MiB/s; ingestion = %.0f %% of the mean dd (%.0f MiB/s)%n", dd2Mbs,
                200 * ingestMbs / (ddMbs + dd2Mbs), (ddMbs + dd2Mbs) / 2);

        // the hashes alone, in memory, to show which step bounds ingestion
        byte[] mem = new byte[256 * 1024];
        new Random(1).nextBytes(mem);
        for (boolean sm3 : new boolean[]{false, true}) {
            cn.anjian.files.internal.Hashing h = new cn.anjian.files.internal.Hashing(sm3);
            for (int i = 0; i < 1024; i++) { // warm-up: without it the first SM3 loop runs interpreted/OSR code
                if (sm3) h.updateSm3Only(mem, 0, mem.length); else h.update(mem, 0, mem.length);
            }
            long h0 = System.nanoTime();
            for (int i = 0; i < 2048; i++) {
                if (sm3) h.updateSm3Only(mem, 0, mem.length); else h.update(mem, 0, mem.length);
            }
            System.out.printf("HASH %s alone: 512 MiB in %.2f s = %.0f MiB/s%n", sm3 ? "SM3 (BouncyCastle)" : "SHA-256 (JDK)",
                    (System.nanoTime() - h0) / 1e9, 512 / ((System.nanoTime() - h0) / 1e9));
        }

        long s0 = System.nanoTime();
        IntegrityScan.Summary s = scan.scan(true, "bench");
        double scanSeconds = (System.nanoTime() - s0) / 1e9;
        System.out.printf("SCAN: %d blob(s), %d MiB re-hashed in %.2f s = %.0f MiB/s (page cache warm: the object was just written)%n",
                s.blobs(), s.bytes() >> 20, scanSeconds, s.bytes() / 1048576.0 / scanSeconds);
        assertThat(s.corrupt()).isZero();
        // the 1 GiB object lives in the test temp root: remove it
        try (var paths = java.nio.file.Files.walk(store.root())) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
