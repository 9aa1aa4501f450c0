package cn.anjian.recording.internal;

import java.time.Instant;
import java.util.List;

/** A record in the API (also the body an idempotent replay answers with, stored as text). */
public record RecordResponse(long id, long caseId, String stage, Long activityId, String category, String kind, String kindLabel,
                             String title, String classification, Long fileId, String documentNumber, Instant capturedStart,
                             Instant capturedEnd, String place, List<Long> officerIds, String parties, String deviceKind,
                             String deviceId, List<String> contentShown, Long gapSeconds, Long gapAfterId, boolean destroyed,
                             Instant createdAt, String createdBy, Boolean partyInformed, boolean filedLate) {

    public static RecordResponse of(RecordView r) {
        return new RecordResponse(r.id(), r.caseId(), r.stage().name(), r.activityId(), r.category(), r.kind(), r.kindLabel(),
                r.title(), r.classification().name(), r.fileId(), r.documentNumber(), r.capturedStart(), r.capturedEnd(),
                r.place(), r.officerIds(), r.parties(), r.deviceKind() == null ? null : r.deviceKind().name(), r.deviceId(),
                r.contentShown().stream().map(Enum::name).sorted().toList(), r.gapSeconds(), r.gapAfterId(), r.destroyed(),
                r.createdAt(), r.createdBy(), r.partyInformed(), r.filedLate());
    }
}
