package cn.anjian.experts.pool;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.Masking;
import cn.anjian.kernel.Params;
import cn.anjian.personnel.ExpertCandidates;
import cn.anjian.personnel.TitleLevel;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** TI-07: the active experts of the actor's own pool offered to inspector hiring (personnel's SPI). */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class PoolExpertCandidates implements ExpertCandidates {

    private static final String SELECT = """
            SELECT e.id, e.name, e.id_card, e.title, e.level, e.employer_name, f.name AS field_name FROM exp_expert e
            JOIN exp_field f ON f.code = e.field_code
            WHERE e.agency_id = :a AND e.status = 'ACTIVE'""";

    private final JdbcClient jdbc;

    @Override
    public List<ExpertCandidate> search(Actor actor, String q, int limit) {
        String text = Params.text("姓名或工作单位", q, 50);
        return jdbc.sql(SELECT + (text == null || text.isEmpty() ? "" : " AND (e.name LIKE :q OR e.employer_name LIKE :q)")
                        + " ORDER BY e.name, e.id LIMIT :limit")
                .param("a", actor.agencyId()).param("q", text == null ? "" : Like.contains(text)).param("limit", Math.max(1, Math.min(limit, 50)))
                .query(PoolExpertCandidates::map).list();
    }

    @Override
    public Optional<String> idCard(Actor actor, long expertId) {
        return jdbc.sql(SELECT.replace("SELECT e.id, e.name, e.id_card, e.title, e.level, e.employer_name, f.name AS field_name",
                        "SELECT e.id_card") + " AND e.id = :id")
                .param("a", actor.agencyId()).param("id", expertId).query(String.class).optional();
    }

    @Override
    public Optional<ExpertCandidate> get(Actor actor, long expertId) {
        return jdbc.sql(SELECT + " AND e.id = :id").param("a", actor.agencyId()).param("id", expertId)
                .query(PoolExpertCandidates::map).optional();
    }

    /** Seed 002 art. 5: a senior expert holds an associate-senior title or higher, an intermediate one a mid-level title. */
    private static ExpertCandidate map(ResultSet rs, int n) throws SQLException {
        return new ExpertCandidate(rs.getLong("id"), rs.getString("name"), Masking.idCard(rs.getString("id_card")),
                rs.getString("field_name"), rs.getString("title"),
                ExpertLevel.SENIOR.name().equals(rs.getString("level")) ? TitleLevel.ASSOCIATE_SENIOR : TitleLevel.MID,
                rs.getString("employer_name"));
    }
}
