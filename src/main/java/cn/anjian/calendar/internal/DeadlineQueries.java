package cn.anjian.calendar.internal;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Period;
import cn.anjian.calendar.PeriodKind;
import cn.anjian.kernel.Scope;
import cn.anjian.kernel.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Scoped deadline lists (CAL-06, ORG-03): the scope is a condition of the query itself. */
@Component
@RequiredArgsConstructor
public class DeadlineQueries {

    public static final int PAGE_SIZE = 20;

    private final JdbcClient jdbc;

    /**
     * @param states   states to include (empty: OPEN and OVERDUE)
     * @param dueFrom  first due date (inclusive) or null
     * @param dueTo    last due date (inclusive) or null
     */
    public record Filter(List<DeadlineState> states, String ruleId, Long unitId, Long jurisdictionId,
                         LocalDate dueFrom, LocalDate dueTo) {
    }

    public record Page(List<DeadlineView> items, int page, long total, int pageSize) {
        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }

        public boolean hasNext() {
            return page + 1 < pages();
        }
    }

    public Page list(Scope scope, Filter f, int page, int pageSize) {
        StringBuilder where = new StringBuilder(" where scope_path like :scope");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("scope", scope.pattern());
        List<DeadlineState> states = f.states() == null || f.states().isEmpty()
                ? List.of(DeadlineState.OPEN, DeadlineState.OVERDUE) : f.states();
        where.append(" and state in (:states)");
        params.put("states", states.stream().map(Enum::name).toList());
        if (f.ruleId() != null && !f.ruleId().isBlank()) {
            where.append(" and rule_id = :rule");
            params.put("rule", f.ruleId().strip());
        }
        if (f.unitId() != null) {
            where.append(" and owner_unit_id = :unit");
            params.put("unit", f.unitId());
        }
        if (f.jurisdictionId() != null) {
            where.append(" and jurisdiction_id = :jur");
            params.put("jur", f.jurisdictionId());
        }
        if (f.dueFrom() != null) {
            where.append(" and due_date >= :df");
            params.put("df", f.dueFrom());
        }
        if (f.dueTo() != null) {
            where.append(" and due_date <= :dt");
            params.put("dt", f.dueTo());
        }
        long total = jdbc.sql("select count(*) from cal_deadline" + where).params(params).query(Long.class).single();
        List<DeadlineView> items = jdbc.sql("select * from cal_deadline" + where
                        + " order by (state = 'OVERDUE') desc, due_at, id limit :limit offset :offset")
                .params(params).param("limit", pageSize).param("offset", (long) page * pageSize)
                .query((rs, n) -> map(rs)).list();
        return new Page(items, page, total, pageSize);
    }

    /** Overdue deadlines in scope, most overdue first. */
    public List<DeadlineView> overdue(Scope scope, int limit) {
        return jdbc.sql("select * from cal_deadline where scope_path like :scope and state = 'OVERDUE' order by due_at, id limit :limit")
                .param("scope", scope.pattern()).param("limit", limit).query((rs, n) -> map(rs)).list();
    }

    public long overdueCount(Scope scope) {
        return jdbc.sql("select count(*) from cal_deadline where scope_path like :scope and state = 'OVERDUE'")
                .param("scope", scope.pattern()).query(Long.class).single();
    }

    /** Open or overdue deadlines owned by the user or, when given, their unit — within their scope. */
    public List<DeadlineView> mine(Scope scope, long userId, Long unitId, int limit) {
        return jdbc.sql("""
                select * from cal_deadline where scope_path like :scope and state in ('OPEN', 'OVERDUE')
                  and (owner_user_id = :user or (cast(:unit as bigint) is not null and owner_unit_id = :unit))
                order by due_at, id limit :limit""")
                .param("scope", scope.pattern()).param("user", userId).param("unit", unitId, java.sql.Types.BIGINT)
                .param("limit", limit).query((rs, n) -> map(rs)).list();
    }

    static DeadlineView map(ResultSet rs) throws SQLException {
        return new DeadlineView(new DeadlineId(rs.getLong("id")), rs.getString("subject_type"), rs.getString("subject_id"),
                rs.getString("rule_id"), (Long) rs.getObject("owner_user_id"), (Long) rs.getObject("owner_unit_id"),
                rs.getLong("jurisdiction_id"), rs.getString("scope_path"),
                new Period(PeriodKind.valueOf(rs.getString("period_kind")), rs.getInt("period_amount")),
                instant(rs, "start_at"), rs.getObject("due_date", LocalDate.class), instant(rs, "due_at"),
                DeadlineState.valueOf(rs.getString("state")), rs.getBoolean("suspended"), rs.getBoolean("was_overdue"),
                instant(rs, "overdue_at"), instant(rs, "met_at"), rs.getString("waive_reason"), rs.getInt("version"),
                rs.getString("title"));
    }

    private static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }

    /** Whole days a deadline is overdue at {@code now} (1 on the day after the due date). */
    public static long daysOverdue(DeadlineView d, Instant now) {
        if (d.dueAt() == null || now.isBefore(d.dueAt())) {
            return 0;
        }
        return now.atZone(Zones.SHANGHAI).toLocalDate().toEpochDay() - d.dueDate().toEpochDay();
    }

}
