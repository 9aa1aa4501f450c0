package cn.anjian.complaints;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Zones;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public complaints and tips and social supervisors' clues as another module refers to them (CASE-04: a case opened
 * on a complaint or a clue names it as its basis). Read in the actor's scope only (ORG-03); the submitter's identity
 * never leaves the module.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class SubmissionRefs {

    /** At most this many open submissions are offered. */
    public static final int LIMIT = 200;

    private final JdbcClient jdbc;

    /**
     * A submission as a basis document: its title, tracking code (the number), the day it arrived, and whether it came
     * from a social supervisor (社会监督员线索) or the public (投诉举报).
     */
    public record SubmissionRef(long id, String title, String trackingCode, LocalDate submittedOn, boolean fromSupervisor,
                                String enterpriseName, boolean answered) {

        public String sourceLabel() {
            return fromSupervisor ? "社会监督员线索" : "投诉举报";
        }
    }

    private static final String SELECT = """
            SELECT id, title, tracking_code, submitted_at, channel, enterprise_name, status FROM cmp_submission
            WHERE scope_path LIKE :scope""";

    private static final RowMapper<SubmissionRef> ROW = (rs, n) -> new SubmissionRef(rs.getLong("id"), rs.getString("title"),
            rs.getString("tracking_code"), rs.getTimestamp("submitted_at").toInstant().atZone(Zones.SHANGHAI).toLocalDate(),
            "SUPERVISOR".equals(rs.getString("channel")), rs.getString("enterprise_name"), "ANSWERED".equals(rs.getString("status")));

    /** The submissions not yet answered in the actor's scope, newest first (at most {@link #LIMIT}). */
    public List<SubmissionRef> open(Actor actor) {
        return jdbc.sql(SELECT + " AND status <> 'ANSWERED' ORDER BY submitted_at DESC, id DESC LIMIT " + LIMIT)
                .param("scope", actor.scope().pattern()).query(ROW).list();
    }

    /** One submission in the actor's scope (answered or not); empty when missing or out of scope. */
    public Optional<SubmissionRef> find(Actor actor, long id) {
        return jdbc.sql(SELECT + " AND id = :id").param("scope", actor.scope().pattern()).param("id", id).query(ROW).optional();
    }
}
