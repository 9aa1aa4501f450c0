package cn.anjian.files.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.NoSuchFileException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import cn.anjian.files.BlobStore;
import cn.anjian.kernel.StorageFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.http.apache5.Apache5HttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedMultipartUpload;
import software.amazon.awssdk.services.s3.model.CompletedPart;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * {@link BlobStore} on any S3-compatible object store (MinIO, Ceph RGW, a cloud's OSS), path-style by
 * default. Objects live under the same {@code ab/cd/<sha256>} keys as {@link LocalBlobStore}'s files, so a
 * directory and a bucket mirror each other (backup, migration).
 * <p>Staging keeps at most one part (default 8 MiB) in memory, in a buffer that starts at 256 KiB and grows as the
 * bytes come, so a photo costs its own size, not a part: a file that fits in one part is put straight to its
 * final key; a larger one becomes a multipart upload to {@code staging/<uuid>} (a part is sent each time
 * the buffer fills). Commit is a conditional write ({@code If-None-Match: *}) of the final key: a single
 * put, or for a staged upload a multipart upload of the final key whose parts are server-side copies of
 * the staging object, completed with {@code If-None-Match: *} (plain CopyObject is not conditional on
 * every server). A 412 means the object exists: false, nothing overwritten. With
 * {@code conditional-writes: false} (servers without conditional writes) commit is HEAD then write;
 * two racing writers may then both write, which is still safe because a key names its bytes: the second
 * write stores the same bytes again (only the "deduplicated" flag of one upload is wrong).
 * Every failure of the store itself becomes a {@link StorageFailure}; a missing object on read is
 * {@link NoSuchFileException}, as on the local disk, so the integrity scan tells "missing" from "down".
 */
public class S3BlobStore implements BlobStore, AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(S3BlobStore.class);
    static final String STAGING_PREFIX = "staging/";
    /** A server-side copy part is at most 5 GiB. */
    private static final long COPY_PART = 4L * 1024 * 1024 * 1024;

    /** The secret is never printed: {@link #toString()} masks it. */
    public record Settings(URI endpoint, String region, String bucket, String accessKey, String secretKey,
                           boolean pathStyle, int partSize, boolean conditionalWrites) {
        public Settings {
            if (partSize < 5 * 1024 * 1024 || partSize > 64 * 1024 * 1024) {
                throw new IllegalArgumentException("anjian.files.s3.part-size must be 5–64 MiB (S3's minimum part is 5 MiB)");
            }
        }

        @Override
        public String toString() {
            return "S3[endpoint=" + endpoint + ", region=" + region + ", bucket=" + bucket + ", accessKey=" + accessKey
                    + ", pathStyle=" + pathStyle + ", partSize=" + partSize + ", conditionalWrites=" + conditionalWrites + "]";
        }
    }

    private final S3Client s3;
    private final Settings settings;
    private final String bucket;

    public S3BlobStore(Settings settings) {
        this.settings = settings;
        this.bucket = settings.bucket();
        this.s3 = S3Client.builder()
                .endpointOverride(settings.endpoint())
                .region(Region.of(settings.region()))
                .credentialsProvider(StaticCredentialsProvider.create(
                        AwsBasicCredentials.create(settings.accessKey(), settings.secretKey())))
                .forcePathStyle(settings.pathStyle())
                // only the checksums S3 requires: many compatible servers reject the newer default trailers,
                // and every blob is verified by its SHA-256 anyway
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED)
                .httpClientBuilder(Apache5HttpClient.builder().maxConnections(64)
                        .connectionTimeout(Duration.ofSeconds(5)).socketTimeout(Duration.ofSeconds(60)))
                .build();
    }

    /** Start-up check: the bucket answers with these credentials, or a clear message why not. */
    public void checkReachable() {
        try {
            s3.headBucket(b -> b.bucket(bucket));
        } catch (S3Exception e) {
            String why = switch (e.statusCode()) {
                case 403 -> "访问密钥或密钥不正确，或无权访问该存储桶";
                case 404 -> "存储桶不存在";
                default -> "服务返回 HTTP " + e.statusCode();
            };
            throw new IllegalStateException("S3 文件存储不可用（" + settings + "）：" + why, e);
        } catch (SdkException e) {
            throw new IllegalStateException("S3 文件存储不可用（" + settings + "）：无法连接 — " + e.getMessage(), e);
        }
    }

    public String bucket() {
        return bucket;
    }

    static String key(String sha256) {
        if (sha256 == null || !sha256.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("not a SHA-256 key");
        }
        return sha256.substring(0, 2) + "/" + sha256.substring(2, 4) + "/" + sha256;
    }

    @Override
    public Staging stage() {
        return new S3Staging();
    }

    @Override
    public boolean exists(String sha256) {
        return head(key(sha256)) != null;
    }

    @Override
    public long size(String sha256) {
        HeadObjectResponse h = head(key(sha256));
        return h == null ? -1 : h.contentLength();
    }

    @Override
    public InputStream open(String sha256) throws IOException {
        String key = key(sha256);
        try {
            return s3.getObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            throw new NoSuchFileException(key);
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                throw new NoSuchFileException(key);
            }
            throw failure(e);
        } catch (SdkException e) {
            throw failure(e);
        }
    }

    private HeadObjectResponse head(String key) {
        try {
            return s3.headObject(b -> b.bucket(bucket).key(key));
        } catch (NoSuchKeyException e) {
            return null;
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return null;
            }
            throw failure(e);
        } catch (SdkException e) {
            throw failure(e);
        }
    }

    /** The store's own failure: full when the server says so (507, MinIO's storage-full, a quota), otherwise down. */
    static StorageFailure failure(SdkException e) {
        if (e instanceof S3Exception s) {
            String code = s.awsErrorDetails() == null ? "" : String.valueOf(s.awsErrorDetails().errorCode());
            if (s.statusCode() == 507 || code.contains("StorageFull") || code.contains("QuotaExceeded")) {
                return StorageFailure.full(e);
            }
        }
        return StorageFailure.unavailable(e);
    }

    private static boolean preconditionFailed(S3Exception e) {
        return e.statusCode() == 412;
    }

    @Override
    public void close() {
        s3.close();
    }

    /** The staging buffer's first size: a phone photo fits and costs no whole part of heap. */
    static final int FIRST_BUFFER = 256 * 1024;
    /** Doubling stops here and the next growth is to the whole part: a large file never holds 1.5 parts at once. */
    private static final int LAST_DOUBLING = 1024 * 1024;

    final class S3Staging implements Staging {
        // grows up to one part (see grow()); after the first part is sent the full-size buffer is reused
        private byte[] buf = new byte[Math.min(settings.partSize(), FIRST_BUFFER)];
        private int len;
        private String stagingKey;
        private String uploadId;
        private boolean stagedComplete;
        private final List<CompletedPart> parts = new ArrayList<>();
        private long total;
        private boolean done;

        private final OutputStream out = new OutputStream() {
            @Override
            public void write(int b) {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int n) {
                if (done) {
                    throw new IllegalStateException("staging closed");
                }
                while (n > 0) {
                    if (len == buf.length) {
                        grow();
                    }
                    int k = Math.min(n, buf.length - len);
                    System.arraycopy(b, off, buf, len, k);
                    len += k;
                    off += k;
                    n -= k;
                    total += k;
                    if (len == settings.partSize()) {
                        sendPart();
                    }
                }
            }
        };

        @Override
        public OutputStream out() {
            return out;
        }

        /** Doubles a small buffer; past {@link #LAST_DOUBLING} jumps to the part size (one copy of at most 1 MiB). */
        private void grow() {
            int next = buf.length >= LAST_DOUBLING ? settings.partSize() : Math.min(settings.partSize(), buf.length * 2);
            buf = java.util.Arrays.copyOf(buf, next);
        }

        /** The bytes the buffer holds room for now (tests: a small upload costs no whole part). */
        int capacity() {
            return buf == null ? 0 : buf.length;
        }

        /** Sends the buffer as the next part of the staging upload; the same buffer is then reused. */
        private void sendPart() {
            try {
                if (uploadId == null) {
                    stagingKey = STAGING_PREFIX + UUID.randomUUID();
                    uploadId = s3.createMultipartUpload(b -> b.bucket(bucket).key(stagingKey)).uploadId();
                }
                int number = parts.size() + 1;
                String etag = s3.uploadPart(b -> b.bucket(bucket).key(stagingKey).uploadId(uploadId).partNumber(number)
                                .contentLength((long) len),
                        RequestBody.fromInputStream(new ByteArrayInputStream(buf, 0, len), len)).eTag();
                parts.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                len = 0;
            } catch (SdkException e) {
                throw failure(e);
            }
        }

        @Override
        public boolean commit(String sha256) {
            String key = key(sha256);
            try {
                if (uploadId == null) {
                    return putSmall(key);
                }
                if (len > 0) {
                    sendPart();
                }
                s3.completeMultipartUpload(b -> b.bucket(bucket).key(stagingKey).uploadId(uploadId)
                        .multipartUpload(CompletedMultipartUpload.builder().parts(parts).build()));
                stagedComplete = true;
                return settings.conditionalWrites() ? copyConditionally(key) : copyUnlessPresent(key);
            } catch (SdkException e) {
                throw failure(e);
            } finally {
                discard();
            }
        }

        private boolean putSmall(String key) {
            if (!settings.conditionalWrites() && head(key) != null) {
                return false;
            }
            try {
                s3.putObject(b -> conditional(b.bucket(bucket).key(key).contentLength((long) len)),
                        RequestBody.fromInputStream(new ByteArrayInputStream(buf, 0, len), len));
                return true;
            } catch (S3Exception e) {
                if (preconditionFailed(e)) {
                    return false;
                }
                throw e;
            }
        }

        private software.amazon.awssdk.services.s3.model.PutObjectRequest.Builder conditional(
                software.amazon.awssdk.services.s3.model.PutObjectRequest.Builder b) {
            return settings.conditionalWrites() ? b.ifNoneMatch("*") : b;
        }

        /** A multipart upload of the final key from server-side copies, completed only if the key is absent. */
        private boolean copyConditionally(String key) {
            String finalUpload = s3.createMultipartUpload(b -> b.bucket(bucket).key(key)).uploadId();
            boolean completed = false;
            try {
                List<CompletedPart> copied = new ArrayList<>();
                for (long first = 0; first < total; first += COPY_PART) {
                    String range = "bytes=" + first + "-" + (Math.min(first + COPY_PART, total) - 1);
                    int number = copied.size() + 1;
                    String etag = s3.uploadPartCopy(b -> b.sourceBucket(bucket).sourceKey(stagingKey).copySourceRange(range)
                            .destinationBucket(bucket).destinationKey(key).uploadId(finalUpload).partNumber(number))
                            .copyPartResult().eTag();
                    copied.add(CompletedPart.builder().partNumber(number).eTag(etag).build());
                }
                for (int attempt = 1; ; attempt++) {
                    try {
                        s3.completeMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(finalUpload).ifNoneMatch("*")
                                .multipartUpload(CompletedMultipartUpload.builder().parts(copied).build()));
                        completed = true;
                        return true;
                    } catch (S3Exception e) {
                        if (preconditionFailed(e)) {
                            return false;
                        }
                        // 409 ConditionalRequestConflict: a concurrent write of the same key is under way; retry
                        if (e.statusCode() != 409 || attempt == 3) {
                            throw e;
                        }
                        sleep(100L * attempt);
                    }
                }
            } finally {
                if (!completed) {
                    quietly(() -> s3.abortMultipartUpload(b -> b.bucket(bucket).key(key).uploadId(finalUpload)));
                }
            }
        }

        private boolean copyUnlessPresent(String key) {
            if (head(key) != null) {
                return false;
            }
            if (total > 5L * 1024 * 1024 * 1024) {
                throw new IllegalStateException("without conditional writes a staged object is copied in one request (at most 5 GiB)");
            }
            s3.copyObject(b -> b.sourceBucket(bucket).sourceKey(stagingKey).destinationBucket(bucket).destinationKey(key));
            return true;
        }

        @Override
        public void close() {
            if (!done) {
                discard();
            }
        }

        /** Drops the buffer and whatever was staged on the server (best effort: a bucket lifecycle rule sweeps leftovers). */
        private void discard() {
            done = true;
            buf = null;
            if (uploadId != null && !stagedComplete) {
                quietly(() -> s3.abortMultipartUpload(b -> b.bucket(bucket).key(stagingKey).uploadId(uploadId)));
            } else if (stagedComplete) {
                quietly(() -> s3.deleteObject(b -> b.bucket(bucket).key(stagingKey)));
            }
        }
    }

    private static void quietly(Runnable r) {
        try {
            r.run();
        } catch (SdkException e) {
            log.warn("S3 clean-up failed (the bucket's lifecycle rule removes leftovers): {}", e.getMessage());
        }
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
