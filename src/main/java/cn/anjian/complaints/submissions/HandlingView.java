package cn.anjian.complaints.submissions;

import java.math.BigDecimal;
import java.time.Instant;

/**
 * What the staff page shows of a public submission's handling (CMP-02, CAP-08): the submitter only masked
 * (the handler sees the identity on request, audited), the handler by name, the decline reason, the case, the reward.
 */
record HandlingView(boolean publicChannel, boolean question, boolean tip, String submitterMasked, String receivedBy,
                    String aboutTitle, Long handlerUserId, String handlerName, String declineReason, Instant declinedAt,
                    Long caseId, BigDecimal rewardAmount, String rewardNote, Instant rewardRecordedAt) {

    static HandlingView of(Submission s, String handlerName) {
        boolean question = s.kind == SubmissionKind.CORRECTION || s.kind == SubmissionKind.CONSULTATION;
        return new HandlingView(s.channel != Channel.SUPERVISOR, question, s.isTip(),
                s.channel == Channel.SUPERVISOR ? null : SubmissionQueries.submitter(s.anonymous, s.contactName),
                s.receivedBy, s.aboutTitle, s.handlerUserId, handlerName, s.declineReason, s.declinedAt, s.caseId,
                s.rewardAmount, s.rewardNote, s.rewardRecordedAt);
    }
}
