package cn.anjian.experts.dispatches;

import lombok.Getter;
import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * EXP-11 (art. 11(1)4): a unit's fixed (相对固定) expert, approved by the director's office meeting, for at most five
 * years from the first day this unit used him as a fixed expert (legal experts exempt); then he must be replaced.
 */
@Table("exp_fixed")
class FixedExpert extends AbstractAggregateRoot<FixedExpert> {

    static final int MAX_YEARS = 5;

    @Getter
    @RequiredArgsConstructor
    enum Status {
        PENDING("待局长办公会审定"), APPROVED("使用中"), REFUSED("未获审定"), ENDED("已届满更换");

        private final String label;
    }

    @Id
    private Long id;
    @Version
    private Integer version;
    private long agencyId;
    private String scopePath;
    private long unitId;
    private long expertId;
    private LocalDate fromDate;
    private LocalDate toDate;
    private String reason;
    private Status status;
    private Long flowId;
    private Long deadlineId;
    private Instant createdAt;
    private String createdBy;

    @PersistenceCreator
    private FixedExpert() {
    }

    /**
     * EXP-11: refused when the term, counted from {@code firstFrom} (the earliest start of this unit's earlier terms
     * with the expert, or this one's), ends more than five years later, unless the expert is a legal expert.
     */
    static FixedExpert propose(long agencyId, String scopePath, long unitId, long expertId, boolean legal, LocalDate from,
                               LocalDate to, LocalDate firstFrom, String reason, Instant at, String by) {
        if (to.isBefore(from)) {
            throw BusinessException.badInput("EXP-END", "使用期限的结束日期不能早于开始日期");
        }
        LocalDate limit = firstFrom.plusYears(MAX_YEARS);
        if (!legal && to.isAfter(limit)) {
            throw new BusinessException("EXP-11", "相对固定专家使用年限不得超过五年（法律专家除外），本股室使用该专家最迟至 " + limit);
        }
        FixedExpert f = new FixedExpert();
        f.agencyId = agencyId;
        f.scopePath = scopePath;
        f.unitId = unitId;
        f.expertId = expertId;
        f.fromDate = from;
        f.toDate = to;
        f.reason = reason;
        f.status = Status.PENDING;
        f.createdAt = at;
        f.createdBy = by;
        return f;
    }

    void started(long flow) {
        flowId = flow;
    }

    void decided(boolean approved, Long deadline, String by) {
        if (status != Status.PENDING) {
            throw BusinessException.conflict("EXP-11-STATE", "该相对固定专家已审定");
        }
        status = approved ? Status.APPROVED : Status.REFUSED;
        deadlineId = deadline;
        registerEvent(new AuditableEvent("experts.fixed.decided", "expert-fixed", String.valueOf(id),
                Map.of("status", "PENDING"), Map.of("status", status.name()), by, null));
    }

    Map<String, Object> audit() {
        return Map.of("expertId", expertId, "unitId", unitId, "from", fromDate.toString(), "to", toDate.toString(), "reason", reason);
    }

    Long id() {
        return id;
    }

    String scopePath() {
        return scopePath;
    }

    long expertId() {
        return expertId;
    }

    LocalDate toDate() {
        return toDate;
    }

    LocalDate fromDate() {
        return fromDate;
    }

    long agencyId() {
        return agencyId;
    }

    long unitId() {
        return unitId;
    }
}
