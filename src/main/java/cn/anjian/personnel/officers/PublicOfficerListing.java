package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.PageSlice;
import cn.anjian.personnel.PublicOfficerList;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link PublicOfficerList}: status VALID and the day within the validity, like the public certificate check. */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class PublicOfficerListing implements PublicOfficerList {

    private static final String WHERE = """
             FROM off_certificate c
             JOIN off_officer o ON o.person_id = c.person_id
             JOIN per_person p ON p.id = c.person_id
             JOIN org_agency_view a ON a.id = o.agency_id
             LEFT JOIN org_unit_view u ON u.id = o.unit_id
            WHERE o.scope_path LIKE :scope AND c.status = 'VALID' AND c.valid_from <= :day AND c.valid_to >= :day""";

    private final JdbcClient jdbc;

    @Override
    public Page validHolders(String scopePath, LocalDate day, int page, int size) {
        String scope = scopePath.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        long total = jdbc.sql("SELECT count(*)" + WHERE).param("scope", scope).param("day", day).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        List<Holder> rows = jdbc.sql("SELECT p.name, a.name AS agency_name, u.name AS unit_name, c.number, c.kind, c.valid_to"
                        + WHERE + " ORDER BY a.name, p.name, c.number" + slice.window())
                .param("scope", scope).param("day", day)
                .query((rs, n) -> new Holder(rs.getString("name"), rs.getString("agency_name"), rs.getString("unit_name"),
                        rs.getString("number"), CertificateKind.valueOf(rs.getString("kind")).label(),
                        rs.getDate("valid_to").toLocalDate()))
                .list();
        return new Page(rows, slice.page(), size, total);
    }
}
