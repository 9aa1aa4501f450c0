package cn.anjian.experts.reviews;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import lombok.Getter;
import lombok.RequiredArgsConstructor;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * EXP-06: a unit's verdict on one expert in the June review. Qualified experts stay; a not-qualified verdict (with its
 * reason) proposes the removal, which the bureau approves (the removal flow) or turns down.
 */
@Table("exp_annual_verdict")
class AnnualVerdict extends AbstractAggregateRoot<AnnualVerdict> {

    @Getter
    @RequiredArgsConstructor
    enum Status {
        KEPT("复审合格"), PROPOSED("拟清退（待局批准）"), REMOVED("已清退"), REMOVAL_REFUSED("清退未获批准");

        private final String label;
    }

    @Id Long id;
    @Version Integer version;
    long roundId;
    long expertId;
    boolean qualified;
    String reason;
    Status status;
    Long flowId;
    Instant reviewedAt;
    String reviewedBy;

    @PersistenceCreator
    AnnualVerdict() {
    }

    /** A not-qualified verdict needs its reason (seed 002 art. 7(2): 不符合条件或不能胜任). */
    static AnnualVerdict record(long roundId, long expertId, boolean qualified, String reason, Instant at, String by) {
        if (!qualified && (reason == null || reason.isBlank())) {
            throw BusinessException.badInput("EXP-06-REASON", "复审不合格须写明不符合条件或不能胜任的理由");
        }
        AnnualVerdict v = new AnnualVerdict();
        v.roundId = roundId;
        v.expertId = expertId;
        v.qualified = qualified;
        v.reason = qualified ? null : reason;
        v.status = qualified ? Status.KEPT : Status.PROPOSED;
        v.reviewedAt = at;
        v.reviewedBy = by;
        return v;
    }

    void removalStarted(long flow) {
        flowId = flow;
    }

    /** The bureau decided the proposed removal. */
    void decided(boolean approved, String by) {
        if (status != Status.PROPOSED) {
            throw BusinessException.conflict("EXP-06-STATE", "该清退意见已办结");
        }
        Status from = status;
        status = approved ? Status.REMOVED : Status.REMOVAL_REFUSED;
        registerEvent(new AuditableEvent("experts.annual-review.removal-" + (approved ? "approved" : "refused"),
                "expert", String.valueOf(expertId), Map.of("verdictStatus", from.name()), Map.of("verdictStatus", status.name()),
                by, null));
    }

    Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("qualified", qualified);
        m.put("reason", reason == null ? "" : reason);
        m.put("verdictStatus", status.name());
        return m;
    }
}
