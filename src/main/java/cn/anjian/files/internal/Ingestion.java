package cn.anjian.files.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

import cn.anjian.files.BlobStore;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.StorageFailure;

/**
 * One streaming pass: read in 256 KiB blocks, update SHA-256 and SM3 (on a second thread), count, keep the first bytes for
 * sniffing, write to a staged blob. Over the size limit or with a wrong declared hash the staged
 * bytes are discarded and nothing is stored. Plain Java, so it is tested without Spring.
 */
public final class Ingestion {

    public static final String TOO_LARGE = "FILE-TOO-LARGE";

    public record Result(String sha256, String sm3, long size, String contentType, boolean newBlob) {
    }

    private Ingestion() {
    }

    public static Result ingest(BlobStore store, InputStream in, String originalName, String declaredSha256, long maxSize) {
        return ingest(store, in, originalName, declaredSha256, maxSize, Tuning.DEFAULT);
    }

    /** SHA-256 only, inline (anjian.files.sm3=after-commit): {@link Result#sm3()} is null, SM3 comes later. */
    public static Result ingestSha256Only(BlobStore store, InputStream in, String originalName, String declaredSha256, long maxSize) {
        return ingest(store, in, originalName, declaredSha256, maxSize, Tuning.SHA256_ONLY);
    }

    /**
     * Buffer size, pool size and whether SM3 runs on its own thread; the default was chosen by
     * measurement (bench/java .../Sm3Bench, bench/RESULTS.md), the other values exist for that bench.
     */
    record Tuning(int buf, int pool, boolean sm3Thread, boolean sm3) {
        static final Tuning DEFAULT = new Tuning(256 * 1024, 6, true, true);
        static final Tuning SHA256_ONLY = new Tuning(256 * 1024, 1, false, false);

        Tuning(int buf, int pool, boolean sm3Thread) {
            this(buf, pool, sm3Thread, true);
        }
    }

    /** The first bytes of the upload, for sniffing its real type. */
    private static final class Head {
        final byte[] bytes = new byte[Sniffer.HEAD];
        int length;

        void capture(byte[] buf, int n) {
            if (length < bytes.length) {
                int k = Math.min(n, bytes.length - length);
                System.arraycopy(buf, 0, bytes, length, k);
                length += k;
            }
        }
    }

    static Result ingest(BlobStore store, InputStream in, String originalName, String declaredSha256, long maxSize, Tuning tuning) {
        String declared = normaliseDeclared(declaredSha256);
        int bufSize = tuning.buf();
        int poolSize = tuning.pool();
        Hashing sha = new Hashing(false);
        Head head = new Head();
        long size = 0;
        // SM3 (pure Java, the slowest step) runs on its own thread over the same buffers, so it
        // overlaps with reading, SHA-256 and disk writes; buffers cycle through a small fixed pool.
        BlockingQueue<byte[]> free = new ArrayBlockingQueue<>(poolSize);
        for (int i = 0; i < poolSize; i++) free.add(new byte[bufSize]);
        Sm3Worker sm3 = new Sm3Worker(free, poolSize);
        Thread worker = new Thread(sm3, "files-sm3");
        worker.setDaemon(true);
        Hashing inline = tuning.sm3Thread() ? null : new Hashing(true);
        boolean withSm3 = tuning.sm3();
        if (inline == null && withSm3) {
            worker.start();
        }
        try (BlobStore.Staging staging = stage(store)) {
            OutputStream out = staging.out();
            while (true) {
                byte[] buf = free.take();
                int n = read(in, buf, bufSize);
                if (n <= 0) {
                    free.add(buf);
                    break;
                }
                size += n;
                if (size > maxSize) {
                    throw new BusinessException(TOO_LARGE, "文件超过允许的大小（" + maxSize / (1024 * 1024) + " MB），未保存");
                }
                head.capture(buf, n);
                sha.update(buf, 0, n);
                write(out, buf, n);
                if (!withSm3) {
                    free.add(buf);
                } else if (inline == null) {
                    sm3.work.put(new Chunk(buf, n));
                } else {
                    inline.updateSm3Only(buf, 0, n);
                    free.add(buf);
                }
            }
            String shaHex = sha.sha256Hex();
            if (declared != null && !declared.equals(shaHex)) {
                throw new BusinessException("FILE-HASH-MISMATCH", "文件的 SHA-256 与声明的不一致（传输可能出错），未保存");
            }
            String sm3Hex = !withSm3 ? null : inline == null ? sm3.finish() : inline.sm3Hex();
            boolean created = commit(staging, shaHex);
            return new Result(shaHex, sm3Hex, size, Sniffer.sniff(head.bytes, head.length, originalName), created);
        } catch (IOException e) {
            throw storeFailure(e); // only closing the staging is left here: the store's side
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("文件写入被中断", e);
        } finally {
            worker.interrupt(); // no-op when it has finished
        }
    }

    /** The upload's side: the client went away or sent a broken body. */
    private static int read(InputStream in, byte[] buf, int len) {
        try {
            return in.readNBytes(buf, 0, len);
        } catch (IOException e) {
            throw new BusinessException(BusinessException.Kind.BAD_INPUT, "FILE-READ-FAILED", "读取上传内容失败，未保存，请重新上传");
        }
    }

    private static BlobStore.Staging stage(BlobStore store) {
        try {
            return store.stage();
        } catch (IOException e) {
            throw storeFailure(e);
        }
    }

    private static void write(OutputStream out, byte[] buf, int n) {
        try {
            out.write(buf, 0, n);
        } catch (IOException e) {
            throw storeFailure(e);
        }
    }

    private static boolean commit(BlobStore.Staging staging, String sha256) {
        try {
            return staging.commit(sha256);
        } catch (IOException e) {
            throw storeFailure(e);
        }
    }

    /** The store's side: a full disk (ENOSPC, quota) → 507, anything else → 503; the staging is discarded by the caller. */
    static StorageFailure storeFailure(IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = String.valueOf(t.getMessage());
            if (m.contains("No space left on device") || m.contains("Disk quota exceeded")) {
                return StorageFailure.full(e);
            }
        }
        return StorageFailure.unavailable(e);
    }

    private record Chunk(byte[] buf, int len) {
    }

    private static final class Sm3Worker implements Runnable {
        private static final Chunk END = new Chunk(new byte[0], -1);
        final BlockingQueue<Chunk> work;
        private final BlockingQueue<byte[]> free;
        private final Hashing sm3 = new Hashing(true);
        private final java.util.concurrent.CompletableFuture<String> result = new java.util.concurrent.CompletableFuture<>();

        Sm3Worker(BlockingQueue<byte[]> free, int pool) {
            this.free = free;
            this.work = new ArrayBlockingQueue<>(pool + 1);
        }

        @Override
        public void run() {
            try {
                for (Chunk c; (c = work.take()) != END; ) {
                    sm3.updateSm3Only(c.buf(), 0, c.len());
                    free.put(c.buf());
                }
                result.complete(sm3.sm3Hex());
            } catch (InterruptedException e) {
                result.cancel(false);
            }
        }

        String finish() throws InterruptedException {
            work.put(END);
            try {
                return result.get();
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    static String normaliseDeclared(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String d = declared.trim().toLowerCase(Locale.ROOT);
        if (!d.matches("[0-9a-f]{64}")) {
            throw BusinessException.badInput("BAD-SHA256", "声明的 SHA-256 必须是 64 位十六进制");
        }
        return d;
    }
}
