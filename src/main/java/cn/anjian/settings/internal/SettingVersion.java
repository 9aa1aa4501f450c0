package cn.anjian.settings.internal;

import java.time.Instant;
import java.time.LocalDate;

/** One stored version: {@code value} (stored form) applies from {@code effectiveFrom} on. */
public record SettingVersion(long id, String key, LocalDate effectiveFrom, String value, String reason,
                             String createdBy, String createdByName, Instant createdAt) {
}
