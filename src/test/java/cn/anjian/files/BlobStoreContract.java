package cn.anjian.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * What every {@link BlobStore} promises (its javadoc), run against each implementation: write-once under
 * a content key, staging discarded on close, large streams with bounded memory, exists/size/open,
 * concurrent commits of one key.
 */
abstract class BlobStoreContract {

    /** The store under test; the same instance for every test of the class. */
    abstract BlobStore store();

    /** Staged bytes left behind (temporary files, staging objects, unfinished multipart uploads). */
    abstract long leftovers() throws IOException;

    /** At least this many bytes make the store stage on its side rather than in memory (S3: more than one part). */
    abstract int largeStaging();

    static String sha256(byte[] b) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    }

    static byte[] random(int n, long seed) {
        byte[] b = new byte[n];
        new Random(seed ^ System.nanoTime()).nextBytes(b);
        return b;
    }

    private static byte[] read(BlobStore s, String key) throws IOException {
        try (InputStream in = s.open(key)) {
            return in.readAllBytes();
        }
    }

    private boolean commit(byte[] bytes, String key) throws IOException {
        try (BlobStore.Staging st = store().stage()) {
            st.out().write(bytes);
            return st.commit(key);
        }
    }

    @Test
    @DisplayName("REC-09 write-once: a second commit of the same key returns false and leaves the object unchanged (small and staged)")
    void writeOnce() throws Exception {
        for (int size : new int[]{1000, largeStaging()}) {
            byte[] first = random(size, 1);
            String key = sha256(first);
            assertThat(commit(first, key)).isTrue();
            byte[] other = random(size, 2); // different bytes under the same key: must not replace the object
            assertThat(commit(other, key)).isFalse();
            assertThat(read(store(), key)).isEqualTo(first);
            assertThat(store().size(key)).isEqualTo(size);
        }
        assertThat(leftovers()).isZero();
    }

    @Test
    @DisplayName("staging closed without commit is discarded: nothing stored, nothing left behind")
    void stagingDiscarded() throws Exception {
        for (int size : new int[]{10, largeStaging()}) {
            byte[] bytes = random(size, 3);
            try (BlobStore.Staging st = store().stage()) {
                st.out().write(bytes);
            }
            assertThat(store().exists(sha256(bytes))).isFalse();
        }
        assertThat(leftovers()).isZero();
    }

    @Test
    @DisplayName("exists, size and open; a missing object: false, -1, NoSuchFileException")
    void existsSizeOpen() throws Exception {
        byte[] bytes = "现场检查记录".getBytes(StandardCharsets.UTF_8);
        String key = store().put(new java.io.ByteArrayInputStream(bytes));
        assertThat(key).isEqualTo(sha256(bytes));
        assertThat(store().exists(key)).isTrue();
        assertThat(store().size(key)).isEqualTo(bytes.length);
        assertThat(read(store(), key)).isEqualTo(bytes);
        String missing = sha256(random(16, 4));
        assertThat(store().exists(missing)).isFalse();
        assertThat(store().size(missing)).isEqualTo(-1);
        assertThatThrownBy(() -> store().open(missing)).isInstanceOf(NoSuchFileException.class);
    }

    @Test
    @DisplayName("a 100 MiB stream goes through with bounded heap and reads back with the same SHA-256")
    void hundredMiB() throws Exception {
        long size = 100L * 1024 * 1024;
        long seed = System.nanoTime();
        var heap = ManagementFactory.getMemoryMXBean();
        System.gc();
        long before = heap.getHeapMemoryUsage().getUsed();
        long[] peak = {0};
        InputStream source = new Generated(size, seed) {
            @Override
            void halfway() {
                System.gc(); // what is still reachable half-way through: at most a part or so, never the stream
                peak[0] = heap.getHeapMemoryUsage().getUsed() - before;
            }
        };
        String key = store().put(source);
        assertThat(peak[0]).as("heap retained half-way through a 100 MiB upload").isLessThan(48L * 1024 * 1024);
        assertThat(key).isEqualTo(((Generated) source).sha256());
        assertThat(store().size(key)).isEqualTo(size);
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        try (InputStream in = store().open(key)) {
            byte[] buf = new byte[256 * 1024];
            for (int n; (n = in.read(buf)) >= 0; ) {
                md.update(buf, 0, n);
            }
        }
        assertThat(HexFormat.of().formatHex(md.digest())).isEqualTo(key);
        assertThat(leftovers()).isZero();
    }

    @Test
    @DisplayName("REC-09 concurrent commits of one key: exactly one creates it, the object holds those bytes, nothing left behind")
    void concurrentCommits() throws Exception {
        int writers = 3;
        byte[] bytes = random(largeStaging(), 5);
        String key = sha256(bytes);
        CyclicBarrier barrier = new CyclicBarrier(writers);
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                results.add(pool.submit(() -> {
                    try (BlobStore.Staging st = store().stage()) {
                        st.out().write(bytes);
                        barrier.await();
                        return st.commit(key);
                    }
                }));
            }
            int created = 0;
            for (Future<Boolean> f : results) {
                created += f.get() ? 1 : 0;
            }
            assertThat(created).isEqualTo(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(read(store(), key)).isEqualTo(bytes);
        assertThat(leftovers()).isZero();
    }

    /** Deterministic pseudo-random bytes made on the fly (never held whole), hashing what it hands out. */
    static class Generated extends InputStream {
        private final long size;
        private final Random random;
        private final MessageDigest md;
        private long given;
        private boolean half;

        Generated(long size, long seed) throws Exception {
            this.size = size;
            this.random = new Random(seed);
            this.md = MessageDigest.getInstance("SHA-256");
        }

        void halfway() {
        }

        @Override
        public int read() {
            byte[] one = new byte[1];
            return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (given >= size) {
                return -1;
            }
            if (!half && given >= size / 2) {
                half = true;
                halfway();
            }
            int n = (int) Math.min(Math.min(len, 64 * 1024), size - given);
            byte[] chunk = new byte[n];
            random.nextBytes(chunk);
            System.arraycopy(chunk, 0, b, off, n);
            md.update(chunk);
            given += n;
            return n;
        }

        String sha256() {
            return HexFormat.of().formatHex(md.digest());
        }
    }
}
