package cn.anjian.recording.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.recording.ExemptionReason;
import cn.anjian.recording.ExemptionStatus;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What changes on an on-site activity (REC-03, REC-04, REC-07) after it is opened: it ends once (with its
 * upload deadline), a mandatory-AV step without AV may carry an art. 14 reason — accepted at once, or for
 * art. 14(三) pending until the unit head decides (a rejected reason may be replaced by another) — and the
 * upload is flagged overdue when the calendar reports its deadline, until an AV record arrives.
 */
@Table("rec_activity")
class Activity extends AbstractAggregateRoot<Activity> {

    @Id
    private Long id;
    @Version
    private Integer version;
    private boolean avRequired;
    private Instant endedAt;
    private boolean remoteWork;
    private Instant returnedAt;
    private Long uploadDeadlineId;
    private boolean uploadOverdue;
    private ExemptionReason exemptionReason;
    private String exemptionNote;
    private String exemptedBy;
    private Instant exemptedAt;
    private ExemptionStatus exemptionStatus;
    private Long exemptionFlowId;
    private String exemptionDecidedBy;
    private Instant exemptionDecidedAt;
    private String exemptionOpinion;

    @PersistenceCreator
    private Activity() {
    }

    void requireRunning() {
        if (endedAt != null) {
            throw BusinessException.conflict("REC-ACTIVITY-ENDED", "该执法活动已结束");
        }
    }

    void end(Instant end, boolean remote, Instant back, Long deadlineId) {
        requireRunning();
        endedAt = end;
        remoteWork = remote;
        returnedAt = back;
        uploadDeadlineId = deadlineId;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("endedAt", end.toString());
        after.put("remoteWork", remote);
        after.put("returnedAt", back == null ? null : back.toString());
        after.put("uploadDeadlineId", deadlineId);
        registerEvent(AuditableEvent.change("recording.activity.ended", "rec-activity", id, Map.of("endedAt", "—"), after));
    }

    /** REC-07: the calendar's scan reported the upload deadline overdue. */
    void uploadOverdue() {
        uploadOverdue = true;
    }

    /** REC-07: an AV record arrived; the upload is no longer overdue. */
    void uploaded() {
        uploadOverdue = false;
    }

    /**
     * REC-04: the art. 14 reason why a mandatory-AV step has no AV ({@code avCount} records on file now). Accepted at
     * once, except art. 14(三), which waits for the unit head ({@link #exemptionDecided}). Returns the new status.
     */
    ExemptionStatus exempt(ExemptionReason reason, String note, long avCount, String by, Instant at) {
        if (!avRequired) {
            throw new BusinessException("REC-04-NOT-REQUIRED", "该执法活动不要求音像记录，无需说明理由");
        }
        if (avCount > 0) {
            throw new BusinessException("REC-04-HAS-AV", "该执法活动已有音像记录，无需说明未记录的理由");
        }
        if (exemptionStatus == ExemptionStatus.ACCEPTED) {
            throw BusinessException.conflict("REC-04-DONE", "该执法活动已说明未进行音像记录的理由");
        }
        if (exemptionStatus == ExemptionStatus.PENDING) {
            throw BusinessException.conflict("REC-04-PENDING", "该执法活动未进行音像记录的理由正在等待科室负责人批准");
        }
        Map<String, Object> before = new LinkedHashMap<>();
        before.put("status", exemptionStatus == null ? null : exemptionStatus.name());
        exemptionReason = reason;
        exemptionNote = note;
        exemptedBy = by;
        exemptedAt = at;
        exemptionStatus = reason.needsApproval() ? ExemptionStatus.PENDING : ExemptionStatus.ACCEPTED;
        exemptionFlowId = null;
        exemptionDecidedBy = reason.needsApproval() ? null : by;
        exemptionDecidedAt = reason.needsApproval() ? null : at;
        exemptionOpinion = null;
        registerEvent(AuditableEvent.change("recording.activity.exempted", "rec-activity", id, before,
                Map.of("reason", reason.name(), "note", note, "status", exemptionStatus.name())));
        return exemptionStatus;
    }

    /** REC-04: the approval flow of an art. 14(三) reason was started. */
    void exemptionFlowStarted(long flowId) {
        if (exemptionStatus != ExemptionStatus.PENDING) {
            throw new IllegalStateException("activity " + id + " has no pending exemption");
        }
        exemptionFlowId = flowId;
    }

    /** REC-04: the unit head approved or rejected the art. 14(三) reason (workflow outcome, in its transaction). */
    void exemptionDecided(boolean approved, String by, String opinion, Instant at) {
        if (exemptionStatus != ExemptionStatus.PENDING) {
            throw BusinessException.conflict("REC-04-DECIDED", "该未进行音像记录的理由已审批完毕");
        }
        exemptionStatus = approved ? ExemptionStatus.ACCEPTED : ExemptionStatus.REJECTED;
        exemptionDecidedBy = by;
        exemptionDecidedAt = at;
        exemptionOpinion = opinion;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", exemptionStatus.name());
        after.put("opinion", opinion);
        registerEvent(AuditableEvent.change("recording.activity.exemption-decided", "rec-activity", id,
                Map.of("status", ExemptionStatus.PENDING.name()), after));
    }

    Long uploadDeadlineId() {
        return uploadDeadlineId;
    }

}
