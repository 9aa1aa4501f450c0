package cn.anjian.files;

import java.time.Instant;

/**
 * Metadata of one stored upload; the bytes live in the {@link BlobStore} under {@code sha256}.
 * {@code sm3} is null while it is still being computed (only with {@code anjian.files.sm3=after-commit}).
 */
public record StoredFile(long id, String sha256, String sm3, long size, String contentType, String originalName,
                         Instant createdAt, String createdBy, Instant lastVerifiedAt, Integrity integrity,
                         Instant corruptDetectedAt) {
}
