package cn.anjian.personnel.officers;

import java.time.LocalDate;

import cn.anjian.personnel.CertificateStatus;

/**
 * A certificate as read. {@code invalidFrom}: the day it was revoked, cancelled or returned (OFF-03: invalid from that
 * day, valid before); {@code suspendedFrom}..{@code suspendedTo}: its latest suspension ({@code suspendedTo} is the
 * reinstatement day, null while suspended).
 */
public record CertificateView(long id, long personId, String number, CertificateKind kind, String issuer,
                              LocalDate validFrom, LocalDate validTo, CertificateStatus status, LocalDate statusOn,
                              String statusReason, LocalDate returnedOn, String receivedBy, int version,
                              LocalDate invalidFrom, LocalDate suspendedFrom, LocalDate suspendedTo) {

    /**
     * OFF-03, day-specific: the day lies within the validity period, before the day the certificate was revoked,
     * cancelled or returned, and outside its suspension (from the suspension day up to the day before reinstatement).
     */
    public boolean validOn(LocalDate day) {
        return inPeriod(day) && !endedOn(day) && !suspendedOn(day);
    }

    boolean inPeriod(LocalDate day) {
        return !day.isBefore(validFrom) && !day.isAfter(validTo);
    }

    /** Revoked, cancelled or returned by that day (without a recorded day: on every day). */
    boolean endedOn(LocalDate day) {
        if (invalidFrom == null) {
            return status == CertificateStatus.REVOKED || status == CertificateStatus.CANCELLED
                    || status == CertificateStatus.RETURNED;
        }
        return !day.isBefore(invalidFrom);
    }

    /** Within its suspension on that day (without a recorded day: on every day while suspended). */
    boolean suspendedOn(LocalDate day) {
        if (suspendedFrom == null) {
            return status == CertificateStatus.SUSPENDED;
        }
        return !day.isBefore(suspendedFrom) && (suspendedTo == null || day.isBefore(suspendedTo));
    }
}
