package cn.anjian.legalreview.review;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.Params;
import cn.anjian.legalreview.review.ReviewEnums.Outcome;
import cn.anjian.legalreview.review.ReviewEnums.Status;
import com.fasterxml.jackson.annotation.JsonIgnore;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The legal unit's inbox (LR): reviews in the actor's scope (ORG-03, in SQL), filtered, sorted, paged. */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ReviewQueries {

    public static final int PAGE_SIZE = 20;

    /** One row of the list; {@code dueDate} is the review deadline's (calendar), null while none or pending. */
    public record Row(long id, String caseNumber, String caseTitle, Status status, int round, boolean major, Outcome outcome,
                      Instant submittedAt, String submittedBy, LocalDate dueDate, String opinionNumber, boolean discussed,
                      @JsonIgnore Long deadlineId) {
    }

    /** The list's sortable columns (issue 12, the one list kit): newest submission first by default. */
    public static final ListSort SORT = ListSort.by("r.id")
            .keyNotNull("submitted", "提交时间", "r.submitted_at").key("case", "案号", "r.case_number")
            .keyNotNull("status", "状态", "r.status")
            .byDefault("submitted", false);

    /** The list's filters, parsed with Chinese 400s. */
    public record Filter(Status status, String q, ListSort.Sort sort) {

        public static Filter parse(String status, String q, String sort) {
            return new Filter(Params.choice("LR-FILTER", Status.class, "状态", status, Status::label),
                    Params.text("LR-FILTER", "关键词", q, 100, false), SORT.parse(sort));
        }
    }

    /** Staff see the submitter's name, never the login name (identity's published view). */
    private static final String SUBMITTER =
            "(SELECT u.display_name FROM iam_user_view u WHERE u.username = r.submitted_by) AS submitted_by_name ";

    /**
     * The running deadline's due date (calendar's published view, the same column as {@code DeadlineView.dueDate}), in
     * the list's one statement: no second statement and no transaction for {@code Deadlines.findAll}.
     */
    private static final String DUE = "(SELECT d.due_date FROM cal_deadline_due_view d WHERE d.id = r.deadline_id) AS due_date ";

    /** A login name column's display name (identity's published view), as {@code <column>_name}. */
    private static final String NAME = "(SELECT u.display_name FROM iam_user_view u WHERE u.username = r.%1$s) AS %1$s_name";


    /**
     * The columns {@link #row} reads, not {@code r.*}: a review row carries the application form and the opinions as
     * TEXT, which the list never shows and PostgreSQL would detoast and send for every row (issue 20 item 7).
     */
    private static final String COLUMNS = "SELECT r.id, r.case_number, r.case_title, r.status, r.round, r.major, r.outcome, "
            + "r.submitted_at, r.opinion_number, r.discussion_agreed, r.deadline_id, " + SUBMITTER + ", " + DUE;

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final Deadlines deadlines;
    private final cn.anjian.kernel.CustomPlanJdbc customPlans;

    /** The due date of a review's running deadline (calendar), null when none or pending. */
    public LocalDate due(Long deadlineId) {
        return deadlineId == null ? null : deadlines.find(new DeadlineId(deadlineId)).map(DeadlineView::dueDate).orElse(null);
    }

    public List<Row> page(Actor actor, Filter f, int page) {
        return page(actor, f, page, PAGE_SIZE);
    }

    /** Page {@code page} of {@code size} rows, plus one more when a next page exists. */
    @Transactional(propagation = org.springframework.transaction.annotation.Propagation.SUPPORTS, readOnly = true)
    public List<Row> page(Actor actor, Filter f, int page, int size) {
        // the scope, page and size written in: without a filter the statement has no parameter, so PostgreSQL plans it
        // once per scope and connection for that prefix (lr_review_scope or lr_review_submitted). With a filter's
        // parameters a generic plan would not see the prefix: CustomPlanJdbc plans those for their values every time.
        Map<String, Object> params = new java.util.HashMap<>();
        String window = " LIMIT " + (size + 1) + " OFFSET " + (long) page * size;
        String from = from(actor, f, params);
        String sql = actor.scope().depth() >= 3 && f.sort().isDefault()
                // a county: its reviews' ids from lr_review_scope_submitted alone and the top rows sorted (a few hundred
                // entries), not a walk of the province's submission order that drops every other county's review
                ? COLUMNS + " FROM lr_review r WHERE r.id IN (SELECT r.id FROM (SELECT r.id, r.submitted_at" + from + "OFFSET 0) r"
                        + f.sort().orderBy() + window + ")" + f.sort().orderBy()
                : COLUMNS + from + f.sort().orderBy() + window;
        return (params.isEmpty() ? jdbc.sql(sql) : customPlans.sql(sql).params(params)).query(this::row).list();
    }

    /** Every row for the Excel export, streamed. */
    public void each(Actor actor, Filter f, Consumer<Row> out) {
        Map<String, Object> params = new java.util.HashMap<>();
        try (var rows = export.sql(COLUMNS + from(actor, f, params) + f.sort().orderBy())
                .params(params).query(this::row).stream()) {
            rows.forEach(out);
        }
    }

    /** The list's FROM and WHERE: the scope (ORG-03, written in: {@code Scope#patternLiteral}), then the filter's conditions. */
    private static String from(Actor actor, Filter f, Map<String, Object> params) {
        StringBuilder sql = new StringBuilder(" FROM lr_review r WHERE r.scope_path LIKE ").append(actor.scope().patternLiteral());
        if (f.status() != null) {
            sql.append(" AND r.status = :status");
            params.put("status", f.status().name());
        }
        if (f.q() != null && !f.q().isEmpty()) {
            sql.append(" AND (r.case_title LIKE :like ESCAPE '\\' OR r.case_number LIKE :like ESCAPE '\\')");
            params.put("like", Like.contains(f.q()));
        }
        return sql.append(' ').toString();
    }

    /** A row as read, its due date from {@link #DUE}. */
    Row row(ResultSet rs, int i) throws SQLException {
        java.sql.Timestamp at = rs.getTimestamp("submitted_at");
        String outcome = rs.getString("outcome");
        return new Row(rs.getLong("id"), rs.getString("case_number"), rs.getString("case_title"), Status.valueOf(rs.getString("status")),
                rs.getInt("round"), rs.getBoolean("major"), outcome == null ? null : Outcome.valueOf(outcome), at.toInstant(),
                rs.getString("submitted_by_name"), rs.getObject("due_date", LocalDate.class), rs.getString("opinion_number"),
                Boolean.TRUE.equals(rs.getObject("discussion_agreed", Boolean.class)), rs.getObject("deadline_id", Long.class));
    }

    /** One review in the actor's scope, 404 otherwise. */
    public ReviewView view(Actor actor, long id) {
        java.util.Map<String, Object> r = jdbc.sql("""
                        SELECT r.*, """ + NAME.formatted("submitted_by") + ", " + NAME.formatted("reviewed_by") + ", "
                        + NAME.formatted("opinion_approved_by") + ", " + NAME.formatted("consent_by") + ", "
                        + NAME.formatted("discussion_recorded_by") + """
                         , (SELECT u.name FROM org_unit_view u WHERE u.id = r.undertaking_unit_id) AS undertaking_unit_name
                        FROM lr_review r WHERE r.id = :id AND r.scope_path LIKE :scope""")
                .param("id", id).param("scope", actor.scope().pattern()).query().listOfRows().stream().findFirst()
                .map(java.util.LinkedHashMap::new)
                .orElseThrow(() -> cn.anjian.kernel.BusinessException.notFound("法制审核"));
        r.replaceAll((k, x) -> x instanceof java.sql.Date d ? d.toLocalDate() : x instanceof java.sql.Timestamp t ? t.toInstant() : x);
        r.put("status_label", Status.valueOf((String) r.get("status")).label());
        r.put("route_label", ReviewRoute.valueOf((String) r.get("route")).label());
        r.put("outcome_label", r.get("outcome") == null ? null : Outcome.valueOf((String) r.get("outcome")).label());
        r.put("suspended_label", r.get("suspended_reason") == null ? null
                : ReviewEnums.Suspension.valueOf((String) r.get("suspended_reason")).label());
        var materials = jdbc.sql("SELECT * FROM lr_material WHERE review_id = :id ORDER BY idx").param("id", id)
                .query((rs, i) -> new ReviewView.MaterialView(rs.getString("kind"),
                        ReviewEnums.MaterialKind.valueOf(rs.getString("kind")).label(), rs.getLong("file_id"), rs.getString("title"),
                        rs.getObject("document_id", Long.class)))
                .list();
        var findings = jdbc.sql("SELECT * FROM lr_checkpoint WHERE review_id = :id ORDER BY idx").param("id", id)
                .query((rs, i) -> new ReviewView.FindingView(rs.getString("code"),
                        ReviewEnums.Checkpoint.valueOf(rs.getString("code")).label(), rs.getBoolean("ok"), rs.getString("finding")))
                .list();
        var meetings = jdbc.sql("""
                        SELECT m.*, coalesce((SELECT u.display_name FROM iam_user_view u WHERE u.username = m.recorded_by), '—')
                            AS recorded_by_name
                        FROM lr_meeting m WHERE m.review_id = :id ORDER BY m.idx""").param("id", id)
                .query((rs, i) -> new ReviewView.MeetingView(rs.getString("kind"),
                        ReviewEnums.MeetingKind.valueOf(rs.getString("kind")).label(), rs.getDate("held_on").toLocalDate(),
                        rs.getString("participants"), rs.getString("content"), rs.getString("recorded_by_name"),
                        rs.getObject("file_id", Long.class)))
                .list();
        var timeline = jdbc.sql("""
                        SELECT e.at, e.what, coalesce((SELECT u.display_name FROM iam_user_view u WHERE u.username = e.actor), '—') AS actor
                        FROM lr_event e WHERE e.review_id = :id ORDER BY e.idx""").param("id", id)
                .query((rs, i) -> new ReviewView.EventView(rs.getTimestamp("at").toInstant(), rs.getString("actor"), rs.getString("what")))
                .list();
        return new ReviewView(r, materials, findings, meetings, timeline, due((Long) r.get("deadline_id")));
    }

    /** The reviews of a case in the actor's scope, newest first (for the case's what-if page). */
    public List<Row> forCase(Actor actor, long caseId) {
        return jdbc.sql(COLUMNS + "FROM lr_review r WHERE r.case_id = :c AND r.scope_path LIKE :scope ORDER BY r.id DESC")
                .param("c", caseId).param("scope", actor.scope().pattern()).query(this::row).list();
    }
}
