package cn.anjian.files.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;

import cn.anjian.files.FileStoreBench;
import org.bouncycastle.crypto.digests.SM3Digest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which SM3, and which ingestion pipeline, for REC-09 uploads. Plain warm loops, no Spring.
 * <ol>
 * <li>Hashes alone, in memory, 256 KiB updates: SHA-256 (JDK), SM3 BouncyCastle (what the app uses),
 * SM3 Tencent Kona (pure-Java JCA provider). Equality of Kona and BC is checked on random data first.
 * <li>The ingestion pipeline ({@link Ingestion}) over a generated 1 GiB stream into a
 * {@link LocalBlobStore} (write + fsync + link), for several buffer/pool sizes, SM3 inline or on its
 * own thread, bracketed by {@code dd conv=fsync} into the same directory.
 * </ol>
 * <pre>./mvnw -q -Pbench test -Dtest=Sm3Bench</pre>
 */
class Sm3Bench {

    static final long SIZE = Long.getLong("bench.bytes", 1L << 30);

    @TempDir(cleanup = org.junit.jupiter.api.io.CleanupMode.ALWAYS)
    Path root;

    interface Digest {
        void update(byte[] b, int off, int len);

        byte[] digest();
    }

    static Digest bc() {
        SM3Digest d = new SM3Digest();
        return new Digest() {
            public void update(byte[] b, int off, int len) {
                d.update(b, off, len);
            }

            public byte[] digest() {
                byte[] out = new byte[32];
                d.doFinal(out, 0);
                return out;
            }
        };
    }

    static Digest jca(String algorithm, java.security.Provider provider) {
        try {
            MessageDigest d = provider == null ? MessageDigest.getInstance(algorithm) : MessageDigest.getInstance(algorithm, provider);
            return new Digest() {
                public void update(byte[] b, int off, int len) {
                    d.update(b, off, len);
                }

                public byte[] digest() {
                    return d.digest();
                }
            };
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void hashesAndPipeline() throws Exception {
        java.security.Provider kona = new com.tencent.kona.crypto.KonaCryptoProvider();
        // correctness first: the GB/T 32905 vector and equality with BC on random lengths and splits
        Digest k0 = jca("SM3", kona);
        k0.update("abc".getBytes(), 0, 3);
        assertThat(java.util.HexFormat.of().formatHex(k0.digest())).startsWith("66c7f0f4");
        Random r = new Random(5);
        for (int i = 0; i < 500; i++) {
            byte[] m = new byte[r.nextInt(5000)];
            r.nextBytes(m);
            Digest a = bc(), b = jca("SM3", kona);
            a.update(m, 0, m.length);
            int split = m.length == 0 ? 0 : r.nextInt(m.length);
            b.update(m, 0, split);
            b.update(m, split, m.length - split);
            assertThat(b.digest()).isEqualTo(a.digest());
        }

        byte[] buf = new byte[256 * 1024];
        new Random(1).nextBytes(buf);
        String[] names = {"SHA-256 (JDK)", "SM3 BouncyCastle 1.87", "SM3 Tencent Kona 1.0.19"};
        List<List<Double>> rates = new ArrayList<>();
        for (int n = 0; n < names.length; n++) rates.add(new ArrayList<>());
        for (int round = 0; round < 7; round++) {
            for (int n = 0; n < names.length; n++) {
                Digest d = n == 0 ? jca("SHA-256", null) : n == 1 ? bc() : jca("SM3", kona);
                long t = System.nanoTime();
                for (int i = 0; i < 2048; i++) d.update(buf, 0, buf.length); // 512 MiB
                d.digest();
                if (round >= 2) rates.get(n).add(512 / ((System.nanoTime() - t) / 1e9)); // rounds 0-1 are warm-up
            }
        }
        for (int n = 0; n < names.length; n++) {
            double[] v = rates.get(n).stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf("HASH %-24s median %5.0f MiB/s (min %.0f, max %.0f; 5 x 512 MiB after 2 warm-up rounds)%n",
                    names[n], v[v.length / 2], v[0], v[v.length - 1]);
        }

        LocalBlobStore store = new LocalBlobStore(root);
        // dd of zeros (what the issue names) and dd of the generated, non-zero bytes from a cached file:
        // this virtual disk writes zeros much faster than data, so both are reported
        Path data = root.resolve("data.in");
        try (var in = FileStoreBench.generated(SIZE)) {
            Files.copy(in, data);
        }
        double dd1 = dd("/dev/zero"), ddData1 = dd(data.toString());
        System.out.printf("DD before: zeros %.0f MiB/s, data %.0f MiB/s%n", dd1, ddData1);
        Ingestion.Tuning[] variants = {
                new Ingestion.Tuning(256 * 1024, 6, false),
                new Ingestion.Tuning(64 * 1024, 6, true),
                new Ingestion.Tuning(256 * 1024, 6, true),
                new Ingestion.Tuning(1024 * 1024, 6, true),
                new Ingestion.Tuning(256 * 1024, 3, true),
                new Ingestion.Tuning(256 * 1024, 16, true),
        };
        double[] mibs = new double[variants.length];
        for (int pass = 0; pass < 2; pass++) { // pass 0 warms the JIT up on the pipeline itself
            for (int v = 0; v < variants.length; v++) {
                long t = System.nanoTime();
                Ingestion.Result res = Ingestion.ingest(store, FileStoreBench.generated(pass == 0 ? SIZE / 8 : SIZE), "b.bin", null, Long.MAX_VALUE, variants[v]);
                double s = (System.nanoTime() - t) / 1e9;
                Files.delete(store.path(res.sha256()));
                if (pass == 1) {
                    mibs[v] = SIZE / 1048576.0 / s;
                }
            }
        }
        // the alternative design (SM3 deferred to a background job): SHA-256 + write + fsync + link only
        double shaOnly = 0;
        for (int pass = 0; pass < 2; pass++) {
            long t = System.nanoTime();
            Hashing h = new Hashing(false);
            byte[] b = new byte[256 * 1024];
            String sha;
            try (var in = FileStoreBench.generated(pass == 0 ? SIZE / 8 : SIZE); var staging = store.stage()) {
                for (int n; (n = in.readNBytes(b, 0, b.length)) > 0; ) {
                    h.update(b, 0, n);
                    staging.out().write(b, 0, n);
                }
                sha = h.sha256Hex();
                staging.commit(sha);
            }
            shaOnly = SIZE / 1048576.0 / ((System.nanoTime() - t) / 1e9);
            Files.delete(store.path(sha));
        }
        double dd2 = dd("/dev/zero"), ddData2 = dd(data.toString());
        double ddMean = (dd1 + dd2) / 2, ddDataMean = (ddData1 + ddData2) / 2;
        System.out.printf("DD after: zeros %.0f MiB/s, data %.0f MiB/s; means: zeros %.0f, data %.0f MiB/s%n", dd2, ddData2, ddMean, ddDataMean);
        for (int v = 0; v < variants.length; v++) {
            Ingestion.Tuning t = variants[v];
            System.out.printf("PIPELINE buf %4d KiB, pool %2d, SM3 %-11s: %4.0f MiB/s = %3.0f %% of dd zeros, %3.0f %% of dd data%n",
                    t.buf() / 1024, t.pool(), t.sm3Thread() ? "own thread" : "inline", mibs[v], 100 * mibs[v] / ddMean, 100 * mibs[v] / ddDataMean);
        }
        System.out.printf("PIPELINE SHA-256 only (SM3 deferred)  : %4.0f MiB/s = %3.0f %% of dd zeros, %3.0f %% of dd data%n",
                shaOnly, 100 * shaOnly / ddMean, 100 * shaOnly / ddDataMean);
        try (var paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().setWritable(true));
        }
    }

    private double dd(String from) throws Exception {
        Path out = root.resolve("dd.out");
        long t = System.nanoTime();
        Process dd = new ProcessBuilder("dd", "if=" + from, "of=" + out, "bs=1M", "count=" + (SIZE >> 20), "conv=fsync")
                .redirectErrorStream(true).start();
        dd.getInputStream().readAllBytes();
        assertThat(dd.waitFor()).isZero();
        double mibs = SIZE / 1048576.0 / ((System.nanoTime() - t) / 1e9);
        Files.delete(out);
        return mibs;
    }
}
