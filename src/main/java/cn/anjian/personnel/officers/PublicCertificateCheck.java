package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;

import cn.anjian.personnel.CertificateCheck;
import cn.anjian.personnel.CertificateStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link CertificateCheck} over the officers' certificates (one unique number each, off_certificate_number). */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class PublicCertificateCheck implements CertificateCheck {

    private final JdbcClient jdbc;

    @Override
    public Optional<Result> check(String number, LocalDate day) {
        if (number == null || number.isBlank() || number.strip().length() > 40) {
            return Optional.empty();
        }
        String n = number.strip().toUpperCase(Locale.ROOT);
        return jdbc.sql("""
                        SELECT c.number, p.name, a.name AS agency_name, c.kind, c.valid_from, c.valid_to, c.status
                        FROM off_certificate c
                        JOIN off_officer o ON o.person_id = c.person_id
                        JOIN per_person p ON p.id = c.person_id
                        JOIN org_agency_view a ON a.id = o.agency_id
                        WHERE c.number IN (:n, :raw)""")
                .param("n", n).param("raw", number.strip())
                .query((rs, i) -> {
                    CertificateStatus st = CertificateStatus.valueOf(rs.getString("status"));
                    LocalDate from = rs.getDate("valid_from").toLocalDate();
                    LocalDate to = rs.getDate("valid_to").toLocalDate();
                    boolean valid = st == CertificateStatus.VALID && !day.isBefore(from) && !day.isAfter(to);
                    return new Result(rs.getString("number"), rs.getString("name"), rs.getString("agency_name"),
                            CertificateKind.valueOf(rs.getString("kind")).label(), from, to,
                            valid || st != CertificateStatus.VALID ? st.label() : "不在有效期内", valid);
                }).optional();
    }
}
