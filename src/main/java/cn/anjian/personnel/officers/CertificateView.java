package cn.anjian.personnel.officers;

import java.time.LocalDate;

import cn.anjian.personnel.CertificateStatus;

public record CertificateView(long id, long personId, String number, CertificateKind kind, String issuer,
                              LocalDate validFrom, LocalDate validTo, CertificateStatus status, LocalDate statusOn,
                              String statusReason, LocalDate returnedOn, String receivedBy, int version) {

    /** Valid on {@code day}: status VALID and the day within the validity period. */
    public boolean validOn(LocalDate day) {
        return status == CertificateStatus.VALID && !day.isBefore(validFrom) && !day.isAfter(validTo);
    }
}
