package cn.anjian.files;

import java.time.Instant;
import java.util.List;

/**
 * REC-09: a stored object no longer matches its SHA-256 fingerprint (or has vanished). Published
 * when a download or the integrity scan detects it; all file rows sharing the blob are marked CORRUPT.
 *
 * @param detectedBy {@code DOWNLOAD}, {@code SCAN} or {@code SM3} (deferred SM3 re-read, anjian.files.sm3=after-commit)
 */
public record FileIntegrityAlarm(String sha256, List<Long> fileIds, String detectedBy, String reason, Instant detectedAt) {
}
