package cn.anjian.recording.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.recording.ExemptionReason;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * What changes on an on-site activity (REC-03, REC-04, REC-07) after it is opened: it ends once (with its
 * upload deadline), a mandatory-AV step without AV may be exempted once, and the upload is flagged overdue
 * when the calendar reports its deadline, until an AV record arrives.
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

    /** REC-04: the art. 14 reason why a mandatory-AV step has no AV ({@code avCount} records on file now). */
    void exempt(ExemptionReason reason, String note, long avCount, String by, Instant at) {
        if (!avRequired) {
            throw new BusinessException("REC-04-NOT-REQUIRED", "该执法活动不要求音像记录，无需说明理由");
        }
        if (avCount > 0) {
            throw new BusinessException("REC-04-HAS-AV", "该执法活动已有音像记录，无需说明未记录的理由");
        }
        if (exemptionReason != null) {
            throw BusinessException.conflict("REC-04-DONE", "该执法活动已说明未进行音像记录的理由");
        }
        exemptionReason = reason;
        exemptionNote = note;
        exemptedBy = by;
        exemptedAt = at;
        registerEvent(AuditableEvent.change("recording.activity.exempted", "rec-activity", id, null,
                Map.of("reason", reason.name(), "note", note)));
    }
}
