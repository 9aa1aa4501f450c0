package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.CertificateStatus;
import cn.anjian.personnel.PostStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The officers' read side shared by the use cases: the officer row, trainings, certificates, OFF-04 cases. */
@Component
@RequiredArgsConstructor
class OfficerRecords {

    static final String CERT_SELECT = """
            SELECT id, person_id, number, kind, issuer, valid_from, valid_to, status, status_on, status_reason, returned_on,
                   received_by, version, invalid_from, suspended_from, suspended_to FROM off_certificate""";
    static final String POST_CASE_SELECT = """
            SELECT c.id, c.person_id, p.name, c.cause, c.opened_on, c.due_date, c.deadline_id, c.met_on,
                   (c.met_on IS NULL AND c.due_date < :today) AS overdue
            FROM off_post_case c JOIN per_person p ON p.id = c.person_id""";

    private final JdbcClient jdbc;

    record OfficerRecord(long personId, Long unitId, String unitName, PostStatus post, LocalDate postSince,
                         LocalDate hiredOn, String scopePath, long jurisdictionId, int version) {
        /** Start of the OFF-07 clock when there was no rotation yet: hire date, else first post date. */
        LocalDate since3() {
            return hiredOn != null ? hiredOn : postSince;
        }
    }

    Optional<OfficerRecord> officer(long personId) {
        return jdbc.sql("""
                        SELECT o.person_id, o.unit_id, u.name AS unit_name, o.post_status, o.post_since, o.hired_on, o.scope_path,
                               p.jurisdiction_id, o.version
                        FROM off_officer o JOIN per_person p ON p.id = o.person_id LEFT JOIN org_unit_view u ON u.id = o.unit_id
                        WHERE o.person_id = :p""")
                .param("p", personId)
                .query((rs, n) -> new OfficerRecord(rs.getLong(1), (Long) rs.getObject(2), rs.getString(3),
                        PostStatus.valueOf(rs.getString(4)), rs.getDate(5).toLocalDate(),
                        rs.getDate(6) == null ? null : rs.getDate(6).toLocalDate(), rs.getString(7), rs.getLong(8), rs.getInt(9)))
                .optional();
    }

    OfficerRecord officerInScope(Actor actor, long personId) {
        OfficerRecord o = officer(personId).orElseThrow(() -> BusinessException.notFound(OfficerSupport.WHAT));
        ScopeSql.requireInScope(actor, o.scopePath(), OfficerSupport.WHAT);
        return o;
    }

    /** What registering needs of the person, in one query (the import registers thousands). */
    record PersonRef(long id, String name, long agencyId, String agencyName, String scopePath) {
    }

    Optional<PersonRef> personRef(long personId) {
        return jdbc.sql("SELECT p.id, p.name, p.agency_id, a.name, p.scope_path FROM per_person p JOIN org_agency_view a ON a.id = p.agency_id WHERE p.id = :id")
                .param("id", personId)
                .query((rs, n) -> new PersonRef(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getString(4), rs.getString(5)))
                .optional();
    }

    boolean isOfficer(long personId) {
        return jdbc.sql("SELECT count(*) FROM off_officer WHERE person_id = :p").param("p", personId)
                .query(Integer.class).single() > 0;
    }

    /** OFF-10: an active enforcement auxiliary staff member. */
    boolean isActiveAuxiliary(long personId) {
        return jdbc.sql("SELECT count(*) FROM off_auxiliary WHERE person_id = :p AND status = 'ACTIVE'").param("p", personId)
                .query(Integer.class).single() > 0;
    }

    List<TrainingView> trainings(long personId) {
        return jdbc.sql("""
                        SELECT id, person_id, course, kind, class_hours, start_date, end_date, centralised, exam_result,
                               exam_date, exam_score, attendance
                        FROM off_training WHERE person_id = :p ORDER BY end_date DESC, id DESC""")
                .param("p", personId)
                .query((rs, n) -> new TrainingView(rs.getLong(1), rs.getLong(2), rs.getString(3), TrainingKind.valueOf(rs.getString(4)),
                        rs.getBigDecimal(5), rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(), rs.getBoolean(8),
                        ExamResult.valueOf(rs.getString(9)), OfficerSupport.localDate(rs, 10), rs.getBigDecimal(11),
                        Attendance.valueOf(rs.getString(12))))
                .list();
    }

    /**
     * OFF-05: the day the officer left the enforcement post, when the post status in force on {@code day} is "off post"
     * after having been on post (an officer never put on post has not left one).
     */
    LocalDate leftPostOn(long personId, LocalDate day) {
        return jdbc.sql("""
                        SELECT x.effective_on FROM (
                            SELECT effective_on, post_status FROM off_post_change WHERE person_id = :p AND effective_on <= :d
                            ORDER BY effective_on DESC, id DESC LIMIT 1) x
                        WHERE x.post_status = 'OFF_POST' AND EXISTS (SELECT 1 FROM off_post_change o WHERE o.person_id = :p
                            AND o.post_status = 'ON_POST' AND o.effective_on <= x.effective_on)""")
                .param("p", personId).param("d", day).query(java.sql.Date.class).optional()
                .map(java.sql.Date::toLocalDate).orElse(null);
    }

    Optional<CertificateView> findCertificate(long certificateId) {
        return jdbc.sql(CERT_SELECT + " WHERE id = :id").param("id", certificateId).query(OfficerRecords::mapCert).optional();
    }

    CertificateView certificateInScope(Actor actor, long certificateId) {
        CertificateView c = findCertificate(certificateId).orElseThrow(() -> BusinessException.notFound(OfficerSupport.CERT));
        OfficerRecord o = officer(c.personId()).orElseThrow(() -> BusinessException.notFound(OfficerSupport.CERT));
        ScopeSql.requireInScope(actor, o.scopePath(), OfficerSupport.CERT);
        return c;
    }

    List<CertificateView> certificates(long personId) {
        return jdbc.sql(CERT_SELECT + " WHERE person_id = :p ORDER BY valid_to DESC, id DESC").param("p", personId)
                .query(OfficerRecords::mapCert).list();
    }

    static CertificateView mapCert(ResultSet rs, int n) throws SQLException {
        return new CertificateView(rs.getLong(1), rs.getLong(2), rs.getString(3), CertificateKind.valueOf(rs.getString(4)),
                rs.getString(5), rs.getDate(6).toLocalDate(), rs.getDate(7).toLocalDate(),
                CertificateStatus.valueOf(rs.getString(8)), OfficerSupport.localDate(rs, 9), rs.getString(10),
                OfficerSupport.localDate(rs, 11), rs.getString(12), rs.getInt(13), OfficerSupport.localDate(rs, 14),
                OfficerSupport.localDate(rs, 15), OfficerSupport.localDate(rs, 16));
    }

    List<PostCaseView> postCases(long personId, LocalDate today) {
        return jdbc.sql(POST_CASE_SELECT + " WHERE c.person_id = :p ORDER BY c.id DESC")
                .param("p", personId).param("today", today).query(OfficerRecords::mapCase).list();
    }

    static PostCaseView mapCase(ResultSet rs, int n) throws SQLException {
        String cause = rs.getString(4);
        String label = switch (cause) {
            case "REVOKED" -> "执法证被吊销";
            case "CANCELLED" -> "执法证被注销";
            default -> "未取得有效执法证";
        };
        return new PostCaseView(rs.getLong(1), rs.getLong(2), rs.getString(3), cause, label, rs.getDate(5).toLocalDate(),
                rs.getDate(6).toLocalDate(), rs.getLong(7), OfficerSupport.localDate(rs, 8), rs.getBoolean(9));
    }
}
