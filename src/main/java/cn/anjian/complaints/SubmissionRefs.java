package cn.anjian.complaints;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Optional;

import cn.anjian.enforcement.SubmissionOrigins;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Zones;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Public complaints and tips and social supervisors' clues as enforcement refers to them (CASE-04: a case opened
 * on a complaint or a clue names it as its basis). Read in the actor's scope only (ORG-03); the submitter's identity
 * never leaves the module.
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class SubmissionRefs implements SubmissionOrigins {

    private final JdbcClient jdbc;

    private static final String SELECT = """
            SELECT id, title, tracking_code, submitted_at, channel, enterprise_name, status FROM cmp_submission
            WHERE scope_path LIKE :scope""";

    private static final RowMapper<SubmissionOrigin> ROW = (rs, n) -> new SubmissionOrigin(rs.getLong("id"), rs.getString("title"),
            rs.getString("tracking_code"), rs.getTimestamp("submitted_at").toInstant().atZone(Zones.SHANGHAI).toLocalDate(),
            "SUPERVISOR".equals(rs.getString("channel")), rs.getString("enterprise_name"), "ANSWERED".equals(rs.getString("status")));

    /** The submissions neither answered nor declined in the actor's scope, newest first (at most {@link SubmissionOrigins#LIMIT}). */
    @Override
    public List<SubmissionOrigin> open(Actor actor) {
        return jdbc.sql(SELECT + " AND status NOT IN ('ANSWERED', 'DECLINED') ORDER BY submitted_at DESC, id DESC LIMIT " + LIMIT)
                .param("scope", actor.scope().pattern()).query(ROW).list();
    }

    /** One submission in the actor's scope (answered or not); empty when missing or out of scope. */
    @Override
    public Optional<SubmissionOrigin> find(Actor actor, long id) {
        return jdbc.sql(SELECT + " AND id = :id").param("scope", actor.scope().pattern()).param("id", id).query(ROW).optional();
    }
}
