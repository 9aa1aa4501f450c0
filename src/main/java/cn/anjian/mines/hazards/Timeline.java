package cn.anjian.mines.hazards;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The timeline of a hazard, tip or stop-work order as the detail pages show it (who did what, when). */
@Component
@RequiredArgsConstructor
public class Timeline {

    /** One step: {@code actor} is a login name (pages show the person's name). */
    public record Step(Instant at, String actor, String what, String note) {
    }

    public static final String HAZARD = Hazard.SUBJECT;
    public static final String STOP_ORDER = StopWorkOrder.SUBJECT;
    public static final String TIP = IncidentTip.SUBJECT;

    private final JdbcClient jdbc;

    void add(String subjectType, long subjectId, Instant at, String actor, String what, String note) {
        jdbc.sql("""
                        INSERT INTO mine_work_event (subject_type, subject_id, at, actor, what, note)
                        VALUES (:t, :s, :at, :a, :w, :n)""")
                .param("t", subjectType).param("s", subjectId).param("at", Timestamp.from(at)).param("a", actor)
                .param("w", what).param("n", note == null ? "" : note).update();
    }

    /** The steps of a matter the caller has already read in scope. */
    public List<Step> of(String subjectType, long subjectId) {
        return jdbc.sql("""
                        SELECT at, actor, what, note FROM mine_work_event WHERE subject_type = :t AND subject_id = :s
                        ORDER BY at, id""")
                .param("t", subjectType).param("s", subjectId)
                .query((rs, n) -> new Step(rs.getTimestamp(1).toInstant(), rs.getString(2), rs.getString(3),
                        rs.getString(4))).list();
    }

    /** Who was told of an escalated matter (display names; recorded by the escalation). */
    public List<String> told(String subjectType, long subjectId) {
        return jdbc.sql("""
                        SELECT u.display_name FROM mine_escalation e JOIN iam_user_view u ON u.id = e.user_id
                        WHERE e.subject_type = :t AND e.subject_id = :s ORDER BY e.id""")
                .param("t", subjectType).param("s", subjectId).query(String.class).list();
    }
}
