package cn.anjian.personnel.supervisors;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persists the {@link Supervisor} aggregate with an optimistic {@code version}. */
@Repository
class SupervisorRepository {

    private final JdbcClient jdbc;

    SupervisorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Supervisor> findById(long id) {
        return jdbc.sql("SELECT * FROM per_supervisor WHERE id = :id").param("id", id).query(SupervisorRepository::map).optional();
    }

    Optional<Supervisor> findByFlow(long flowId) {
        return jdbc.sql("SELECT * FROM per_supervisor WHERE flow_id = :f OR renewal_flow_id = :f")
                .param("f", flowId).query(SupervisorRepository::map).optional();
    }

    Optional<Supervisor> findByUser(long userId) {
        return jdbc.sql("SELECT * FROM per_supervisor WHERE user_id = :u").param("u", userId)
                .query(SupervisorRepository::map).optional();
    }

    void save(Supervisor s, Instant now) {
        Map<String, Object> p = params(s);
        p.put("now", Timestamp.from(now));
        if (s.id == null) {
            s.id = jdbc.sql("""
                    INSERT INTO per_supervisor (person_id, agency_id, jurisdiction_id, scope_path, route, source_kind,
                        source_name, consultation_note, consulted_on, person_consent_on, person_consent_note, employer_name,
                        employer_consent_on, employer_consent_note, status, flow_id, renewal_flow_id, renewal_late,
                        certificate_no, term_no, term_start, term_end, user_id, ended_on, end_ground, end_reason,
                        created_at, updated_at)
                    VALUES (:personId, :agencyId, :jurisdictionId, :scopePath, :route, :sourceKind, :sourceName,
                        :consultationNote, :consultedOn, :personConsentOn, :personConsentNote, :employerName,
                        :employerConsentOn, :employerConsentNote, :status, :flowId, :renewalFlowId, :renewalLate,
                        :certificateNo, :termNo, :termStart, :termEnd, :userId, :endedOn, :endGround, :endReason, :now, :now)
                    RETURNING id""").params(p).query(Long.class).single();
            s.version = 0;
            return;
        }
        p.put("id", s.id);
        p.put("version", s.version);
        int rows = jdbc.sql("""
                UPDATE per_supervisor SET person_consent_on = :personConsentOn, person_consent_note = :personConsentNote,
                    employer_name = :employerName, employer_consent_on = :employerConsentOn,
                    employer_consent_note = :employerConsentNote, status = :status, flow_id = :flowId,
                    renewal_flow_id = :renewalFlowId, renewal_late = :renewalLate, certificate_no = :certificateNo,
                    term_no = :termNo, term_start = :termStart, term_end = :termEnd, user_id = :userId,
                    ended_on = :endedOn, end_ground = :endGround, end_reason = :endReason,
                    updated_at = :now, version = version + 1
                WHERE id = :id AND version = :version""").params(p).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("per_supervisor " + s.id + " changed concurrently");
        }
        s.version++;
    }

    private static Map<String, Object> params(Supervisor s) {
        Map<String, Object> p = new HashMap<>();
        p.put("personId", s.personId);
        p.put("agencyId", s.agencyId);
        p.put("jurisdictionId", s.jurisdictionId);
        p.put("scopePath", s.scopePath);
        p.put("route", s.route.name());
        p.put("sourceKind", s.sourceKind.name());
        p.put("sourceName", s.sourceName);
        p.put("consultationNote", s.consultationNote);
        p.put("consultedOn", date(s.consultedOn));
        p.put("personConsentOn", date(s.personConsentOn));
        p.put("personConsentNote", s.personConsentNote);
        p.put("employerName", s.employerName);
        p.put("employerConsentOn", date(s.employerConsentOn));
        p.put("employerConsentNote", s.employerConsentNote);
        p.put("status", s.status.name());
        p.put("flowId", s.flowId);
        p.put("renewalFlowId", s.renewalFlowId);
        p.put("renewalLate", s.renewalLate);
        p.put("certificateNo", s.certificateNo);
        p.put("termNo", s.termNo);
        p.put("termStart", date(s.termStart));
        p.put("termEnd", date(s.termEnd));
        p.put("userId", s.userId);
        p.put("endedOn", date(s.endedOn));
        p.put("endGround", s.endGround);
        p.put("endReason", s.endReason);
        return p;
    }

    private static Date date(LocalDate d) {
        return d == null ? null : Date.valueOf(d);
    }

    private static LocalDate local(ResultSet rs, String col) throws SQLException {
        Date d = rs.getDate(col);
        return d == null ? null : d.toLocalDate();
    }

    private static Long nullableLong(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    static Supervisor map(ResultSet rs, int n) throws SQLException {
        Supervisor s = new Supervisor(rs.getLong("person_id"), rs.getLong("agency_id"), rs.getLong("jurisdiction_id"),
                rs.getString("scope_path"), AppointmentRoute.valueOf(rs.getString("route")),
                SourceKind.valueOf(rs.getString("source_kind")), rs.getString("source_name"),
                rs.getString("consultation_note"), local(rs, "consulted_on"));
        s.id = rs.getLong("id");
        s.version = rs.getInt("version");
        s.personConsentOn = local(rs, "person_consent_on");
        s.personConsentNote = rs.getString("person_consent_note");
        s.employerName = rs.getString("employer_name");
        s.employerConsentOn = local(rs, "employer_consent_on");
        s.employerConsentNote = rs.getString("employer_consent_note");
        s.status = SupervisorStatus.valueOf(rs.getString("status"));
        s.flowId = nullableLong(rs, "flow_id");
        s.renewalFlowId = nullableLong(rs, "renewal_flow_id");
        s.renewalLate = rs.getBoolean("renewal_late");
        s.certificateNo = rs.getString("certificate_no");
        s.termNo = rs.getInt("term_no");
        s.termStart = local(rs, "term_start");
        s.termEnd = local(rs, "term_end");
        s.userId = nullableLong(rs, "user_id");
        s.endedOn = local(rs, "ended_on");
        s.endGround = rs.getString("end_ground");
        s.endReason = rs.getString("end_reason");
        return s;
    }
}
