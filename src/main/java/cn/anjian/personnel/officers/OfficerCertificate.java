package cn.anjian.personnel.officers;

import java.time.Instant;
import java.time.LocalDate;

import cn.anjian.kernel.BusinessException;
import cn.anjian.personnel.CertificateStatus;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * An officer's enforcement or supervision certificate and its status (OFF-04/OFF-05). Transitions go
 * through {@link OfficerRules} (which refuses a move the status does not allow) before anything changes;
 * the version the user saw must still be the current one.
 */
@Table("off_certificate")
class OfficerCertificate {

    @Id
    Long id;
    @Version
    Integer version;
    long personId;
    String number;
    CertificateKind kind;
    String issuer;
    LocalDate validFrom;
    LocalDate validTo;
    CertificateStatus status;
    LocalDate statusOn;
    String statusReason;
    LocalDate returnedOn;
    String receivedBy;
    LocalDate invalidFrom;
    LocalDate suspendedFrom;
    LocalDate suspendedTo;
    Long returnDeadlineId;
    Instant createdAt;

    OfficerCertificate() {
    }

    /** A certificate checked by the caller (OFF-01/OFF-08 gate, number, dates), valid from today's record. */
    static OfficerCertificate issued(long personId, String number, CertificateKind kind, String issuer, LocalDate from,
                                     LocalDate to, LocalDate today, Instant at) {
        OfficerCertificate c = new OfficerCertificate();
        c.personId = personId;
        c.number = number;
        c.kind = kind;
        c.issuer = issuer;
        c.validFrom = from;
        c.validTo = to;
        c.status = CertificateStatus.VALID;
        c.statusOn = today;
        c.createdAt = at;
        return c;
    }

    /** The status this action leads to, or the refusal (OFF-04 codes). */
    CertificateStatus target(CertificateAction action) {
        return OfficerRules.next(status, action);
    }

    /** Suspend, reinstate, revoke or cancel. */
    void change(int seenVersion, CertificateAction action, LocalDate on, String reason) {
        CertificateStatus next = target(action);
        if (action == CertificateAction.REINSTATE && suspendedFrom != null && on.isBefore(suspendedFrom)) {
            throw BusinessException.badInput("OFF-CERT-DATES", "恢复日期不能早于暂扣日期 " + suspendedFrom);
        }
        requireVersion(seenVersion);
        switch (action) {
            case SUSPEND -> {
                suspendedFrom = on;
                suspendedTo = null;
            }
            case REINSTATE -> suspendedTo = on;
            case REVOKE, CANCEL -> endFrom(on);
        }
        this.status = next;
        this.statusOn = on;
        this.statusReason = reason;
    }

    void checkReturnable() {
        OfficerRules.requireReturnable(status);
    }

    /** OFF-05: handed back to the issuing authority. */
    void returned(int seenVersion, LocalDate on, String receiver) {
        checkReturnable();
        requireVersion(seenVersion);
        endFrom(on);
        this.status = CertificateStatus.RETURNED;
        this.statusOn = on;
        this.returnedOn = on;
        this.receivedBy = receiver;
    }

    /** OFF-05: the deadline for handing it back (null: none pending). */
    void awaitReturn(Long deadlineId) {
        this.returnDeadlineId = deadlineId;
    }

    /** OFF-03: invalid from the first day it was revoked, cancelled or returned; a later status never moves that day. */
    private void endFrom(LocalDate on) {
        if (invalidFrom == null || on.isBefore(invalidFrom)) {
            invalidFrom = on;
        }
    }

    private void requireVersion(int seen) {
        if (version == null || version != seen) {
            throw new OptimisticLockingFailureException("off_certificate " + id);
        }
    }
}
