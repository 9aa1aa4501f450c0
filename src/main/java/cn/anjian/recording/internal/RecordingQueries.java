package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.kernel.Actor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The cross-case lists of {@code /recordings}: scoped in SQL (ORG-03), classified records left out unless
 * cleared (REC-12), keyset-paginated by id (newest first).
 */
@Component
@RequiredArgsConstructor
public class RecordingQueries {

    public static final int PAGE = 20;

    private final JdbcClient jdbc;
    private final Activities activities;

    public record Slice<T>(List<T> items, Long nextAfter) {
    }

    /** {@code kind} a TextKind/AvKind name or null; {@code gapsOnly}: REC-06 flagged segments. */
    public Slice<RecordView> records(Actor actor, String kind, boolean gapsOnly, Long after) {
        StringBuilder sql = new StringBuilder(RecordingService.RECORD_SELECT
                + " where scope_path like :p and classification in (:cls) and destroyed_at is null");
        if (kind != null) {
            sql.append(" and kind = :kind");
        }
        if (gapsOnly) {
            sql.append(" and gap_seconds is not null");
        }
        if (after != null) {
            sql.append(" and id < :after");
        }
        sql.append(" order by id desc limit ").append(PAGE + 1);
        var q = jdbc.sql(sql.toString()).param("p", actor.scope().pattern()).param("cls", RecordingService.clearances(actor));
        if (kind != null) {
            q = q.param("kind", kind);
        }
        if (after != null) {
            q = q.param("after", after);
        }
        return slice(q.query(RecordingService::mapRecord).list(), RecordView::id);
    }

    /** {@code flaggedOnly}: REC-03 missing AV; {@code overdueOnly}: REC-07 upload overdue. */
    public Slice<ActivityView> activities(Actor actor, boolean flaggedOnly, boolean overdueOnly, Long after) {
        StringBuilder sql = new StringBuilder("select * from (select a.*, (select count(*) from rec_record r where r.activity_id = a.id"
                + " and r.category = 'AV' and r.destroyed_at is null) as av_count from rec_activity a where a.scope_path like :p");
        if (after != null) {
            sql.append(" and a.id < :after");
        }
        if (overdueOnly) {
            sql.append(" and a.upload_overdue");
        }
        sql.append(") x");
        if (flaggedOnly) {
            sql.append(" where av_required and ended_at is not null and av_count = 0 and coalesce(exemption_status, '') <> 'ACCEPTED'");
        }
        sql.append(" order by id desc limit ").append(PAGE + 1);
        var q = jdbc.sql(sql.toString()).param("p", actor.scope().pattern());
        if (after != null) {
            q = q.param("after", after);
        }
        return slice(q.query(activities::mapActivity).list(), ActivityView::id);
    }

    /** Case files whose REC-08 archive deadline is overdue, in scope. */
    public List<Long> overdueArchives(Actor actor) {
        return jdbc.sql("select case_id from rec_case_file where scope_path like :p and archive_overdue and archived_at is null order by case_id desc limit 100")
                .param("p", actor.scope().pattern()).query(Long.class).list();
    }

    private static <T> Slice<T> slice(List<T> rows, java.util.function.ToLongFunction<T> id) {
        if (rows.size() > PAGE) {
            List<T> page = rows.subList(0, PAGE);
            return new Slice<>(page, id.applyAsLong(page.get(PAGE - 1)));
        }
        return new Slice<>(rows, null);
    }
}
