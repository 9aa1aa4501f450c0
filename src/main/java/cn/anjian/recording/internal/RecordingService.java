package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import cn.anjian.calendar.DeadlineView;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.files.Files;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.recording.Classification;
import cn.anjian.recording.ContentShown;
import cn.anjian.recording.DeviceKind;
import cn.anjian.recording.RetentionReason;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-process records of cases (REC-01..08, REC-10, REC-12): activities ({@link Activities}), text and
 * AV records ({@link Records}), the case file's deadlines and retention ({@link CaseFiles}). Every change
 * is audited in its own transaction; every refusal is a {@link BusinessException} thrown before anything
 * is written.
 */
@Service
@RequiredArgsConstructor
public class RecordingService {

    public static final String UPLOAD_SUBJECT = "rec-activity";
    public static final String ARCHIVE_SUBJECT = "rec-case-file";
    /** Device clocks drift: a capture may end this far "in the future" of the server clock. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);
    static final int ARCHIVE_WORKING_DAYS = CaseFiles.ARCHIVE_WORKING_DAYS;

    private final Activities activities;
    private final Records records;
    private final CaseFiles caseFiles;
    private final RecordRetention retention;
    private final Files files;
    private final AvExemptions exemptions;

    public Duration gapTolerance() {
        return records.gapTolerance();
    }

    // ---------------------------------------------------------------- activities (REC-03, REC-04, REC-07)

    public record NewActivity(String kind, String place, String startedAt, boolean avRequested) {
    }

    @Transactional
    public long openActivity(long caseId, NewActivity a, Actor actor) {
        return activities.openActivity(caseId, a, actor);
    }

    /**
     * Ends an activity and opens its REC-07 upload deadline (for steps that require AV or already have AV):
     * same day, or 24 h after the return to the office for continuous/remote work. Met at once when the AV
     * records are already on file.
     */
    @Transactional
    public void endActivity(long activityId, String endedAt, boolean remoteWork, String returnedAt, Actor actor) {
        activities.endActivity(activityId, endedAt, remoteWork, returnedAt, actor);
    }

    /**
     * REC-04: a mandatory-AV step without AV may carry one of the art. 14 reasons; (一)(二) clear its flag at once,
     * (三) once the unit head approved it (a workflow flow started here, decided by someone else).
     */
    @Transactional
    public void exempt(long activityId, String reason, String note, Actor actor) {
        exemptions.exempt(activityId, reason, note, actor);
    }

    public ActivityView activity(long id, Actor actor) {
        return activities.activity(id, actor);
    }

    public List<ActivityView> activitiesOf(long caseId, Actor actor) {
        return activities.activitiesOf(caseId, actor);
    }

    /** Whether any of these cases has an activity on file (the demo loader runs once). */
    boolean anyActivity(List<Long> caseIds) {
        return activities.anyActivity(caseIds);
    }

    // ---------------------------------------------------------------- records (REC-01, REC-05, REC-06, REC-12)

    /**
     * Files a record whose bytes are already in the file store ({@code file}, found in the actor's scope).
     * REC-06: an AV record captured after its activity ended is refused; gaps in its session are flagged.
     */
    @Transactional
    public RecordView addRecord(RecordInput in, StoredFile file, Actor actor) {
        return records.addRecord(in, file, actor);
    }

    /**
     * Issue 12 defect 5: a new record's metadata and its file's name and size, checked before the file is sent;
     * the same refusals as {@link #addRecord}, nothing stored. {@code fileName} null: the file is already stored.
     */
    public void precheck(RecordInput in, String fileName, long fileSize, Actor actor) {
        if (fileName != null) {
            files.precheck(fileName, fileSize);
        }
        records.precheck(in, actor);
    }

    /** A record in scope and cleared for the actor (REC-12); 404 otherwise, so classified ids cannot be probed. */
    public RecordView record(long id, Actor actor) {
        return records.record(id, actor);
    }

    public List<RecordView> recordsOf(long caseId, Actor actor) {
        return records.recordsOf(caseId, actor);
    }

    static final String STAGE_ORDER = "array_position(array['INITIATION','INVESTIGATION','DECISION','SERVICE','EXECUTION','CLOSURE','ARCHIVED']::varchar[], stage)";

    /** The bytes of a record, re-verified while streaming (REC-09 via the file store). */
    public StoredFile fileOf(RecordView r, Actor actor) {
        if (r.destroyed()) {
            throw new BusinessException("REC-10-DESTROYED", "该记录已于保存期满后销毁，不再提供");
        }
        if (r.fileId() == null) {
            throw BusinessException.notFound("该记录的电子文件");
        }
        return files.find(r.fileId(), actor);
    }

    public void copyVerified(StoredFile f, java.io.OutputStream out) {
        files.copyVerified(f, out);
    }

    public void copyRange(StoredFile f, long first, long last, java.io.OutputStream out) {
        files.copyRange(f, first, last, out);
    }

    static List<String> clearances(Actor actor) {
        List<String> allowed = new ArrayList<>();
        for (Classification c : Classification.values()) {
            if (cleared(actor, c)) {
                allowed.add(c.name());
            }
        }
        return allowed;
    }

    static boolean cleared(Actor actor, Classification c) {
        return c.clearance() == null || actor.hasPermission(c.clearance());
    }

    static final String RECORD_SELECT = "select * from rec_record";

    static RecordView mapRecord(ResultSet rs, int n) throws SQLException {
        Array officers = rs.getArray("officer_ids");
        List<Long> ids = officers == null ? List.of() : Arrays.stream((Object[]) officers.getArray()).map(o -> ((Number) o).longValue()).toList();
        String shown = rs.getString("content_shown");
        Set<ContentShown> cs = EnumSet.noneOf(ContentShown.class);
        if (shown != null && !shown.isBlank()) {
            for (String s : shown.split(",")) {
                cs.add(ContentShown.valueOf(s));
            }
        }
        String dk = rs.getString("device_kind");
        return new RecordView(rs.getLong("id"), rs.getLong("case_id"), CaseStage.valueOf(rs.getString("stage")),
                (Long) rs.getObject("activity_id"), "AV".equals(rs.getString("category")), rs.getString("kind"),
                rs.getString("title"), Classification.valueOf(rs.getString("classification")), (Long) rs.getObject("file_id"),
                (Long) rs.getObject("document_id"), rs.getString("document_number"), instant(rs, "captured_start"),
                instant(rs, "captured_end"), rs.getString("place"), ids, rs.getString("parties"),
                dk == null ? null : DeviceKind.valueOf(dk), rs.getString("device_id"), cs, (Long) rs.getObject("gap_seconds"),
                (Long) rs.getObject("gap_after_id"), instant(rs, "destroyed_at"), rs.getString("destroyed_by"),
                rs.getString("destruction_note"), instant(rs, "created_at"), rs.getString("created_by"),
                (Boolean) rs.getObject("party_informed"), rs.getBoolean("filed_late"));
    }

    // ---------------------------------------------------------------- REC-08, REC-10

    public record CaseFile(long caseId, Instant closedAt, Long archiveDeadlineId, Instant archivedAt, LocalDate retainUntil,
                           List<Flag> flags) {
        public boolean longTerm() {
            return !flags.isEmpty();
        }
    }

    public record Flag(RetentionReason reason, String note, Instant at, String by) {
    }
    public CaseFile caseFile(long caseId) {
        return caseFiles.caseFile(caseId);
    }

    /** REC-10: marks a case's records for long-term retention (art. 22). */
    @Transactional
    public void flagLongTerm(long caseId, String reason, String note, Actor actor) {
        retention.flagLongTerm(caseId, reason, note, actor);
    }

    void flag(CaseRef c, RetentionReason r, String note, String by) {
        retention.flag(c, r, note, by);
    }

    /**
     * REC-10: destroys an AV record not archived with the case file, five years after archiving at the earliest (text
     * records and AV exported as evidence follow the file's long-term retention). The file store is write-once and offers no
     * erasure: the destruction decision is recorded (who, when, why), the record disappears from exports
     * and its bytes are no longer served; physical erasure of the blob is outside this module.
     */
    @Transactional
    public void destroy(long recordId, String note, Actor actor) {
        retention.destroy(record(recordId, actor), note, actor);
    }

    public List<DeadlineView> deadlines(long caseId, Actor actor) {
        return caseFiles.deadlines(caseId, actor);
    }

    /** REC-08: restarts a still-pending archive deadline from the corrected start (see {@link CaseFiles#restartPendingArchiveDeadline}). */
    public boolean restartPendingArchiveDeadline(CaseRef c) {
        return caseFiles.restartPendingArchiveDeadline(c);
    }

    /** REC-08: opens the archive deadline of a closed case, once (see {@link CaseFiles#openArchiveDeadline}). */
    public boolean openArchiveDeadline(CaseRef c) {
        return caseFiles.openArchiveDeadline(c);
    }

    // ---------------------------------------------------------------- helpers

    static void requireOpen(CaseRef c) {
        if (c.stage() == CaseStage.ARCHIVED) {
            throw new BusinessException("REC-ARCHIVED", "案件已归档，不能再登记记录");
        }
    }

    static void requireNotFuture(Instant t, String what, Clock clock) {
        if (t != null && t.isAfter(clock.instant().plus(CLOCK_SKEW))) {
            throw RecordInput.bad(what + "不能晚于当前时间");
        }
    }

    /** The jurisdiction of a scope path is its last segment (/1/5/42/ → 42). */
    static long jurisdictionOf(String scopePath) {
        String[] parts = scopePath.split("/");
        return Long.parseLong(parts[parts.length - 1]);
    }

    static Timestamp ts(Instant i) {
        return i == null ? null : Timestamp.from(i);
    }

    static Instant instant(ResultSet rs, String col) throws SQLException {
        Timestamp t = rs.getTimestamp(col);
        return t == null ? null : t.toInstant();
    }
}
