package cn.anjian.mines.assessment;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The department's list of assessments (issue 18 item 5) and the MA-12 roster: grade, completion, and what the grade
 * means for the annual appraisal and rewards (MA-04/MA-05, from the confirmed grades of the two years before).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class AssessmentList {

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    public record Filter(Integer year, Grade grade, String status, String name) {
    }

    public record Row(long id, String name, String agencyName, int year, Grade grade, Grade computedGrade, String status,
                      String completion, Linkage linkage) {

        public boolean overridden() {
            return grade != computedGrade;
        }
    }

    public record Result(List<Row> items, long total, int page, int size) {
    }

    public static final Map<String, String> STATUSES = statuses();

    public static final ListSort SORT = ListSort.by("a.id")
            .keyNotNull("name", "姓名", "c.name").keyNotNull("year", "年度", "a.year").keyNotNull("grade", "考核等次", "a.grade")
            .key("completion", "检查完成率", "(a.done_checks::numeric / nullif(a.required_checks, 0))")
            .byDefault("name", true);

    private static Map<String, String> statuses() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("DRAFT", "待确认");
        m.put("CONFIRMING", "确认审核中");
        m.put("OVERRIDING", "调整等次审批中");
        m.put("CONFIRMED", "已确认");
        return m;
    }

    public Result list(Actor actor, Filter f, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, f, params);
        long total = jdbc.sql("SELECT count(*) FROM mine_assessment a JOIN mine_commissioner c ON c.id = a.commissioner_id" + where)
                .params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result(jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params).query(AssessmentList::map).list(),
                total, slice.page(), size);
    }

    public void each(Actor actor, Filter f, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        try (Stream<Row> rows = export.sql(SELECT + where(actor, f, params) + sort.orderBy()).params(params)
                .query(AssessmentList::map).stream()) {
            rows.forEach(sink);
        }
    }

    static final String SELECT = """
            SELECT a.id, c.name, ag.name AS agency_name, a.year, a.grade, a.computed_grade, a.status, a.required_checks,
                   a.done_checks,
                   (SELECT p.grade FROM mine_assessment p WHERE p.commissioner_id = a.commissioner_id AND p.year = a.year - 1
                      AND p.status = 'CONFIRMED') AS last_grade,
                   (SELECT p.grade FROM mine_assessment p WHERE p.commissioner_id = a.commissioner_id AND p.year = a.year - 2
                      AND p.status = 'CONFIRMED') AS before_last
            FROM mine_assessment a JOIN mine_commissioner c ON c.id = a.commissioner_id
            JOIN org_agency_view ag ON ag.id = a.agency_id""";

    private static String where(Actor actor, Filter f, Map<String, Object> params) {
        params.put(ScopeSql.PARAM, actor.scope().pattern());
        StringBuilder w = new StringBuilder(" WHERE" + ScopeSql.condition("a.scope_path"));
        if (f.year() != null) {
            w.append("AND a.year = :year ");
            params.put("year", f.year());
        }
        if (f.grade() != null) {
            w.append("AND a.grade = :grade ");
            params.put("grade", f.grade().name());
        }
        if (f.status() != null) {
            w.append("AND a.status = :status ");
            params.put("status", f.status());
        }
        if (f.name() != null) {
            w.append("AND c.name LIKE :name ");
            params.put("name", Like.contains(f.name()));
        }
        return w.toString();
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        Grade grade = Grade.valueOf(rs.getString("grade"));
        List<Grade> previous = new ArrayList<>();
        if (rs.getString("last_grade") != null) {
            previous.add(Grade.valueOf(rs.getString("last_grade")));
            if (rs.getString("before_last") != null) {
                previous.add(Grade.valueOf(rs.getString("before_last")));
            }
        }
        WorkRecordFacts.CompletionRate r = new WorkRecordFacts.CompletionRate(rs.getInt("required_checks"), rs.getInt("done_checks"));
        return new Row(rs.getLong("id"), rs.getString("name"), rs.getString("agency_name"), rs.getInt("year"), grade,
                Grade.valueOf(rs.getString("computed_grade")), STATUSES.get(rs.getString("status")),
                AssessmentRules.percent(r) + "%", Linkage.of(grade, previous));
    }
}
