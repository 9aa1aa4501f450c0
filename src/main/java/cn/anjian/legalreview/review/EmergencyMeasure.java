package cn.anjian.legalreview.review;

import java.time.Instant;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * LR-04: an emergency on-site coercive measure issued before review (registered by {@link IssuanceGate} when the
 * decision is issued); the approving head decides once whether a supplementary legal review is required.
 */
@Table("lr_emergency")
class EmergencyMeasure extends AbstractAggregateRoot<EmergencyMeasure> {

    @Id
    private Long id;
    @Version
    private Integer version;
    private long caseId;
    private String caseTitle;
    private String scopePath;
    private String status;
    private Boolean supplementaryRequired;
    private String decidedBy;
    private Instant decidedAt;
    private String note;
    private Long deadlineId;

    @PersistenceCreator
    private EmergencyMeasure() {
    }

    void decide(boolean required, String note, Instant at, String by) {
        if (!"PENDING".equals(status)) {
            throw BusinessException.conflict("LR-04", "是否补办法制审核已经决定");
        }
        if (note == null || note.isBlank()) {
            throw BusinessException.badInput("LR-04", "请写明决定理由");
        }
        status = "DECIDED";
        supplementaryRequired = required;
        decidedBy = by;
        decidedAt = at;
        this.note = note;
        registerEvent(new AuditableEvent("legalreview.emergency-decided", "legal_review_emergency", String.valueOf(id),
                Map.of("status", "PENDING"), Map.of("status", status, "supplementaryRequired", required), by, null));
    }

    /** LR-04: the supplementary review's submission is tracked by this calendar deadline. */
    void track(long deadline) {
        if (!Boolean.TRUE.equals(supplementaryRequired) || deadlineId != null) {
            throw new IllegalStateException("only a required supplementary review is tracked, once");
        }
        deadlineId = deadline;
    }

    Long deadlineId() {
        return deadlineId;
    }

    long caseId() {
        return caseId;
    }

    String caseTitle() {
        return caseTitle;
    }

    String scopePath() {
        return scopePath;
    }
}
