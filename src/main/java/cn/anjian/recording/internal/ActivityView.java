package cn.anjian.recording.internal;

import java.time.Instant;

import cn.anjian.enforcement.CaseStage;
import cn.anjian.recording.ActivityKind;
import cn.anjian.recording.ExemptionReason;

/**
 * An on-site step of a case with its REC-03 flag: {@code missingAv} when AV is mandatory, the step has
 * ended, no AV record is on file and no REC-04 reason was given.
 */
public record ActivityView(long id, long caseId, String caseNumber, CaseStage stage, ActivityKind kind, String place,
                           Instant startedAt, Instant endedAt, boolean remoteWork, Instant returnedAt, boolean avRequired,
                           ExemptionReason exemptionReason, String exemptionNote, String exemptedBy, long avCount,
                           Long uploadDeadlineId, boolean uploadOverdue) {

    public boolean missingAv() {
        return avRequired && endedAt != null && avCount == 0 && exemptionReason == null;
    }

    public boolean ended() {
        return endedAt != null;
    }
}
