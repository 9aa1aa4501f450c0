package cn.anjian.recording;

import java.util.List;

import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A record's metadata as a client sends it (the phone's JSON part, the page's form): everything as text,
 * so that each wrong value gets its own Chinese message instead of a generic parse failure.
 * {@code category} TEXT or AV; {@code kind} a {@link TextKind} or {@link AvKind}; times ISO-8601 (with
 * offset, or Beijing local time); {@code fileId} for the two-step upload (file already in the file store);
 * {@code partyInformed} REC-13 ("true"/"false"): whether the party was told before the recording started
 * (art. 13(一)), required for AV records.
 */
public record RecordMetadata(Long caseId, String stage, Long activityId, String category, String kind, String title,
                             String classification, String capturedStart, String capturedEnd, String place,
                             List<Long> officerIds, String parties, String deviceKind, String deviceId,
                             List<String> contentShown, Long fileId,
                             @JsonDeserialize(using = FlagText.class) String partyInformed) {

    public RecordMetadata withFileId(Long id) {
        return new RecordMetadata(caseId, stage, activityId, category, kind, title, classification, capturedStart,
                capturedEnd, place, officerIds, parties, deviceKind, deviceId, contentShown, id, partyInformed);
    }

    /** The canonical text of this metadata for idempotency fingerprints (field order fixed, nulls explicit). */
    public String canonical() {
        return String.join("\u001f", String.valueOf(caseId), String.valueOf(stage), String.valueOf(activityId),
                String.valueOf(category), String.valueOf(kind), String.valueOf(title), String.valueOf(classification),
                String.valueOf(capturedStart), String.valueOf(capturedEnd), String.valueOf(place), String.valueOf(officerIds),
                String.valueOf(parties), String.valueOf(deviceKind), String.valueOf(deviceId), String.valueOf(contentShown),
                String.valueOf(fileId), String.valueOf(partyInformed));
    }
}
