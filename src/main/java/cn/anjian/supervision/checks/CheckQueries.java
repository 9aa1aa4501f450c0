package cn.anjian.supervision.checks;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** COR-01: the checks in the actor's scope (list kit) and one check with its findings. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class CheckQueries {

    public record Filter(String q, CheckTiming timing, CheckExtent extent) {
        public static Filter none() {
            return new Filter(null, null, null);
        }
    }

    public record Row(long id, String title, String agencyName, String checkedAgencyName, String checkedUnit,
                      CheckTiming timing, CheckExtent extent, List<CheckMethod> methods, LocalDate periodFrom,
                      LocalDate periodTo, String team, long findings, long problems, Instant createdAt, String createdBy) {
        public String methodLabels() {
            return String.join("、", methods.stream().map(CheckMethod::label).toList());
        }
    }

    public record Result(List<Row> items, long total, int page, int size) {
    }

    public static final ListSort SORT = ListSort.by("c.id")
            .keyNotNull("period", "检查期间", "c.period_from").keyNotNull("title", "检查名称", "c.title")
            .keyNotNull("agency", "被检查单位", "ca.name").keyNotNull("recorded", "登记顺序", "c.id")
            .byDefault("recorded", false);

    private static final String SELECT = """
            SELECT c.id, c.title, a.name AS agency_name, ca.name AS checked_name, c.checked_unit, c.timing, c.extent, c.methods,
                   c.period_from, c.period_to, c.team, c.created_at, c.created_by,
                   (SELECT count(*) FROM sup_finding f WHERE f.check_id = c.id) AS findings,
                   (SELECT count(*) FROM sup_finding f WHERE f.check_id = c.id AND f.problem) AS problems
            FROM sup_check c
            JOIN org_agency_view a ON a.id = c.agency_id
            JOIN org_agency_view ca ON ca.id = c.checked_agency_id""";

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    public Result list(Actor actor, Filter filter, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, filter, params);
        long total = jdbc.sql("SELECT count(*) FROM sup_check c JOIN org_agency_view ca ON ca.id = c.checked_agency_id" + where)
                .params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result(jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params).query(CheckQueries::map).list(),
                total, slice.page(), size);
    }

    public void each(Actor actor, Filter filter, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, filter, params);
        try (Stream<Row> rows = export.sql(SELECT + where + sort.orderBy()).params(params).query(CheckQueries::map).stream()) {
            rows.forEach(sink);
        }
    }

    public Row get(Actor actor, long id) {
        Row r = jdbc.sql(SELECT + " WHERE c.id = :id AND" + ScopeSql.condition("c.scope_path")).param("id", id)
                .param(ScopeSql.PARAM, actor.scope().pattern()).query(CheckQueries::map).optional()
                .orElseThrow(() -> BusinessException.notFound(SupervisionChecks.WHAT));
        return r;
    }

    private static String where(Actor actor, Filter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" WHERE" + ScopeSql.condition("c.scope_path"));
        params.put(ScopeSql.PARAM, actor == null ? "/" : actor.scope().pattern());
        if (f.q() != null && !f.q().isBlank()) {
            w.append(" AND (c.title LIKE :q ESCAPE '\\' OR ca.name LIKE :q ESCAPE '\\')");
            params.put("q", Like.contains(f.q().strip()));
        }
        if (f.timing() != null) {
            w.append(" AND c.timing = :timing");
            params.put("timing", f.timing().name());
        }
        if (f.extent() != null) {
            w.append(" AND c.extent = :extent");
            params.put("extent", f.extent().name());
        }
        return w.toString();
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        List<CheckMethod> methods = Arrays.stream(rs.getString("methods").split(",")).filter(s -> !s.isBlank())
                .map(CheckMethod::valueOf).toList();
        return new Row(rs.getLong("id"), rs.getString("title"), rs.getString("agency_name"), rs.getString("checked_name"),
                rs.getString("checked_unit"), CheckTiming.valueOf(rs.getString("timing")), CheckExtent.valueOf(rs.getString("extent")),
                methods, rs.getDate("period_from").toLocalDate(), rs.getDate("period_to").toLocalDate(), rs.getString("team"),
                rs.getLong("findings"), rs.getLong("problems"), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"));
    }
}
