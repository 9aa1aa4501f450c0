package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.Cases;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.recording.RetentionReason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The case file as recording sees it (REC-08 archive deadline; what REC-10 retention reads). */
@Component
@RequiredArgsConstructor
class CaseFiles {

    static final int ARCHIVE_WORKING_DAYS = 30;

    private final JdbcClient jdbc;
    private final DossierRepository dossiers;
    private final Cases cases;
    private final Deadlines deadlines;

    RecordingService.CaseFile caseFile(long caseId) {
        List<RecordingService.Flag> flags = jdbc.sql("select * from rec_retention_flag where case_id = :c order by id").param("c", caseId)
                .query((rs, n) -> new RecordingService.Flag(RetentionReason.valueOf(rs.getString("reason")), rs.getString("note"),
                        RecordingService.instant(rs, "flagged_at"), rs.getString("flagged_by"))).list();
        return jdbc.sql("select * from rec_case_file where case_id = :c").param("c", caseId)
                .query((rs, n) -> new RecordingService.CaseFile(caseId, RecordingService.instant(rs, "closed_at"), (Long) rs.getObject("archive_deadline_id"),
                        RecordingService.instant(rs, "archived_at"), rs.getObject("retain_until", LocalDate.class), flags))
                .optional().orElse(new RecordingService.CaseFile(caseId, null, null, null, null, flags));
    }

    List<DeadlineView> deadlinesOf(long caseId) {
        List<DeadlineView> out = new ArrayList<>(deadlines.listFor(RecordingService.ARCHIVE_SUBJECT, String.valueOf(caseId)));
        for (Long a : jdbc.sql("select id from rec_activity where case_id = :c order by id").param("c", caseId).query(Long.class).list()) {
            out.addAll(deadlines.listFor(RecordingService.UPLOAD_SUBJECT, String.valueOf(a)));
        }
        return out;
    }

    List<DeadlineView> deadlines(long caseId, Actor actor) {
        cases.ref(caseId, actor);
        return deadlinesOf(caseId);
    }

    /**
     * REC-08: opens the 30-working-day archive deadline of a closed case, once. When the calendar cannot
     * count yet (the next year's holiday notice is not entered) it keeps the deadline pending and opens
     * it when that year is entered; the closure is never refused for it.
     */
    boolean openArchiveDeadline(CaseRef c) {
        Dossier f = dossiers.findById(c.id()).orElse(null);
        if (f == null || !f.awaitsArchiveDeadline()) {
            return false;
        }
        Instant start = archiveStart(c, f.closedAt());
        DeadlineId d = deadlines.open(new NewDeadline(RecordingService.ARCHIVE_SUBJECT, String.valueOf(c.id()), "REC-08", null, null,
                RecordingService.jurisdictionOf(c.scopePath()), c.scopePath(), Period.workingDays(ARCHIVE_WORKING_DAYS), start,
                "案卷归档：" + c.caseNumber()));
        f.archiveDeadlineOpened(d.value());
        dossiers.save(f);
        return true;
    }

    /**
     * REC-08 (art. 19): an inspection recorded after the closure moves the archive clock's start back.
     * A deadline the calendar still keeps PENDING (no due yet) is replaced by one from the corrected
     * start; an open one stays. One transaction: an already-overdue deadline is marked after commit,
     * when its id is stored here.
     */
    @Transactional
    boolean restartPendingArchiveDeadline(CaseRef c) {
        Dossier f = dossiers.findById(c.id()).orElse(null);
        if (f != null && f.archiveDeadlineId() != null) {
            DeadlineView d = deadlines.find(new DeadlineId(f.archiveDeadlineId())).orElse(null);
            if (d == null || d.state() != DeadlineState.PENDING) {
                return false;
            }
            deadlines.waive(d.id(), "检查结束时间早于结案，归档期限按检查结束时间重新起算");
            f.archiveDeadlineWithdrawn();
            dossiers.save(f);
        }
        return openArchiveDeadline(c);
    }

    /**
     * Art. 19: "自执法检查结束或者结案之日起" — for an inspection case the clock starts when the inspection
     * (its last on-site activity) ended, if that was before the closure; otherwise at the closure.
     */
    Instant archiveStart(CaseRef c, Instant closedAt) {
        if (c.kind() != cn.anjian.enforcement.CaseKind.INSPECTION) {
            return closedAt;
        }
        Instant inspectionEnd = jdbc.sql("select max(ended_at) from rec_activity where case_id = :c").param("c", c.id())
                .query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
        return inspectionEnd != null && inspectionEnd.isBefore(closedAt) ? inspectionEnd : closedAt;
    }

    /** REC-08: the case closed; its archive deadline opens (or stays pending, see {@link #openArchiveDeadline}). */
    void closed(CaseRef c, Instant at) {
        Dossier f = ensure(c);
        f.close(at);
        dossiers.save(f);
        openArchiveDeadline(c);
    }

    /** REC-10: the case was archived; retention starts and the archive deadline is met. */
    void archived(CaseRef c, Instant at, String by) {
        Dossier f = ensure(c);
        f.archive(at, Retention.retainUntil(at.atZone(Zones.SHANGHAI).toLocalDate()), by);
        if (f.archiveDeadlineId() != null) {
            DeadlineId id = new DeadlineId(f.archiveDeadlineId());
            deadlines.find(id).filter(v -> v.state() == DeadlineState.OPEN || v.state() == DeadlineState.OVERDUE)
                    .ifPresent(v -> deadlines.markMet(id, at));
        }
        dossiers.save(f); // publishes the audit entry
    }

    /** The calendar's scan reported an archive deadline overdue: a visible flag on the lists. */
    void archiveOverdue(DeadlineId deadline) {
        for (Dossier f : dossiers.findByArchiveDeadlineId(deadline.value())) {
            f.archiveOverdue();
            dossiers.save(f);
        }
    }

    /** The case file row, created when first needed (concurrently safe). */
    private Dossier ensure(CaseRef c) {
        jdbc.sql("insert into rec_case_file (case_id, scope_path) values (:c, :scope) on conflict (case_id) do nothing")
                .param("c", c.id()).param("scope", c.scopePath()).update();
        return dossiers.findById(c.id()).orElseThrow();
    }
}
