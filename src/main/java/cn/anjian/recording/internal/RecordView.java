package cn.anjian.recording.internal;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import cn.anjian.enforcement.CaseStage;
import cn.anjian.recording.AvKind;
import cn.anjian.recording.Classification;
import cn.anjian.recording.ContentShown;
import cn.anjian.recording.DeviceKind;
import cn.anjian.recording.TextKind;

/**
 * A record as pages and the API show it. {@code partyInformed} (REC-13): whether the party was told before an AV
 * recording started (null for text records and AV records filed before it was asked); {@code filedLate} (REC-02):
 * filed after the case had left the record's stage (补充归档).
 */
public record RecordView(long id, long caseId, CaseStage stage, Long activityId, boolean av, String kind, String title,
                         Classification classification, Long fileId, Long documentId, String documentNumber,
                         Instant capturedStart, Instant capturedEnd, String place, List<Long> officerIds, String parties,
                         DeviceKind deviceKind, String deviceId, Set<ContentShown> contentShown, Long gapSeconds,
                         Long gapAfterId, Instant destroyedAt, String destroyedBy, String destructionNote,
                         Instant createdAt, String createdBy, Boolean partyInformed, boolean filedLate) {

    public String category() {
        return av ? "AV" : "TEXT";
    }

    public String kindLabel() {
        return av ? AvKind.valueOf(kind).label() : TextKind.valueOf(kind).label();
    }

    public boolean photo() {
        return av && AvKind.PHOTO.name().equals(kind);
    }

    public boolean audio() {
        return av && AvKind.AUDIO.name().equals(kind);
    }

    public boolean video() {
        return av && (AvKind.VIDEO.name().equals(kind) || AvKind.SURVEILLANCE.name().equals(kind));
    }

    public boolean gapFlagged() {
        return gapSeconds != null;
    }

    /** REC-13: an AV record without the party told before recording started (or without the answer) is flagged. */
    public boolean notInformed() {
        return av && !Boolean.TRUE.equals(partyInformed);
    }

    public boolean destroyed() {
        return destroyedAt != null;
    }
}
