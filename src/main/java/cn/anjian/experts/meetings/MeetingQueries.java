package cn.anjian.experts.meetings;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Params;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** EXP-17 lists: the meetings in scope (list kit), one meeting with its attendance, the evaluations of a year. */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class MeetingQueries {

    public record Filter(Integer year, MeetingKind kind) {
    }

    public record Row(long id, MeetingKind kind, String fieldName, int year, Integer quarter, LocalDate plannedOn,
                      LocalDate heldOn, String title, MeetingStatus status, String agencyName) {
    }

    public record Page<T>(List<T> items, long total, int page, int size) {
    }

    public record Attendee(long expertId, String name, boolean present) {
    }

    public record Detail(Row meeting, String agenda, String minutesNote, boolean hasMinutes, List<Attendee> attendance) {
    }

    public record EvaluationFilter(Integer year, EvaluationGrade grade) {
    }

    public record EvaluationRow(long id, long expertId, String name, String fieldName, int year, EvaluationGrade grade,
                                int dispatches, String reason, String agencyName) {
    }

    public static final ListSort SORT = ListSort.by("m.id")
            .keyNotNull("planned", "计划日期", "m.planned_on").keyNotNull("kind", "类别", "m.kind")
            .key("held", "召开日期", "m.held_on").byDefault("planned", false);
    public static final ListSort EVALUATION_SORT = ListSort.by("v.id")
            .keyNotNull("year", "年度", "v.year").keyNotNull("grade", "等次", "v.grade").key("name", "姓名", "e.name")
            .byDefault("year", false);

    private static final String SELECT = """
            SELECT m.*, f.name AS field_name, a.name AS agency_name FROM exp_meeting m
            LEFT JOIN exp_field f ON f.code = m.field_code
            JOIN org_agency_view a ON a.id = m.agency_id""";
    private static final String EVALUATIONS = """
            SELECT v.*, e.name, f.name AS field_name, a.name AS agency_name FROM exp_evaluation v
            JOIN exp_expert e ON e.id = v.expert_id
            JOIN exp_field f ON f.code = e.field_code
            JOIN org_agency_view a ON a.id = v.agency_id""";

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    public Page<Row> list(Actor actor, Filter filter, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, filter, params);
        long total = jdbc.sql("SELECT count(*) FROM exp_meeting m" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Page<>(jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params).query(MeetingQueries::row).list(),
                total, slice.page(), size);
    }

    public void each(Actor actor, Filter filter, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, filter, params);
        try (Stream<Row> rows = export.sql(SELECT + where + sort.orderBy()).params(params).query(MeetingQueries::row).stream()) {
            rows.forEach(sink);
        }
    }

    public Detail get(Actor actor, long id) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("id", id);
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        return jdbc.sql(SELECT + " WHERE m.id = :id AND" + ScopeSql.condition("m.scope_path")).params(params)
                .query((rs, n) -> new Detail(row(rs, n), rs.getString("agenda"), rs.getString("minutes_note"),
                        rs.getObject("minutes_file_id") != null, List.of()))
                .optional()
                .map(d -> new Detail(d.meeting(), d.agenda(), d.minutesNote(), d.hasMinutes(), attendance(d.meeting())))
                .orElseThrow(() -> BusinessException.notFound(Meetings.WHAT));
    }

    /** A held meeting: who was present and absent; a planned one: the experts whose attendance it will record. */
    private List<Attendee> attendance(Row m) {
        if (m.status() == MeetingStatus.HELD) {
            return jdbc.sql("""
                    SELECT e.id, e.name, t.present FROM exp_meeting_attendance t JOIN exp_expert e ON e.id = t.expert_id
                    WHERE t.meeting_id = :id ORDER BY t.present DESC, e.name, e.id""")
                    .param("id", m.id()).query((rs, n) -> new Attendee(rs.getLong(1), rs.getString(2), rs.getBoolean(3))).list();
        }
        return jdbc.sql("""
                SELECT e.id, e.name FROM exp_expert e JOIN exp_meeting m ON m.agency_id = e.agency_id
                WHERE m.id = :id AND e.status = 'ACTIVE' AND (m.field_code IS NULL OR e.field_code = m.field_code)
                ORDER BY e.name, e.id""")
                .param("id", m.id()).query((rs, n) -> new Attendee(rs.getLong(1), rs.getString(2), false)).list();
    }

    public Page<EvaluationRow> evaluations(Actor actor, EvaluationFilter filter, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = evaluationWhere(actor, filter, params);
        long total = jdbc.sql("SELECT count(*) FROM exp_evaluation v" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Page<>(jdbc.sql(EVALUATIONS + where + sort.orderBy() + slice.window()).params(params)
                .query(MeetingQueries::evaluation).list(), total, slice.page(), size);
    }

    public void eachEvaluation(Actor actor, EvaluationFilter filter, ListSort.Sort sort, Consumer<EvaluationRow> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = evaluationWhere(actor, filter, params);
        try (Stream<EvaluationRow> rows = export.sql(EVALUATIONS + where + sort.orderBy()).params(params)
                .query(MeetingQueries::evaluation).stream()) {
            rows.forEach(sink);
        }
    }

    /** The filters of the meetings list as the page and the export parse them (400 on a bad value). */
    public static Filter filter(Map<String, String> q) {
        return new Filter(Params.optionalInteger("年度", q.get("year")),
                Params.choice(MeetingKind.class, "会议类别", q.get("kind"), MeetingKind::label));
    }

    public static EvaluationFilter evaluationFilter(Map<String, String> q) {
        return new EvaluationFilter(Params.optionalInteger("年度", q.get("year")),
                Params.choice(EvaluationGrade.class, "考核等次", q.get("grade"), EvaluationGrade::label));
    }

    private static String where(Actor actor, Filter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" WHERE").append(ScopeSql.condition("m.scope_path"));
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        if (f.year() != null) {
            w.append(" AND m.year = :year");
            params.put("year", f.year());
        }
        if (f.kind() != null) {
            w.append(" AND m.kind = :kind");
            params.put("kind", f.kind().name());
        }
        return w.toString();
    }

    private static String evaluationWhere(Actor actor, EvaluationFilter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" WHERE").append(ScopeSql.condition("v.scope_path"));
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        if (f.year() != null) {
            w.append(" AND v.year = :year");
            params.put("year", f.year());
        }
        if (f.grade() != null) {
            w.append(" AND v.grade = :grade");
            params.put("grade", f.grade().name());
        }
        return w.toString();
    }

    static Row row(ResultSet rs, int n) throws SQLException {
        java.sql.Date held = rs.getDate("held_on");
        return new Row(rs.getLong("id"), MeetingKind.valueOf(rs.getString("kind")), rs.getString("field_name"), rs.getInt("year"),
                (Integer) rs.getObject("quarter"), rs.getDate("planned_on").toLocalDate(), held == null ? null : held.toLocalDate(),
                rs.getString("title"), MeetingStatus.valueOf(rs.getString("status")), rs.getString("agency_name"));
    }

    static EvaluationRow evaluation(ResultSet rs, int n) throws SQLException {
        return new EvaluationRow(rs.getLong("id"), rs.getLong("expert_id"), rs.getString("name"), rs.getString("field_name"),
                rs.getInt("year"), EvaluationGrade.valueOf(rs.getString("grade")), rs.getInt("dispatches"), rs.getString("reason"),
                rs.getString("agency_name"));
    }
}
