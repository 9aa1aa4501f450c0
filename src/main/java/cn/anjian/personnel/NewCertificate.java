package cn.anjian.personnel;

import java.time.LocalDate;

public record NewCertificate(String number, CertificateKind kind, String issuer, LocalDate validFrom, LocalDate validTo) {
}
