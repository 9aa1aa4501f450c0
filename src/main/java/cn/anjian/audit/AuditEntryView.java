package cn.anjian.audit;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonRawValue;

/**
 * An audit entry as read back. {@code before}/{@code after} are JSON text (emitted as JSON objects by
 * the API); {@code chainPosition} is null while the entry is not chained yet (待链接).
 */
public record AuditEntryView(long id, OffsetDateTime occurredAt, String actor, String sourceAddress, String action,
                             String subjectType, String subjectId, @JsonRawValue String before, @JsonRawValue String after, String scopePath,
                             Long chainPosition) {

    public boolean chained() {
        return chainPosition != null;
    }
}
