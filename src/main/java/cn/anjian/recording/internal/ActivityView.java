package cn.anjian.recording.internal;

import java.time.Instant;

import cn.anjian.enforcement.CaseStage;
import cn.anjian.recording.ActivityKind;
import cn.anjian.recording.ExemptionReason;
import cn.anjian.recording.ExemptionStatus;

/**
 * An on-site step of a case with its REC-03 flag: {@code missingAv} when AV is mandatory, the step has
 * ended, no AV record is on file and no REC-04 reason was accepted (an art. 14(三) reason awaiting the unit
 * head's approval, or rejected, does not clear it).
 */
public record ActivityView(long id, long caseId, String caseNumber, CaseStage stage, ActivityKind kind, String place,
                           Instant startedAt, Instant endedAt, boolean remoteWork, Instant returnedAt, boolean avRequired,
                           ExemptionReason exemptionReason, String exemptionNote, String exemptedBy, long avCount,
                           Long uploadDeadlineId, boolean uploadOverdue, ExemptionStatus exemptionStatus,
                           String exemptionDecidedBy, String exemptionOpinion) {

    public boolean missingAv() {
        return avRequired && endedAt != null && avCount == 0 && !exemptionAccepted();
    }

    public boolean exemptionAccepted() {
        return exemptionStatus == ExemptionStatus.ACCEPTED;
    }

    public boolean exemptionPending() {
        return exemptionStatus == ExemptionStatus.PENDING;
    }

    public boolean ended() {
        return endedAt != null;
    }
}
