package cn.anjian.experts.draws;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.anjian.experts.draws.DrawRule.Candidate;
import cn.anjian.experts.draws.DrawView.Exclusion;
import cn.anjian.experts.draws.DrawView.Pick;
import cn.anjian.experts.pool.ExpertLevel;
import cn.anjian.experts.pool.Pool;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;

/** exp_draw: a draw is written once and never changed (its snapshot is what the replay reruns). */
@Component
@RequiredArgsConstructor
class ExpertDrawStore {

    record NewDraw(Pool pool, String field, String sub, ExpertLevel level, int requested, Long targetEnterpriseId, long seed,
                   LocalDate day, List<Candidate> candidates, List<Exclusion> excluded, List<Pick> selected, Instant at, String by) {
    }

    /** A line of the recent-draws list. */
    public record Summary(long id, String fieldName, int requested, String targetName, Instant drawnAt, String drawnBy) {
    }

    private static final String FROM = """
             FROM exp_draw d
            JOIN exp_field f ON f.code = d.field_code
            LEFT JOIN exp_sub_specialty s ON s.code = d.sub_code
            LEFT JOIN ent_enterprise_view t ON t.id = d.target_enterprise_id""";

    private static final String SELECT = "SELECT d.id, d.requested, d.drawn_at, d.drawn_by, f.name AS field_name, t.name AS target_name" + FROM;

    /** One draw with its snapshot (packed, or as the arrays of the draws stored before V20_91). */
    private static final String SELECT_ONE = "SELECT d.*, f.name AS field_name, s.name AS sub_name, t.name AS target_name" + FROM;

    private final JdbcClient jdbc;
    private final ObjectMapper json;

    /**
     * Writes the draw; the candidate snapshot goes packed with its hash ({@link DrawSnapshot#pack}, ~4 KB sent as binary
     * for ~1,000 candidates: PostgreSQL parsed three 1,000-element array literals for 2–3 ms a draw).
     */
    long insert(NewDraw d) {
        return insert(d, DrawSnapshot.store(d.candidates(), d.day()));
    }

    /** @param snapshot {@link DrawSnapshot#store} of the draw's candidates, made already ({@link Matching#store}) */
    long insert(NewDraw d, DrawSnapshot.Stored snapshot) {
        return jdbc.sql("""
                INSERT INTO exp_draw (agency_id, scope_path, field_code, sub_code, level, requested, target_enterprise_id,
                                      seed, draw_day, candidate_pack, candidate_hash, excluded, selected, drawn_at, drawn_by)
                VALUES (:agency, :scope, :field, :sub, :level, :requested, :target, :seed, :day, :pack, :hash,
                        cast(:excluded AS jsonb), cast(:selected AS jsonb), :at, :by)
                RETURNING id""")
                .param("agency", d.pool().agencyId()).param("scope", d.pool().scopePath()).param("field", d.field())
                .param("sub", d.sub()).param("level", d.level() == null ? null : d.level().name())
                .param("requested", d.requested()).param("target", d.targetEnterpriseId()).param("seed", d.seed())
                .param("day", Draws.sqlDate(d.day())).param("pack", snapshot.pack())
                .param("hash", snapshot.hash())
                .param("excluded", json.writeValueAsString(d.excluded())).param("selected", json.writeValueAsString(d.selected()))
                .param("at", Draws.sqlTime(d.at())).param("by", d.by())
                .query(Long.class).single();
    }

    /** The draw in the actor's scope; missing and out of scope are the same 404 (ORG-03). */
    DrawView get(Actor actor, long id) {
        return load(actor, id).view();
    }

    /** A stored draw and the hash stored with its snapshot. */
    record Loaded(DrawView view, String storedHash) {
    }

    /** The candidates' names are today's (one lookup of the snapshot's ids); the selection keeps its own. */
    Loaded load(Actor actor, long id) {
        Loaded d = jdbc.sql(SELECT_ONE + " WHERE d.id = :id AND" + ScopeSql.condition("d.scope_path"))
                .param("id", id).param(ScopeSql.PARAM, actor.scope().pattern())
                .query((rs, n) -> {
                    LocalDate day = rs.getDate("draw_day").toLocalDate();
                    byte[] packed = rs.getBytes("candidate_pack");
                    List<Candidate> snapshot = packed != null ? DrawSnapshot.unpack(packed, day)
                            : DrawSnapshot.fromArrays((Long[]) rs.getArray("candidate_ids").getArray(),
                                    (Integer[]) rs.getArray("candidate_dispatches").getArray(),
                                    (java.sql.Date[]) rs.getArray("candidate_last").getArray());
                    List<Pick> selected = json.readValue(rs.getString("selected"), new TypeReference<List<Pick>>() { });
                    Set<Long> picked = selected.stream().map(Pick::expertId).collect(Collectors.toSet());
                    Map<Long, String> names = names(snapshot);
                    List<DrawView.Candidate> candidates = new ArrayList<>(snapshot.size());
                    for (Candidate c : snapshot) {
                        candidates.add(new DrawView.Candidate(c.expertId(), names.get(c.expertId()), c.dispatches(), c.lastDispatched(),
                                picked.contains(c.expertId())));
                    }
                    String level = rs.getString("level");
                    return new Loaded(new DrawView(rs.getLong("id"), rs.getLong("seed"), rs.getString("field_name"), rs.getString("sub_name"),
                            level == null ? null : ExpertLevel.valueOf(level).label(), rs.getInt("requested"),
                            rs.getObject("target_enterprise_id", Long.class), rs.getString("target_name"),
                            day, rs.getString("drawn_by"), rs.getTimestamp("drawn_at").toInstant(),
                            candidates, json.readValue(rs.getString("excluded"), new TypeReference<List<Exclusion>>() { }), selected),
                            rs.getString("candidate_hash"));
                })
                .optional().orElse(null);
        if (d == null) {
            throw BusinessException.notFound(Draws.WHAT);
        }
        return d;
    }

    /** Today's names of the snapshot's experts (an expert deleted since has none). */
    private Map<Long, String> names(List<Candidate> snapshot) {
        Map<Long, String> names = new HashMap<>(snapshot.size() * 2);
        if (!snapshot.isEmpty()) {
            jdbc.sql("SELECT id, name FROM exp_expert WHERE id = ANY(:ids)")
                    .param("ids", snapshot.stream().map(Candidate::expertId).toArray(Long[]::new))
                    .query(rs -> {
                        names.put(rs.getLong(1), rs.getString(2));
                    });
        }
        return names;
    }

    List<Summary> recent(Actor actor, int limit) {
        return jdbc.sql(SELECT + " WHERE" + ScopeSql.condition("d.scope_path") + "ORDER BY d.id DESC LIMIT :limit")
                .param(ScopeSql.PARAM, actor.scope().pattern()).param("limit", limit)
                .query((rs, n) -> new Summary(rs.getLong("id"), rs.getString("field_name"), rs.getInt("requested"),
                        rs.getString("target_name"), rs.getTimestamp("drawn_at").toInstant(), rs.getString("drawn_by")))
                .list();
    }
}
