package cn.anjian.enforcement.items;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * CASE-17: the enforcement item a case rests on, with the benchmark chosen (copied: the catalogue may change later, the
 * case keeps what it was decided under) and the reason for a fine outside its range. Chosen and changed only before
 * the decision; the fine actually decided is recorded when the decision is issued.
 */
@Table("enf_case_item")
class CaseItemChoice extends AbstractAggregateRoot<CaseItemChoice> {

    @Id
    private Long caseId;
    @Version
    private Integer version;
    private String scopePath;
    private long itemId;
    private String violation;
    private Circumstance circumstance;
    private BigDecimal minYuan;
    private BigDecimal maxYuan;
    private String deviationReason;
    private Instant chosenAt;
    private String chosenBy;
    private BigDecimal appliedFineYuan;
    private Boolean outsideRange;

    @PersistenceCreator
    private CaseItemChoice() {
    }

    static CaseItemChoice first(long caseId, String scopePath) {
        CaseItemChoice c = new CaseItemChoice();
        c.caseId = caseId;
        c.scopePath = scopePath;
        return c;
    }

    /** Chooses (or changes) the item and benchmark; {@code benchmark} may be null (an item without benchmarks, no fine). */
    void choose(long item, EnforcementItem.Benchmark benchmark, String reason, Instant at, String by) {
        Map<String, Object> before = version == null ? null : snapshot();
        itemId = item;
        violation = benchmark == null ? null : benchmark.violation();
        circumstance = benchmark == null ? null : benchmark.circumstance();
        minYuan = benchmark == null ? null : benchmark.minYuan();
        maxYuan = benchmark == null ? null : benchmark.maxYuan();
        deviationReason = reason;
        chosenAt = at;
        chosenBy = by;
        registerEvent(new AuditableEvent("enforcement.case.item-chosen", "case", String.valueOf(caseId), before, snapshot(), by, null));
    }

    /** The decision was issued: the fine it imposed and whether it lay outside the suggested range. */
    void decided(BigDecimal fine, String reason) {
        appliedFineYuan = fine;
        outsideRange = circumstance != null && Discretion.outside(range(), fine);
        deviationReason = reason;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("fineYuan", fine == null ? null : fine.toPlainString());
        after.put("outsideRange", outsideRange);
        after.put("reason", deviationReason);
        registerEvent(AuditableEvent.change("enforcement.case.discretion-applied", "case", caseId, null, after));
    }

    private Map<String, Object> snapshot() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("itemId", itemId);
        m.put("violation", violation);
        m.put("circumstance", circumstance == null ? null : circumstance.name());
        m.put("range", minYuan == null ? null : minYuan.toPlainString() + "-" + maxYuan.toPlainString());
        m.put("reason", deviationReason);
        return m;
    }

    Discretion.Range range() {
        return minYuan == null ? null : new Discretion.Range(minYuan, maxYuan);
    }

    Circumstance circumstance() {
        return circumstance;
    }

    String deviationReason() {
        return deviationReason;
    }
}
