package cn.anjian.complaints.submissions;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Persists {@link Submission} with an optimistic {@code version}. */
@Repository
class SubmissionRepository {

    private final JdbcClient jdbc;

    SubmissionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Submission> findById(long id) {
        return jdbc.sql("SELECT * FROM cmp_submission WHERE id = :id").param("id", id)
                .query(SubmissionRepository::map).optional();
    }

    void insert(Submission s) {
        Map<String, Object> p = new HashMap<>();
        p.put("code", s.trackingCode);
        p.put("channel", s.channel.name());
        p.put("kind", s.kind.name());
        p.put("title", s.title);
        p.put("content", s.content);
        p.put("location", s.location);
        p.put("enterprise", s.enterpriseName);
        p.put("supervisor", s.supervisorId);
        p.put("user", s.submitterUserId);
        p.put("agency", s.agencyId);
        p.put("jurisdiction", s.jurisdictionId);
        p.put("path", s.scopePath);
        p.put("status", s.status.name());
        p.put("at", Timestamp.from(s.submittedAt));
        s.id = jdbc.sql("""
                INSERT INTO cmp_submission (tracking_code, channel, kind, title, content, location, enterprise_name,
                    supervisor_id, submitter_user_id, agency_id, jurisdiction_id, scope_path, status, submitted_at)
                VALUES (:code, :channel, :kind, :title, :content, :location, :enterprise, :supervisor, :user, :agency,
                    :jurisdiction, :path, :status, :at) RETURNING id""").params(p).query(Long.class).single();
    }

    void update(Submission s) {
        Map<String, Object> p = new HashMap<>();
        p.put("id", s.id);
        p.put("version", s.version);
        p.put("status", s.status.name());
        p.put("deadline", s.deadlineId);
        p.put("due", s.dueDate == null ? null : java.sql.Date.valueOf(s.dueDate));
        p.put("acceptedAt", ts(s.acceptedAt));
        p.put("acceptedBy", s.acceptedBy);
        p.put("answer", s.answer);
        p.put("answeredAt", ts(s.answeredAt));
        p.put("answeredBy", s.answeredBy);
        int rows = jdbc.sql("""
                UPDATE cmp_submission SET status = :status, deadline_id = :deadline, due_date = :due,
                    accepted_at = :acceptedAt, accepted_by = :acceptedBy, answer = :answer, answered_at = :answeredAt,
                    answered_by = :answeredBy, version = version + 1
                WHERE id = :id AND version = :version""").params(p).update();
        if (rows != 1) {
            throw new OptimisticLockingFailureException("cmp_submission " + s.id + " changed concurrently");
        }
        s.version++;
    }

    private static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    private static Long nullableLong(ResultSet rs, String col) throws SQLException {
        long v = rs.getLong(col);
        return rs.wasNull() ? null : v;
    }

    static Submission map(ResultSet rs, int n) throws SQLException {
        Submission s = new Submission(Channel.valueOf(rs.getString("channel")), SubmissionKind.valueOf(rs.getString("kind")),
                rs.getString("title"), rs.getString("content"), rs.getString("location"), rs.getString("enterprise_name"),
                nullableLong(rs, "supervisor_id"), nullableLong(rs, "submitter_user_id"), rs.getLong("agency_id"),
                rs.getLong("jurisdiction_id"), rs.getString("scope_path"), instant(rs, "submitted_at"));
        s.id = rs.getLong("id");
        s.version = rs.getInt("version");
        s.trackingCode = rs.getString("tracking_code");
        s.status = SubmissionStatus.valueOf(rs.getString("status"));
        s.deadlineId = nullableLong(rs, "deadline_id");
        java.sql.Date due = rs.getDate("due_date");
        s.dueDate = due == null ? null : due.toLocalDate();
        s.acceptedAt = instant(rs, "accepted_at");
        s.acceptedBy = rs.getString("accepted_by");
        s.answer = rs.getString("answer");
        s.answeredAt = instant(rs, "answered_at");
        s.answeredBy = rs.getString("answered_by");
        return s;
    }
}
