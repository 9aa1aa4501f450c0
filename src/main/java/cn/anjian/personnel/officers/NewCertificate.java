package cn.anjian.personnel.officers;

import java.time.LocalDate;

record NewCertificate(String number, CertificateKind kind, String issuer, LocalDate validFrom, LocalDate validTo) {
}
