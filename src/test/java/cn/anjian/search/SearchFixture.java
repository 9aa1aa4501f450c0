package cn.anjian.search;

import java.time.Instant;

import cn.anjian.TestActors;
import cn.anjian.TestActors.TestActor;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Rows of every searchable kind written straight into the owners' tables (a test may; main code may not),
 * in two counties: 泽州 (140525) and another county (140927).
 */
final class SearchFixture {

    final Jurisdiction zz;
    final Jurisdiction other;
    private final JdbcClient jdbc;

    SearchFixture(JdbcClient jdbc, Jurisdictions jurisdictions) {
        this.jdbc = jdbc;
        this.zz = jurisdictions.findByCode("140525").orElseThrow();
        this.other = jurisdictions.findByCode("140927").orElseThrow();
    }

    TestActor actor(Jurisdiction j, String name, String... permissions) {
        return TestActors.actor(name, j.id(), j.path(), permissions);
    }

    long agency(Jurisdiction j) {
        return jdbc.sql("SELECT id FROM org_agency WHERE jurisdiction_id = :j ORDER BY id LIMIT 1").param("j", j.id())
                .query(Long.class).single();
    }

    long kase(Jurisdiction j, String number, String party) {
        return jdbc.sql("""
                        INSERT INTO enf_case (case_number, agency_id, scope_path, kind, source, basis_title, basis_number,
                                              basis_date, party_name, party_kind, title, place, stage, opened_at, opened_by)
                        VALUES (:n, :a, :p, 'INSPECTION', 'ANNUAL_PLAN', '年度计划', '计划〔2026〕1号', DATE '2026-03-01',
                                :party, 'CITIZEN', '检查', '某地', 'INVESTIGATION', :at, 'search_test')
                        RETURNING id""")
                .param("n", number).param("a", agency(j)).param("p", j.path()).param("party", party)
                .param("at", java.sql.Timestamp.from(Instant.parse("2026-03-02T02:00:00Z"))).query(Long.class).single();
    }

    void documentNumber(Jurisdiction j, String text, long caseId, int n) {
        jdbc.sql("""
                        INSERT INTO doc_number (type_code, agency_id, scope_path, year, n, text, subject_type, subject_id, issued_at, issued_by)
                        VALUES ('CASE_TRANSFER', :a, :p, 2099, :n, :t, 'case', :s, now(), 'search_test')""")
                .param("a", agency(j)).param("p", j.path()).param("n", n).param("t", text).param("s", String.valueOf(caseId))
                .update();
    }

    long enterprise(Jurisdiction j, String name) {
        return jdbc.sql("""
                        INSERT INTO ent_enterprise (name, credit_code, kind, industry, jurisdiction_id, scope_path, risk_grade,
                                                    status, created_at, updated_at)
                        VALUES (:n, NULL, 'CITIZEN', 'OTHER', :j, :p, 'C', 'OPERATING', now(), now()) RETURNING id""")
                .param("n", name).param("j", j.id()).param("p", j.path()).query(Long.class).single();
    }

    long officer(Jurisdiction j, String name, String idCard) {
        long agency = agency(j);
        long id = jdbc.sql("""
                        INSERT INTO per_person (name, gender, id_card, birth_date, phone, agency_id, jurisdiction_id, scope_path,
                                                created_at, updated_at)
                        VALUES (:n, 'MALE', :c, DATE '1980-01-01', '13900001111', :a, :j, :p, now(), now()) RETURNING id""")
                .param("n", name).param("c", idCard).param("a", agency).param("j", j.id()).param("p", j.path())
                .query(Long.class).single();
        jdbc.sql("""
                        INSERT INTO off_officer (person_id, agency_id, scope_path, post_status, post_since, created_at, name, cert_number)
                        VALUES (:id, :a, :p, 'ON_POST', DATE '2020-01-01', now(), :n, :cert)""")
                .param("id", id).param("a", agency).param("p", j.path()).param("n", name).param("cert", "14" + id + "0001")
                .update();
        return id;
    }
}
