package cn.anjian.supervision.checks;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** COR-02: correction orders in the actor's scope with their due date and whether the calendar flagged them overdue. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class OrderQueries {

    public record Filter(OrderStatus status, CorrectionKind kind, Long checkId) {
        public static Filter none() {
            return new Filter(null, null, null);
        }
    }

    public record Row(long id, long checkId, String checkTitle, String agencyName, String targetAgencyName,
                      long targetAgencyId, long agencyId, SupervisionArea area, String finding, CorrectionKind kind,
                      String requirement, Long caseId, String caseNumber, OrderStatus status, Long deadlineId,
                      String report, String verification, int reopened, Instant issuedAt, String issuedBy,
                      String submittedBy, LocalDate dueDate, boolean overdue) {
        Row withDue(DeadlineView d) {
            return d == null ? this : new Row(id, checkId, checkTitle, agencyName, targetAgencyName, targetAgencyId, agencyId,
                    area, finding, kind, requirement, caseId, caseNumber, status, deadlineId, report, verification, reopened,
                    issuedAt, issuedBy, submittedBy, d.dueDate(), d.state() == DeadlineState.OVERDUE || d.wasOverdue());
        }
    }

    public record Result(List<Row> items, long total, int page, int size) {
    }

    public static final ListSort SORT = ListSort.by("o.id")
            .keyNotNull("issued", "下达时间", "o.issued_at").keyNotNull("status", "状态", "o.status")
            .keyNotNull("agency", "被检查单位", "ta.name").byDefault("issued", false);

    private static final String SELECT = """
            SELECT o.id, o.check_id, c.title AS check_title, a.name AS agency_name, ta.name AS target_name, o.target_agency_id,
                   o.agency_id, f.area, f.description, o.kind, o.requirement, o.case_id, o.case_number, o.status, o.deadline_id,
                   o.report, o.verification, o.reopened, o.issued_at, o.issued_by, o.submitted_by
            FROM sup_order o
            JOIN sup_check c ON c.id = o.check_id
            JOIN sup_finding f ON f.id = o.finding_id
            JOIN org_agency_view a ON a.id = o.agency_id
            JOIN org_agency_view ta ON ta.id = o.target_agency_id""";

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final Deadlines deadlines;

    public Result list(Actor actor, Filter filter, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, filter, params);
        long total = jdbc.sql("SELECT count(*) FROM sup_order o" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        return new Result(withDue(jdbc.sql(SELECT + where + sort.orderBy() + slice.window()).params(params)
                .query(OrderQueries::map).list()), total, slice.page(), size);
    }

    public void each(Actor actor, Filter filter, ListSort.Sort sort, Consumer<Row> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, filter, params);
        try (Stream<Row> rows = export.sql(SELECT + where + sort.orderBy()).params(params).query(OrderQueries::map).stream()) {
            rows.map(r -> r.withDue(r.deadlineId() == null ? null : deadlines.find(new DeadlineId(r.deadlineId())).orElse(null)))
                    .forEach(sink);
        }
    }

    public Row get(Actor actor, long id) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, Filter.none(), params) + " AND o.id = :id";
        params.put("id", id);
        return withDue(jdbc.sql(SELECT + where).params(params).query(OrderQueries::map).list()).stream().findFirst()
                .orElseThrow(() -> BusinessException.notFound(CorrectionOrders.WHAT));
    }

    private List<Row> withDue(List<Row> rows) {
        Map<DeadlineId, DeadlineView> due = deadlines.findAll(rows.stream().map(Row::deadlineId).filter(Objects::nonNull)
                .map(DeadlineId::new).toList());
        return rows.stream().map(r -> r.withDue(r.deadlineId() == null ? null : due.get(new DeadlineId(r.deadlineId())))).toList();
    }

    private static String where(Actor actor, Filter f, Map<String, Object> params) {
        StringBuilder w = new StringBuilder(" WHERE" + ScopeSql.condition("o.scope_path"));
        params.put(ScopeSql.PARAM, actor == null ? "/" : actor.scope().pattern());
        if (f.status() != null) {
            w.append(" AND o.status = :status");
            params.put("status", f.status().name());
        }
        if (f.kind() != null) {
            w.append(" AND o.kind = :kind");
            params.put("kind", f.kind().name());
        }
        if (f.checkId() != null) {
            w.append(" AND o.check_id = :check");
            params.put("check", f.checkId());
        }
        return w.toString();
    }

    static Row map(ResultSet rs, int n) throws SQLException {
        long caseId = rs.getLong("case_id");
        Long caseRef = rs.wasNull() ? null : caseId;
        long deadline = rs.getLong("deadline_id");
        Long deadlineId = rs.wasNull() ? null : deadline;
        return new Row(rs.getLong("id"), rs.getLong("check_id"), rs.getString("check_title"), rs.getString("agency_name"),
                rs.getString("target_name"), rs.getLong("target_agency_id"), rs.getLong("agency_id"),
                SupervisionArea.valueOf(rs.getString("area")), rs.getString("description"),
                CorrectionKind.valueOf(rs.getString("kind")), rs.getString("requirement"), caseRef, rs.getString("case_number"),
                OrderStatus.valueOf(rs.getString("status")), deadlineId, rs.getString("report"), rs.getString("verification"),
                rs.getInt("reopened"), rs.getTimestamp("issued_at").toInstant(), rs.getString("issued_by"),
                rs.getString("submitted_by"), null, false);
    }
}
