package cn.anjian.experts.reviews;

import java.time.Instant;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/** EXP-06: one unit's June review of the experts it recommended or used, with its deadline. */
@Table("exp_annual_round")
class AnnualRound extends AbstractAggregateRoot<AnnualRound> {

    @Id Long id;
    @Version Integer version;
    long agencyId;
    String scopePath;
    int year;
    long unitId;
    long deadlineId;
    Instant completedAt;
    String completedBy;
    Instant openedAt;
    String openedBy;

    @PersistenceCreator
    AnnualRound() {
    }

    static AnnualRound open(long agencyId, String scopePath, int year, long unitId, long deadlineId, Instant at, String by) {
        AnnualRound r = new AnnualRound();
        r.agencyId = agencyId;
        r.scopePath = scopePath;
        r.year = year;
        r.unitId = unitId;
        r.deadlineId = deadlineId;
        r.openedAt = at;
        r.openedBy = by;
        return r;
    }

    void requireOpen() {
        if (completedAt != null) {
            throw BusinessException.conflict("EXP-06-CLOSED", "本股室 " + year + " 年度专家复审已完成，不能再修改");
        }
    }

    void complete(Instant at, String by) {
        requireOpen();
        completedAt = at;
        completedBy = by;
        registerEvent(new AuditableEvent("experts.annual-review.completed", "expert_annual_round", String.valueOf(id),
                null, Map.of("year", year, "unitId", unitId), by, null));
    }
}
