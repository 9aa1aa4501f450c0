package cn.anjian.reporting.statistics;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import cn.anjian.TestActors;
import cn.anjian.org.Agencies;
import cn.anjian.org.Agency;
import cn.anjian.org.AgencyKind;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A fresh city and county under the province, with officers, trainings, certificates, complaints and cases (SQL). */
class StatisticsWorld {

    final JdbcClient jdbc;
    final Jurisdiction city;
    final Jurisdiction county;
    final Agency cityAgency;
    final Agency countyAgency;

    StatisticsWorld(JdbcClient jdbc, Jurisdictions jurisdictions, Agencies agencies) {
        this.jdbc = jdbc;
        Jurisdiction province = jurisdictions.findByCode("140000").orElseThrow();
        String cityCode = null;
        for (int n = 80; n < 100 && cityCode == null; n++) {
            String c = "14" + n + "00";
            if (jurisdictions.findByCode(c).isEmpty()) {
                cityCode = c;
            }
        }
        var admin = TestActors.actor("stat-admin", province.id(), province.path(), "org:read", "org:manage");
        city = jurisdictions.add(admin, province.id(), cityCode, "统计测试市" + cityCode.substring(2, 4));
        county = jurisdictions.add(admin, city.id(), cityCode.substring(0, 4) + "01", "统计测试县" + cityCode.substring(2, 4));
        cityAgency = agencies.create(city.id(), AgencyKind.EMERGENCY_MANAGEMENT, city.name() + "应急管理局");
        countyAgency = agencies.create(county.id(), AgencyKind.EMERGENCY_MANAGEMENT, county.name() + "应急管理局");
    }

    static Timestamp at(LocalDate d) {
        return Timestamp.from(d.atTime(10, 0).atZone(ZoneId.of("Asia/Shanghai")).toInstant());
    }

    long officer(Agency a, String name) {
        String idCard = String.valueOf(ThreadLocalRandom.current().nextLong(100_000_000_000_000_000L, 999_999_999_999_999_999L)).substring(0, 18);
        long id = jdbc.sql("""
                INSERT INTO per_person (name, gender, id_card, birth_date, agency_id, jurisdiction_id, scope_path, created_at, updated_at)
                VALUES (:n, 'MALE', :card, DATE '1980-01-01', :a, :j, :p, now(), now()) RETURNING id""")
                .param("n", name).param("card", idCard).param("a", a.id()).param("j", a.jurisdictionId()).param("p", a.scopePath())
                .query(Long.class).single();
        jdbc.sql("""
                INSERT INTO off_officer (person_id, name, agency_id, scope_path, post_status, post_since, created_at)
                VALUES (:id, :n, :a, :p, 'ON_POST', DATE '2020-01-01', now())""").param("id", id).param("n", name).param("a", a.id())
                .param("p", a.scopePath()).update();
        return id;
    }

    long training(long person, String course, LocalDate from, LocalDate to, double hours, String attendance) {
        return jdbc.sql("""
                INSERT INTO off_training (person_id, course, kind, class_hours, start_date, end_date, centralised, exam_result,
                                          training_year, created_at, attendance)
                VALUES (:p, :c, 'PUBLIC_LAW', :h, :f, :t, TRUE, 'NONE', :y, now(), :att) RETURNING id""")
                .param("p", person).param("c", course).param("h", BigDecimal.valueOf(hours)).param("f", from).param("t", to)
                .param("y", to.getYear()).param("att", attendance).query(Long.class).single();
    }

    void certificate(long person, String kind, LocalDate from, LocalDate to, String status, LocalDate statusOn) {
        jdbc.sql("""
                INSERT INTO off_certificate (person_id, number, kind, issuer, valid_from, valid_to, status, status_on, created_at)
                VALUES (:p, :n, :k, '山西省人民政府', :f, :t, :s, :on, now())""")
                .param("p", person).param("n", "统" + UUID.randomUUID().toString().substring(0, 12)).param("k", kind)
                .param("f", from).param("t", to).param("s", status).param("on", statusOn).update();
    }

    long submission(String channel, String kind, LocalDate submitted, LocalDate accepted, LocalDate answered) {
        return jdbc.sql("""
                INSERT INTO cmp_submission (tracking_code, channel, kind, title, content, agency_id, jurisdiction_id, scope_path,
                                            status, submitted_at, accepted_at, accepted_by, answer, answered_at, answered_by)
                VALUES (:code, :ch, :k, '统计测试事项', '内容', :a, :j, :p, :s, :sub, :acc, :by, :ans, :answered, :by2)
                RETURNING id""")
                .param("code", "JDT" + UUID.randomUUID().toString().replace("-", "").substring(0, 16)).param("ch", channel)
                .param("k", kind).param("a", countyAgency.id()).param("j", county.id()).param("p", countyAgency.scopePath())
                .param("s", answered != null ? "ANSWERED" : accepted != null ? "ACCEPTED" : "SUBMITTED")
                .param("sub", at(submitted)).param("acc", accepted == null ? null : at(accepted)).param("by", accepted == null ? null : "test")
                .param("ans", answered == null ? null : "已答复").param("answered", answered == null ? null : at(answered))
                .param("by2", answered == null ? null : "test").query(Long.class).single();
    }

    long caseOf(String kind, String source, LocalDate opened, LocalDate closed) {
        return jdbc.sql("""
                INSERT INTO enf_case (case_number, agency_id, scope_path, kind, source, basis_title, basis_number, basis_date,
                                      party_name, party_kind, title, place, stage, opened_at, opened_by, closed_at)
                VALUES (:no, :a, :p, :k, :s, '依据', '1号', DATE '2026-01-01', '张某', 'CITIZEN', '统计测试', '某地', :stage, :o, 'test', :c)
                RETURNING id""")
                .param("no", "统测案〔2026〕" + UUID.randomUUID().toString().substring(0, 8) + "号").param("a", countyAgency.id())
                .param("p", countyAgency.scopePath()).param("k", kind).param("s", source)
                .param("stage", closed == null ? "INVESTIGATION" : "CLOSURE").param("o", at(opened))
                .param("c", closed == null ? null : at(closed)).query(Long.class).single();
    }

    void member(long caseId, long person, String role) {
        jdbc.sql("""
                INSERT INTO enf_case_member (case_id, person_id, person_name, role, added_at, added_by)
                VALUES (:c, :p, (SELECT name FROM per_person WHERE id = :p), :r, now(), 'test')""")
                .param("c", caseId).param("p", person).param("r", role).update();
    }

    void decision(long caseId, String docType, BigDecimal fine, BigDecimal confiscation, LocalDate issued) {
        jdbc.sql("""
                INSERT INTO enf_case_decision (case_id, kind, measures, fine_yuan, confiscation_yuan, party_kind, document_type,
                                               document_number, issued_at, issued_by)
                VALUES (:c, 'PENALTY', '罚款', :f, :x, 'COMPANY', :t, :n, :at, 'test')""")
                .param("c", caseId).param("f", fine).param("x", confiscation).param("t", docType)
                .param("n", "统决〔2026〕" + caseId + "号").param("at", at(issued)).update();
    }

    void hearing(long caseId, LocalDate held) {
        jdbc.sql("""
                INSERT INTO enf_penalty_notice (case_id, notice_document_id, notice_number, notified_rank, hearing_rights, served_on,
                                                statement_until, statement_status, hearing_status, hearing_held_on, created_at, created_by)
                VALUES (:c, 0, '告知', 1, TRUE, :on, :on, 'WAIVED', 'HELD', :held, now(), 'test')""")
                .param("c", caseId).param("on", held.minusDays(10)).param("held", held).update();
    }

    long remedy(long caseId, String kind, LocalDate filed, Agency reviewer) {
        return jdbc.sql("""
                INSERT INTO enf_case_remedy (case_id, scope_path, kind, filed_on, body, recorded_at, recorded_by, review_agency_id,
                                             review_scope_path)
                VALUES (:c, :p, :k, :f, '某机关', now(), 'test', :ra, :rp) RETURNING id""")
                .param("c", caseId).param("p", countyAgency.scopePath()).param("k", kind).param("f", filed)
                .param("ra", reviewer == null ? null : reviewer.id()).param("rp", reviewer == null ? null : reviewer.scopePath())
                .query(Long.class).single();
    }

    void seizure(long caseId, LocalDate started) {
        jdbc.sql("""
                INSERT INTO enf_seizure (case_id, measure, started_on, place, reason, status, decision_number, created_at, created_by)
                VALUES (:c, 'SEAL', :s, '某地', '理由', 'ACTIVE', :n, now(), 'test')""")
                .param("c", caseId).param("s", started).param("n", "统查扣〔2026〕" + caseId + "号").update();
    }
}
