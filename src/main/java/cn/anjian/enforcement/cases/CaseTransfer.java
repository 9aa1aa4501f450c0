package cn.anjian.enforcement.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * CASE-09: a transfer of a suspected crime to a judicial organ. Requested PENDING, then APPROVED
 * (with the 移送书 number) or REJECTED once, when its approval flow ends.
 */
@Table("enf_case_transfer")
class CaseTransfer extends AbstractAggregateRoot<CaseTransfer> {

    enum Status { PENDING, APPROVED, REJECTED }

    @Id
    private Long id;
    @Version
    private Integer version;
    private long caseId;
    private String organ;
    private LocalDate transferDate;
    private String reason;
    private Status status;
    private long flowId;
    private String transferNumber;
    private Instant requestedAt;
    private String requestedBy;
    private Instant decidedAt;
    private String decidedBy;
    private String opinion;

    @PersistenceCreator
    private CaseTransfer() {
    }

    static CaseTransfer request(long caseId, String organ, LocalDate transferDate, String reason, long flowId,
                                Instant at, String by) {
        CaseTransfer t = new CaseTransfer();
        t.caseId = caseId;
        t.organ = organ;
        t.transferDate = transferDate;
        t.reason = reason;
        t.status = Status.PENDING;
        t.flowId = flowId;
        t.requestedAt = at;
        t.requestedBy = by;
        return t;
    }

    boolean pending() {
        return status == Status.PENDING;
    }

    /** The approval flow ended: approved with the 移送书 number, or not approved (number null). */
    void decide(boolean approved, String number, Instant at, String by, String opinion) {
        if (status != Status.PENDING) {
            throw BusinessException.conflict("CASE-TRANSFER-STATE", "该移送已办结，不能再次审批");
        }
        if (approved && number == null) {
            throw new IllegalArgumentException("an approved transfer carries its number");
        }
        status = approved ? Status.APPROVED : Status.REJECTED;
        transferNumber = approved ? number : null;
        decidedAt = at;
        decidedBy = by;
        this.opinion = opinion;
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", status.name());
        after.put("transferNumber", transferNumber);
        registerEvent(new AuditableEvent("enforcement.case.transfer-" + status.name().toLowerCase(), "case_transfer",
                String.valueOf(id), Map.of("status", Status.PENDING.name()), after, by, null));
    }

    Long id() {
        return id;
    }

    long caseId() {
        return caseId;
    }
}
