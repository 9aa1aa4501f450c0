package cn.anjian.experts.meetings;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.experts.pool.ExpertRegistry;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * EXP-17 (seed 002 art. 14, 21): the yearly evaluation of each expert — excellent, qualified or unqualified, with the
 * unit's reasons and the year's dispatches beside it —, once per expert and year; an unqualified expert is removed
 * from the pool through the registry in the same transaction. Commendations are recorded with their reason.
 */
@Service
@Transactional
@RequiredArgsConstructor
public class Evaluations {

    private final ExpertRegistry registry;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    public long evaluate(Actor actor, long expertId, Integer year, EvaluationGrade grade, String reason) {
        Meetings.requireManage(actor);
        Expert e = expert(actor, expertId);
        int y = year(year);
        if (grade == null) {
            throw BusinessException.badInput("EXP-17-GRADE", "请选择考核等次");
        }
        String why = Params.text("EXP-17-REASON", "考核意见和理由", reason, 1000, true);
        if (jdbc.sql("SELECT EXISTS (SELECT 1 FROM exp_evaluation WHERE expert_id = :e AND year = :y)")
                .param("e", expertId).param("y", y).query(Boolean.class).single()) {
            throw BusinessException.conflict("EXP-17", "该专家 " + y + " 年度已考核");
        }
        if (grade != EvaluationGrade.UNQUALIFIED && "REMOVED".equals(e.status())) {
            throw BusinessException.conflict("EXP-17", "该专家已出库");
        }
        int dispatches = jdbc.sql("""
                SELECT count(*) FROM exp_dispatch WHERE expert_id = :e
                AND dispatched_on >= make_date(:y, 1, 1) AND dispatched_on < make_date(:y + 1, 1, 1)""")
                .param("e", expertId).param("y", y).query(Integer.class).single();
        long id = jdbc.sql("""
                INSERT INTO exp_evaluation (version, agency_id, scope_path, expert_id, year, grade, dispatches, reason,
                                            evaluated_at, evaluated_by)
                VALUES (0, :a, :scope, :e, :y, :grade, :dispatches, :reason, :at, :by) RETURNING id""")
                .param("a", e.agencyId()).param("scope", e.scopePath()).param("e", expertId).param("y", y)
                .param("grade", grade.name()).param("dispatches", dispatches).param("reason", why)
                .param("at", Timestamp.from(clock.instant())).param("by", actor.username()).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("year", y);
        after.put("grade", grade.name());
        after.put("dispatches", dispatches);
        after.put("reason", why);
        events.publishEvent(AuditableEvent.change("experts.evaluation.recorded", "expert", expertId, null, after));
        if (grade == EvaluationGrade.UNQUALIFIED && !"REMOVED".equals(e.status())) {
            registry.remove(actor, expertId, y + " 年度考核不称职：" + abbreviate(why));
        }
        return id;
    }

    /** Seed 002 art. 21: a commendation of an expert with its reason. */
    public long commend(Actor actor, long expertId, Integer year, String reason) {
        Meetings.requireManage(actor);
        Expert e = expert(actor, expertId);
        int y = year(year);
        String why = Params.text("EXP-17-COMMENDATION", "表彰事由", reason, 500, true);
        long id = jdbc.sql("""
                INSERT INTO exp_commendation (agency_id, scope_path, expert_id, year, reason, created_at, created_by)
                VALUES (:a, :scope, :e, :y, :reason, :at, :by) RETURNING id""")
                .param("a", e.agencyId()).param("scope", e.scopePath()).param("e", expertId).param("y", y).param("reason", why)
                .param("at", Timestamp.from(clock.instant())).param("by", actor.username()).query(Long.class).single();
        events.publishEvent(AuditableEvent.change("experts.expert.commended", "expert", expertId, null,
                Map.of("year", y, "reason", why)));
        return id;
    }

    /** An expert's evaluations and commendations, newest first (his detail page). */
    public record Line(int year, String what, String reason) {
    }

    @Transactional(readOnly = true)
    public java.util.List<Line> record(Actor actor, long expertId) {
        expert(actor, expertId);
        return jdbc.sql("""
                SELECT year, grade AS what, reason, evaluated_at AS at FROM exp_evaluation WHERE expert_id = :e
                UNION ALL SELECT year, NULL, reason, created_at FROM exp_commendation WHERE expert_id = :e
                ORDER BY year DESC, at DESC""")
                .param("e", expertId)
                .query((rs, n) -> new Line(rs.getInt("year"), rs.getString("what") == null ? "表彰"
                        : "年度考核：" + EvaluationGrade.valueOf(rs.getString("what")).label(), rs.getString("reason")))
                .list();
    }

    /** EXP-13/EXP-17: a year's service-quality registers of the expert and the grade they point to. */
    public record RegisterGrade(int year, long registers, long excellent, long unqualified) {
        public cn.anjian.experts.pool.QualityGrade grade() {
            return cn.anjian.experts.pool.QualityGrade.of(registers, excellent, unqualified);
        }
    }

    /** The grades the quality registers point to, per year of dispatch, newest first (the basis of the yearly evaluation). */
    @Transactional(readOnly = true)
    public java.util.List<RegisterGrade> registerGrades(Actor actor, long expertId) {
        expert(actor, expertId);
        return jdbc.sql("""
                SELECT extract(year FROM dispatched_on)::int AS year, count(*) AS registers,
                       count(*) FILTER (WHERE q_overall = 'EXCELLENT') AS excellent,
                       count(*) FILTER (WHERE q_overall = 'UNQUALIFIED') AS unqualified
                FROM exp_dispatch WHERE expert_id = :e AND q_overall IS NOT NULL
                GROUP BY 1 ORDER BY 1 DESC""")
                .param("e", expertId)
                .query((rs, n) -> new RegisterGrade(rs.getInt("year"), rs.getLong("registers"), rs.getLong("excellent"),
                        rs.getLong("unqualified")))
                .list();
    }

    private record Expert(long agencyId, String scopePath, String status) {
    }

    private Expert expert(Actor actor, long id) {
        return ScopeSql.requireInScope(actor, jdbc.sql("SELECT agency_id, scope_path, status FROM exp_expert WHERE id = :id")
                .param("id", id).query((rs, n) -> new Expert(rs.getLong(1), rs.getString(2), rs.getString(3))).optional(),
                Expert::scopePath, "专家");
    }

    /** The year evaluated: a past year or the current one. */
    private int year(Integer year) {
        int now = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI).getYear();
        if (year == null || year < 2000 || year > now) {
            throw BusinessException.badInput("EXP-17-YEAR", "考核年度须为 2000–" + now + " 年");
        }
        return year;
    }

    private static String abbreviate(String s) {
        return s.length() <= 150 ? s : s.substring(0, 150) + "…";
    }
}
