package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The cross-case lists of {@code /recordings}: scoped in SQL (ORG-03), classified records left out unless
 * cleared (REC-12). The default order (newest first) is keyset-paginated by id ({@code after}); any other order
 * ({@link #RECORD_SORT}, {@link #ACTIVITY_SORT}) pages by {@code LIMIT}/{@code OFFSET} with id as tiebreaker.
 */
@Component
@RequiredArgsConstructor
public class RecordingQueries {

    /**
     * The record list's sortable columns (issue 12). Every one is NOT NULL (created_at is), so none carries NULLS LAST:
     * the default {@code ORDER BY id DESC NULLS LAST} sorted every record in scope (a sequential scan of rec_record,
     * 120 ms of PostgreSQL per page at 50,000 cases) where {@code id DESC} walks the primary key (issue 20).
     */
    public static final ListSort RECORD_SORT = ListSort.by("id")
            .keyNotNull("time", "时间", "coalesce(captured_start, created_at)").keyNotNull("title", "名称", "title")
            .keyNotNull("stage", "阶段", "stage").keyNotNull("added", "登记顺序", "id")
            .byDefault("added", false);

    /** The activity list's sortable columns (issue 12), all NOT NULL (av_count is a count). */
    public static final ListSort ACTIVITY_SORT = ListSort.by("id")
            .keyNotNull("time", "时间", "started_at").keyNotNull("place", "地点", "place")
            .keyNotNull("av", "音像记录", "av_count").keyNotNull("added", "登记顺序", "id")
            .byDefault("added", false);

    private final JdbcClient jdbc;
    private final ExportJdbc export;
    private final Activities activities;

    /** One page: its rows, the keyset cursor of the next page (default order) and whether more rows follow. */
    public record Slice<T>(List<T> items, Long nextAfter, boolean more) {
    }

    /** Filters of the record list: {@code kind} a TextKind/AvKind name or null; {@code gapsOnly}: REC-06 flagged. */
    public record RecordFilter(String kind, boolean gapsOnly) {
    }

    /** Filters of the activity list: {@code flaggedOnly}: REC-03 missing AV; {@code overdueOnly}: REC-07 upload overdue. */
    public record ActivityFilter(boolean flaggedOnly, boolean overdueOnly) {
    }

    public Slice<RecordView> records(Actor actor, RecordFilter f, ListSort.Sort sort, Long after, int page, int size) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (sort.isDefault() && actor.scope().depth() >= 3) {
            return perPath(actor, f, p, after, size);
        }
        String sql = recordSql(actor, f, p);
        return slice(jdbc, sql, p, sort, after, page, size, RecordingService::mapRecord, RecordView::id);
    }

    /**
     * A county's first (or next) page newest first, merged from a short walk of each of its scope paths on
     * {@code rec_record_scope} (scope_path, id DESC) (issue 20 item 7): the primary key's walk dropped every other county's
     * record on the way (泽州县 at province scale: 8,461 rows and 220 buffers for 21 rows; per path 20 buffers). The same
     * rows in the same order. A city or the province walks the primary key (their records lie near its end; per path
     * would read 100 and 1,800 buffers).
     */
    private Slice<RecordView> perPath(Actor actor, RecordFilter f, Map<String, Object> p, Long after, int size) {
        String conditions = recordConditions(actor, f, p) + (after != null ? " and id < :after" : "");
        if (after != null) {
            p.put("after", after);
        }
        String path = actor.scope().path();
        String lo = "'" + path + "'";
        String hi = "'" + path.substring(0, path.length() - 1) + "0'";   // paths are digits and slashes; '0' follows '/'
        List<RecordView> rows = jdbc.sql("""
                WITH RECURSIVE paths(path) AS (
                  (SELECT scope_path FROM rec_record WHERE scope_path ~>=~ %1$s AND scope_path ~<~ %2$s ORDER BY scope_path USING ~<~ LIMIT 1)
                  UNION ALL
                  SELECT (SELECT x.scope_path FROM rec_record x WHERE x.scope_path ~>~ p.path AND x.scope_path ~<~ %2$s
                          ORDER BY x.scope_path USING ~<~ LIMIT 1)
                  FROM paths p WHERE p.path IS NOT NULL)
                SELECT q.* FROM paths p CROSS JOIN LATERAL (
                  SELECT * FROM rec_record r WHERE r.scope_path = p.path AND\s""".formatted(lo, hi) + conditions
                + " ORDER BY r.id DESC LIMIT " + (size + 1) + ") q WHERE p.path IS NOT NULL ORDER BY q.id DESC LIMIT " + (size + 1))
                .params(p).query(RecordingService::mapRecord).list();
        if (rows.size() > size) {
            List<RecordView> shown = rows.subList(0, size);
            return new Slice<>(shown, shown.get(size - 1).id(), true);
        }
        return new Slice<>(rows, null, false);
    }

    /** Every record of the filter in {@code sort} order, streamed (the Excel export). */
    @Transactional(readOnly = true)
    public void eachRecord(Actor actor, RecordFilter f, ListSort.Sort sort, Consumer<RecordView> sink) {
        Map<String, Object> p = new LinkedHashMap<>();
        try (Stream<RecordView> rows = export.sql(recordSql(actor, f, p) + sort.orderBy()).params(p)
                .query(RecordingService::mapRecord).stream()) {
            rows.forEach(sink);
        }
    }

    public Slice<ActivityView> activities(Actor actor, ActivityFilter f, ListSort.Sort sort, Long after, int page, int size) {
        Map<String, Object> p = new LinkedHashMap<>();
        String sql = activitySql(actor, f, p);
        return slice(jdbc, sql, p, sort, after, page, size, activities::mapActivity, ActivityView::id);
    }

    /** Every activity of the filter in {@code sort} order, streamed (the Excel export). */
    @Transactional(readOnly = true)
    public void eachActivity(Actor actor, ActivityFilter f, ListSort.Sort sort, Consumer<ActivityView> sink) {
        Map<String, Object> p = new LinkedHashMap<>();
        try (Stream<ActivityView> rows = export.sql(activitySql(actor, f, p) + sort.orderBy()).params(p)
                .query(activities::mapActivity).stream()) {
            rows.forEach(sink);
        }
    }

    /** Case files whose REC-08 archive deadline is overdue, in scope. */
    public List<Long> overdueArchives(Actor actor) {
        return jdbc.sql("select case_id from rec_case_file where scope_path like :p and archive_overdue and archived_at is null order by case_id desc limit 100")
                .param("p", actor.scope().pattern()).query(Long.class).list();
    }

    private static String recordSql(Actor actor, RecordFilter f, Map<String, Object> p) {
        return "select * from (" + RecordingService.RECORD_SELECT + " where " + recordConditions(actor, f, p) + ") x where true";
    }

    /** The record list's conditions on rec_record's own columns, the scope first (ORG-03, REC-12). */
    private static String recordConditions(Actor actor, RecordFilter f, Map<String, Object> p) {
        // scope and clearances written in (digits and slashes; enum names): an unfiltered first page has no parameter,
        // so PostgreSQL caches the plan made for this scope (issue 20 item 7)
        StringBuilder sql = new StringBuilder("scope_path like " + actor.scope().patternLiteral() + " and classification in ("
                + String.join(", ", RecordingService.clearances(actor).stream().map(c -> "'" + c + "'").toList())
                + ") and destroyed_at is null");
        if (f.kind() != null) {
            sql.append(" and kind = :kind");
            p.put("kind", f.kind());
        }
        if (f.gapsOnly()) {
            sql.append(" and gap_seconds is not null");
        }
        return sql.toString();
    }

    private static String activitySql(Actor actor, ActivityFilter f, Map<String, Object> p) {
        StringBuilder sql = new StringBuilder("select * from (select a.*, (select count(*) from rec_record r where r.activity_id = a.id"
                + " and r.category = 'AV' and r.destroyed_at is null) as av_count from rec_activity a where a.scope_path like :p");
        p.put("p", actor.scope().pattern());
        if (f.overdueOnly()) {
            sql.append(" and a.upload_overdue");
        }
        sql.append(") x where true");
        if (f.flaggedOnly()) {
            sql.append(" and av_required and ended_at is not null and av_count = 0 and coalesce(exemption_status, '') <> 'ACCEPTED'");
        }
        return sql.toString();
    }

    /** The default order by keyset ({@code id < after}), any other by offset; one row more than the page tells "more". */
    private static <T> Slice<T> slice(JdbcClient jdbc, String sql, Map<String, Object> p, ListSort.Sort sort, Long after,
                                      int page, int size, org.springframework.jdbc.core.RowMapper<T> mapper,
                                      java.util.function.ToLongFunction<T> id) {
        String window;
        if (sort.isDefault()) {
            if (after != null) {
                sql += " and id < :after";
                p.put("after", after);
            }
            window = " limit " + (size + 1);
        } else {
            window = " limit " + (size + 1) + " offset " + (long) page * size;
        }
        List<T> rows = jdbc.sql(sql + sort.orderBy() + window).params(p).query(mapper).list();
        if (rows.size() > size) {
            List<T> shown = rows.subList(0, size);
            return new Slice<>(shown, id.applyAsLong(shown.get(size - 1)), true);
        }
        return new Slice<>(rows, null, false);
    }
}
