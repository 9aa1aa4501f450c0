package cn.anjian.personnel.inspectors;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** TI-15: a certificate renewal application escalated level by level to the province. */
@Table("ti_renewal")
class Renewal {

    @Id
    Long id;
    @Version
    Integer version;
    long inspectorId;
    LocalDate appliedOn;
    LocalDate expiresOn;
    boolean late;
    RenewalStatus status;
    Long flowId;
    Instant decidedAt;

    Renewal() {
    }

    static Renewal apply(long inspectorId, LocalDate appliedOn, LocalDate expiresOn) {
        Renewal r = new Renewal();
        r.inspectorId = inspectorId;
        r.appliedOn = appliedOn;
        r.expiresOn = expiresOn;
        r.late = InspectorRules.renewalLate(expiresOn, appliedOn);
        r.status = RenewalStatus.PENDING;
        return r;
    }

    void escalated(long flow) {
        this.flowId = flow;
    }

    /** The province decided; false when the application was no longer pending (a repeated notice). */
    boolean decided(boolean approved, Instant at) {
        if (status != RenewalStatus.PENDING) {
            return false;
        }
        this.status = approved ? RenewalStatus.APPROVED : RenewalStatus.REJECTED;
        this.decidedAt = at;
        return true;
    }
}
