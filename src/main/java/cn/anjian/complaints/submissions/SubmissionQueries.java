package cn.anjian.complaints.submissions;

import lombok.RequiredArgsConstructor;

import java.sql.Date;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListCount;
import cn.anjian.kernel.ListSort;
import java.util.function.Consumer;
import java.util.stream.Stream;
import cn.anjian.kernel.Scope;
import cn.anjian.org.ScopeSql;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Lists of submissions: a supervisor's own, and staff's scoped list (ORG-03, in SQL). */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class SubmissionQueries {

    static final int PAGE_SIZE = 20;

    private final JdbcClient jdbc;
    private final ExportJdbc export;

    /** One list row; {@code overdue} = not answered and past the due date. */
    record Row(long id, String trackingCode, String channel, String channelLabel, String kind, String kindLabel, String title,
               String enterpriseName, String agencyName, String supervisorName, String status, String statusLabel,
               LocalDate dueDate, boolean overdue, java.time.Instant submittedAt, java.time.Instant answeredAt,
               String submitter) {
    }

    record Filter(SubmissionStatus status, SubmissionKind kind, Boolean overdue, String q, Long supervisorId) {
    }

    /** {@code totalCapped}: more than {@code total} match (a capped count, {@link ListCount#CAPPED}: the API). */
    record Page(List<Row> items, int page, long total, int size, boolean totalCapped) {
        Page(List<Row> items, int page, long total, int size) {
            this(items, page, total, size, false);
        }

        public int pages() {
            return (int) Math.max(1, (total + size - 1) / size);
        }

        /** A capped count ends nowhere: there is a next page while this one is full. */
        public boolean hasNext() {
            return totalCapped ? items.size() == size : (long) (page + 1) * size < total;
        }
    }

    /** The sortable columns of the staff's submission list (issue 12); newest first by default. */
    static final ListSort SORT = ListSort.by("s.id")
            .keyNotNull("submitted", "提交时间", "s.submitted_at").key("due", "答复期限", "s.due_date").keyNotNull("title", "标题", "s.title")
            .key("enterprise", "涉及单位", "s.enterprise_name").keyNotNull("status", "状态", "s.status")
            .keyNotNull("received", "登记顺序", "s.id").byDefault("received", false);

    private static final String COLUMNS = """
            SELECT s.id, s.tracking_code, s.channel, s.kind, s.title, s.enterprise_name, a.name AS agency_name,
                   sv.name AS supervisor_name, s.anonymous, s.contact_name, s.status, s.due_date, s.submitted_at, s.answered_at""";
    private static final String FROM = """

            FROM cmp_submission s
            JOIN org_agency_view a ON a.id = s.agency_id
            LEFT JOIN per_supervisor_view sv ON sv.id = s.supervisor_id""";
    private static final String SELECT = COLUMNS + FROM;

    /** A supervisor's own submissions (SS-04), filtered and sorted like the staff's list; one statement, no transaction. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    Page forSupervisor(long userId, Filter f, ListSort.Sort sort, int page, int size, LocalDate today) {
        return list("s.submitter_user_id = :me", Map.of("me", userId), f, sort, page, size, today, ListCount.EXACT, null);
    }

    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    Page forStaff(Scope scope, Filter f, int page, LocalDate today) {
        return forStaff(scope, f, SORT.defaults(), page, PAGE_SIZE, today);
    }

    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    Page forStaff(Scope scope, Filter f, ListSort.Sort sort, int page, int size, LocalDate today) {
        return forStaff(scope, f, sort, page, size, today, ListCount.EXACT);
    }

    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    Page forStaff(Scope scope, Filter f, ListSort.Sort sort, int page, int size, LocalDate today, ListCount count) {
        // the scope written in (ScopeSql.inline): PostgreSQL caches one plan per scope instead of planning every page
        // unfiltered: the scope's count from cmp_submission_scope_count (V8_35, kept by triggers), not up to 1,001 rows counted
        return list(ScopeSql.inline("s.scope_path", scope), Map.of(), f, sort, page, size, today, count,
                "SELECT coalesce(sum(n), 0) FROM cmp_submission_scope_count WHERE prefix = " + scope.pathLiteral());
    }

    /** Every submission of the staff's filter in {@code sort} order, streamed (the Excel export). */
    void eachForStaff(Scope scope, Filter f, ListSort.Sort sort, LocalDate today, Consumer<Row> sink) {
        Map<String, Object> p = new LinkedHashMap<>(Map.of(ScopeSql.PARAM, scope.pattern()));
        String where = where(ScopeSql.condition("s.scope_path"), p, f, today);
        try (Stream<Row> rows = export.sql(SELECT + where + sort.orderBy()).params(p).query((rs, n) -> row(rs, today)).stream()) {
            rows.forEach(sink);
        }
    }

    private Page list(String base, Map<String, ?> baseParams, Filter f, ListSort.Sort sort, int page, int size, LocalDate today,
                      ListCount count, String baseCount) {
        Map<String, Object> p = new LinkedHashMap<>(baseParams);
        String where = where(base, p, f, today);
        String counted = baseCount != null && where.equals(" WHERE " + base) ? baseCount : count.sql("FROM cmp_submission s" + where);
        // the page's ids first: from the scope's index alone (cmp_submission_scope), not a walk of every submission's row;
        // the page and its count in one statement (ListCount.page)
        ListCount.Counted<Row> c = count.pageCounted(jdbc, counted, p, page, size, true,
                (slice, countColumn) -> COLUMNS + countColumn + FROM + " WHERE s.id IN (SELECT s.id FROM cmp_submission s" + where
                        + sort.orderBy() + slice.window() + ")" + sort.orderBy(), (rs, n) -> row(rs, today));
        return new Page(c.items(), c.slice().page(), c.total(), size, c.capped());
    }

    private static String where(String base, Map<String, Object> p, Filter f, LocalDate today) {
        StringBuilder where = new StringBuilder(" WHERE ").append(base);
        if (f.status() != null) {
            where.append(" AND s.status = :status");
            p.put("status", f.status().name());
        }
        if (f.kind() != null) {
            where.append(" AND s.kind = :kind");
            p.put("kind", f.kind().name());
        }
        if (Boolean.TRUE.equals(f.overdue())) {
            where.append(" AND s.status IN ('SUBMITTED', 'ACCEPTED') AND s.due_date < :today");
            p.put("today", Date.valueOf(today));
        }
        if (f.supervisorId() != null) {
            where.append(" AND s.supervisor_id = :sup");
            p.put("sup", f.supervisorId());
        }
        if (f.q() != null && !f.q().isBlank()) {
            where.append(" AND (s.title LIKE :q ESCAPE '\\' OR s.enterprise_name LIKE :q ESCAPE '\\' OR s.tracking_code = :code)");
            String esc = Like.escape(f.q().strip());
            p.put("q", "%" + esc + "%");
            p.put("code", f.q().strip());
        }
        return where.toString();
    }

    /**
     * A row; {@code overdue} here, as the filter's {@code status IN ('SUBMITTED', 'ACCEPTED') AND due_date < :today}: the
     * unfiltered page's statement then has no parameter, so PostgreSQL keeps its plan (issue 20 item 7).
     */
    private static Row row(java.sql.ResultSet rs, LocalDate today) throws java.sql.SQLException {
        SubmissionKind k = SubmissionKind.valueOf(rs.getString("kind"));
        SubmissionStatus st = SubmissionStatus.valueOf(rs.getString("status"));
        Date due = rs.getDate("due_date");
        java.sql.Timestamp ans = rs.getTimestamp("answered_at");
        boolean overdue = (st == SubmissionStatus.SUBMITTED || st == SubmissionStatus.ACCEPTED) && due != null
                && due.toLocalDate().isBefore(today);
        Channel ch = Channel.valueOf(rs.getString("channel"));
        return new Row(rs.getLong("id"), rs.getString("tracking_code"), ch.name(), ch.label(), k.name(),
                k.label(), rs.getString("title"), rs.getString("enterprise_name"), rs.getString("agency_name"),
                rs.getString("supervisor_name"), st.name(), st.label(), due == null ? null : due.toLocalDate(),
                overdue, rs.getTimestamp("submitted_at").toInstant(),
                ans == null ? null : ans.toInstant(), submitter(rs.getBoolean("anonymous"), rs.getString("contact_name")));
    }

    /** CAP-08: lists and exports show a public submitter only masked (the handler sees the name on the detail page). */
    static String submitter(boolean anonymous, String contactName) {
        if (anonymous) {
            return "匿名";
        }
        return contactName == null ? null : cn.anjian.kernel.Masking.name(contactName);
    }

    /** A person's display name by account id (iam_user_view), never the login. */
    String userName(Long userId) {
        if (userId == null) {
            return null;
        }
        return jdbc.sql("SELECT display_name FROM iam_user_view WHERE id = :id")
                .param("id", userId).query(String.class).optional().orElse(null);
    }

    String supervisorName(Long supervisorId) {
        if (supervisorId == null) {
            return null;
        }
        return jdbc.sql("SELECT name FROM per_supervisor_view WHERE id = :id")
                .param("id", supervisorId).query(String.class).optional().orElse(null);
    }
}
