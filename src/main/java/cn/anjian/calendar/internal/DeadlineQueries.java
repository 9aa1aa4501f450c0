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
import cn.anjian.kernel.Actor;
import cn.anjian.calendar.DeadlineKind;
import java.util.function.Consumer;
import java.util.stream.Stream;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListCount;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSlice;
import cn.anjian.kernel.Zones;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Scoped deadline lists (CAL-06, ORG-03): the scope is a condition of the query itself. */
@Component
@RequiredArgsConstructor
public class DeadlineQueries {

    /** Reads the jurisdiction's deadlines; without it an actor reads only the deadlines he owns or that are kept for him. */
    public static final String READ_SCOPE = "deadline:read-scope";

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    /**
     * The deadline list's sortable columns (issue 12, the one list kit): by default the overdue first, then the
     * nearest due date ({@code urgency}); or by due date, start or kind alone.
     */
    public static final ListSort SORT = ListSort.by("id")
            .keyNotNull("urgency", "紧迫程度", "(state = 'OVERDUE') desc, due_at").keyNotNull("due", "届满", "due_at")
            .keyNotNull("start", "起算", "start_at").keyNotNull("kind", "类别", "rule_id")
            .byDefault("urgency", true);

    /**
     * @param states   states to include (empty: OPEN and OVERDUE)
     * @param ruleId   one rule (API) or null
     * @param kind     one labelled kind (pages) or null; {@link DeadlineKind#OTHER} means rules not listed
     * @param dueFrom  first due date (inclusive) or null
     * @param dueTo    last due date (inclusive) or null
     * @param sort     the order ({@link #SORT}), null for its default
     */
    public record Filter(List<DeadlineState> states, String ruleId, DeadlineKind kind, Long unitId, Long jurisdictionId,
                         LocalDate dueFrom, LocalDate dueTo, ListSort.Sort sort) {
        public Filter(List<DeadlineState> states, String ruleId, Long unitId, Long jurisdictionId,
                      LocalDate dueFrom, LocalDate dueTo) {
            this(states, ruleId, null, unitId, jurisdictionId, dueFrom, dueTo, null);
        }
    }

    /** {@code totalCapped}: more than {@code total} rows match ({@link ListCount#CAPPED}, the API). */
    public record Page(List<DeadlineView> items, int page, long total, int pageSize, boolean totalCapped) {
        public Page(List<DeadlineView> items, int page, long total, int pageSize) {
            this(items, page, total, pageSize, false);
        }

        public int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }

        /** A capped count ends nowhere: there is a next page while this one is full. */
        public boolean hasNext() {
            return totalCapped ? items.size() == pageSize : page + 1 < pages();
        }
    }

    /**
     * Issue 12 defect 2, ORG-03: which deadlines an actor may read, as a condition of every query. Staff with
     * {@link #READ_SCOPE} read their jurisdiction's; external roles (social supervisors, technical inspectors,
     * experts, mine commissioners) only those they own or that are kept for them (their tasks, their answers).
     */
    static String audience(Actor actor, Map<String, Object> params) {
        // the scope written in (Scope#patternLiteral): a staff list's default page has no parameter, one cached plan per scope
        String scope = " scope_path like " + actor.scope().patternLiteral();
        if (actor.hasPermission(READ_SCOPE)) {
            return scope;
        }
        params.put("me", actor.userId());
        return scope + " and (owner_user_id = :me or party_user_id = :me)";
    }

    /** Whether the actor may read this deadline (the same rule as {@link #audience}). */
    boolean visible(Actor actor, long id) {
        Map<String, Object> params = new LinkedHashMap<>();
        String who = audience(actor, params);
        return jdbc.sql("select count(*) from cal_deadline where id = :id and" + who).params(params).param("id", id)
                .query(Long.class).single() > 0;
    }

    /** No filter: the live deadlines (the states OPEN and OVERDUE) of the actor's audience. */
    private static final Filter UNFILTERED = new Filter(List.of(), null, null, null, null, null, null, null);

    public Page list(Actor actor, Filter f, int page, int pageSize) {
        return list(actor, f, page, pageSize, ListCount.EXACT);
    }

    /**
     * A page, its rows' ids first (V24_15: the live deadlines in the default order, with their scope, read from the index
     * alone), then those rows; the same rows in the same order as one query would give.
     */
    public Page list(Actor actor, Filter f, int page, int pageSize, ListCount count) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, f, params);
        // unfiltered (the jurisdiction's live deadlines): the scope's count from cal_deadline_scope_count (V24_11, kept by
        // triggers), not up to 1,001 live deadlines counted; the page and its count in one statement (ListCount.pageCounted)
        String counted = where.equals(where(actor, UNFILTERED, new LinkedHashMap<>())) && actor.hasPermission(READ_SCOPE)
                ? "select coalesce(sum(n), 0) from cal_deadline_scope_count where prefix = " + actor.scope().pathLiteral()
                : count.sql("from cal_deadline" + where);
        ListCount.Counted<DeadlineView> c = count.pageCounted(jdbc, counted, params, page, pageSize, true,
                (slice, countColumn) -> "select " + COLUMNS + countColumn + " from cal_deadline where id in ("
                        + ids(actor, f, where, slice) + slice.window() + ")" + order(f), (rs, n) -> map(rs));
        return new Page(c.items(), c.slice().page(), c.total(), pageSize, c.capped());
    }

    /**
     * The page's ids in the list's order. A county's (a path below the city) live deadlines: in the default order, merged
     * from one walk per scope path of V24_12's index (scope, urgency, due time, id), each stopping at the page's end (泽州县,
     * 617 live on one path: 11 index buffers, no sort of the scope); in the other orders of state and due time (or with a
     * filter the index does not hold), the scope's entries first (OFFSET 0 keeps PostgreSQL from pulling the subquery up)
     * and a top-N sort, as the province's urgency walk dropped every other county's entries (7,906 of 7,926). Same
     * conditions and order (id the tiebreaker), so the same ids.
     */
    private static String ids(Actor actor, Filter f, String where, PageSlice slice) {
        ListSort.Sort sort = f.sort() == null ? SORT.defaults() : f.sort();
        boolean county = actor.scope().depth() >= 3;
        if (county && perPath(actor, f, sort)) {
            return perPathIds(actor, f, where, sort, (long) slice.page() * slice.size() + slice.size());
        }
        if (county && ("urgency".equals(sort.field()) || "due".equals(sort.field()))) {
            return "select id from (select id, state, due_at from cal_deadline" + where + " offset 0) s" + order(f);
        }
        return "select id from cal_deadline" + where + order(f);
    }

    /** The default order of the live deadlines (or the overdue or open alone) of the jurisdiction: V24_12's index holds it. */
    private static boolean perPath(Actor actor, Filter f, ListSort.Sort sort) {
        return sort.isDefault() && actor.hasPermission(READ_SCOPE) && (f.ruleId() == null || f.ruleId().isBlank())
                && f.kind() == null && f.unitId() == null && f.jurisdictionId() == null && f.dueFrom() == null
                && f.dueTo() == null && (f.states() == null || LIVE.containsAll(f.states()));
    }

    private static final List<DeadlineState> LIVE = List.of(DeadlineState.OPEN, DeadlineState.OVERDUE);

    /**
     * The scope's paths by a skip scan of V24_12's index (the cases' and enterprises' per-path plan), then per path its
     * first {@code depth} entries in the list's order, merged. The scope as a byte range (paths are digits and slashes;
     * '0' follows '/'), written in as the scope is; the LIKE stays as the ORG-03 condition.
     */
    private static String perPathIds(Actor actor, Filter f, String where, ListSort.Sort sort, long depth) {
        String path = actor.scope().path();
        String lo = "'" + path + "'";
        String hi = "'" + path.substring(0, path.length() - 1) + "0'";
        return """
                with recursive paths(path) as (
                  (select scope_path from cal_deadline where scope_path ~>=~ %1$s and scope_path ~<~ %2$s%3$s
                   order by scope_path using ~<~ limit 1)
                  union all
                  select (select x.scope_path from cal_deadline x where x.scope_path ~>~ p.path and x.scope_path ~<~ %2$s%4$s
                          order by x.scope_path using ~<~ limit 1)
                  from paths p where p.path is not null)
                select q.id from paths p cross join lateral (select id, state, due_at from cal_deadline""".formatted(lo, hi,
                states(f, ""), states(f, "x.")) + where + " and scope_path = p.path" + sort.orderBy() + " limit " + depth
                + ") q where p.path is not null" + sort.orderBy();
    }

    /** Every row of the list with these filters, in its order, streamed (the Excel export). */
    @Transactional(readOnly = true)
    public void each(Actor actor, Filter f, Consumer<DeadlineView> row) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(actor, f, params);
        try (Stream<DeadlineView> rows = export.sql("select " + COLUMNS + " from cal_deadline" + where + order(f))
                .params(params).query((rs, n) -> map(rs)).stream()) {
            rows.forEach(row);
        }
    }

    private static String order(Filter f) {
        return (f.sort() == null ? SORT.defaults() : f.sort()).orderBy();
    }

    /** The states condition (empty: the live ones), {@code alias} before the column. */
    private static String states(Filter f, String alias) {
        List<DeadlineState> states = f.states() == null || f.states().isEmpty() ? LIVE : f.states();
        // enum names written in, so a cached plan still proves the live-deadline indexes' predicate (state in (...))
        return " and " + alias + "state in (" + String.join(", ", states.stream().map(st -> "'" + st.name() + "'").toList()) + ")";
    }

    private static String where(Actor actor, Filter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" where").append(audience(actor, params));
        where.append(states(f, ""));
        if (f.ruleId() != null && !f.ruleId().isBlank()) {
            where.append(" and rule_id = :rule");
            params.put("rule", f.ruleId().strip());
        }
        if (f.kind() == DeadlineKind.OTHER) {
            where.append(" and rule_id not in (:known)");
            params.put("known", java.util.Arrays.stream(DeadlineKind.values()).map(DeadlineKind::ruleId)
                    .filter(java.util.Objects::nonNull).toList());
        } else if (f.kind() != null) {
            where.append(" and rule_id = :kindRule");
            params.put("kindRule", f.kind().ruleId());
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
        return where.toString();
    }

    /** Overdue deadlines the actor may read, most overdue first. */
    public List<DeadlineView> overdue(Actor actor, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String who = audience(actor, params);
        return jdbc.sql("select " + COLUMNS + " from cal_deadline where" + who
                        + " and state = 'OVERDUE' order by due_at, id limit :limit")
                .params(params).param("limit", limit).query((rs, n) -> map(rs)).list();
    }

    public long overdueCount(Actor actor) {
        Map<String, Object> params = new LinkedHashMap<>();
        String who = audience(actor, params);
        return jdbc.sql("select count(*) from cal_deadline where" + who + " and state = 'OVERDUE'")
                .params(params).query(Long.class).single();
    }

    /** Overdue deadlines the actor may read, per rule ID (one grouped query; the same audience as {@link #overdueCount}). */
    public Map<String, Long> overdueByRule(Actor actor) {
        Map<String, Object> params = new LinkedHashMap<>();
        String who = audience(actor, params);
        Map<String, Long> counts = new LinkedHashMap<>();
        jdbc.sql("select coalesce(rule_id, ''), count(*) from cal_deadline where" + who + " and state = 'OVERDUE' group by 1 order by 2 desc")
                .params(params).query((rs, n) -> counts.put(rs.getString(1), rs.getLong(2))).list();
        return counts;
    }

    /**
     * Open or overdue deadlines owned by the actor, kept for him, or — for staff — owned by his unit; within
     * what he may read.
     */
    public List<DeadlineView> mine(Actor actor, int limit) {
        Map<String, Object> params = new LinkedHashMap<>();
        String who = audience(actor, params);
        params.put("user", actor.userId());
        boolean unit = actor.unitId() != null && actor.hasPermission(READ_SCOPE);
        if (unit) {
            params.put("unit", actor.unitId());
        }
        return jdbc.sql("select " + COLUMNS + " from cal_deadline where" + who + " and state in ('OPEN', 'OVERDUE')"
                        + " and (owner_user_id = :user or party_user_id = :user" + (unit ? " or owner_unit_id = :unit" : "") + ")"
                        + " order by due_at, id limit :limit")
                .params(params).param("limit", limit).query((rs, n) -> map(rs)).list();
    }

    /**
     * The columns {@link #map} reads, in its order (not {@code *}): every statement that maps a deadline selects them first,
     * so the map reads by position — by name pgjdbc looked each of 21 labels up in a map for every row (issue 20 item 7).
     */
    static final String COLUMNS = "id, subject_type, subject_id, rule_id, owner_user_id, owner_unit_id, jurisdiction_id, scope_path,"
            + " period_kind, period_amount, start_at, due_date, due_at, state, suspended, was_overdue, overdue_at, met_at,"
            + " waive_reason, version, title";

    static DeadlineView map(ResultSet rs) throws SQLException {
        return new DeadlineView(new DeadlineId(rs.getLong(1)), rs.getString(2), rs.getString(3), rs.getString(4),
                (Long) rs.getObject(5), (Long) rs.getObject(6), rs.getLong(7), rs.getString(8),
                new Period(PeriodKind.valueOf(rs.getString(9)), rs.getInt(10)), instant(rs, 11),
                rs.getObject(12, LocalDate.class), instant(rs, 13), DeadlineState.valueOf(rs.getString(14)), rs.getBoolean(15),
                rs.getBoolean(16), instant(rs, 17), instant(rs, 18), rs.getString(19), rs.getInt(20), rs.getString(21));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
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
