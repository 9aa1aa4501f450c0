package cn.anjian.recording.internal;

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.calendar.WorkingCalendar;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.Cases;
import cn.anjian.files.Files;
import cn.anjian.files.Integrity;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.recording.ActivityKind;
import cn.anjian.recording.Classification;
import cn.anjian.recording.ContentShown;
import cn.anjian.recording.DeviceKind;
import cn.anjian.recording.ExemptionReason;
import cn.anjian.recording.RetentionReason;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-process records of cases (REC-01..08, REC-10, REC-12): activities, text and AV records, flags,
 * deadlines and retention. Every change is audited in its own transaction; every refusal is a
 * {@link BusinessException} thrown before anything is written.
 */
@Service
public class RecordingService {

    public static final String UPLOAD_SUBJECT = "rec-activity";
    public static final String ARCHIVE_SUBJECT = "rec-case-file";
    /** Device clocks drift: a capture may end this far "in the future" of the server clock. */
    static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

    private final JdbcClient jdbc;
    private final Cases cases;
    private final Files files;
    private final Deadlines deadlines;
    private final WorkingCalendar calendar;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Duration gapTolerance;

    RecordingService(JdbcClient jdbc, Cases cases, Files files, Deadlines deadlines, WorkingCalendar calendar,
                     ApplicationEventPublisher events,
                     Clock clock, @Value("${anjian.recording.gap-tolerance:PT5S}") Duration gapTolerance) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.files = files;
        this.deadlines = deadlines;
        this.calendar = calendar;
        this.events = events;
        this.clock = clock;
        this.gapTolerance = gapTolerance;
    }

    public Duration gapTolerance() {
        return gapTolerance;
    }

    // ---------------------------------------------------------------- activities (REC-03, REC-04, REC-07)

    public record NewActivity(String kind, String place, String startedAt, boolean avRequested) {
    }

    @Transactional
    public long openActivity(long caseId, NewActivity a, Actor actor) {
        CaseRef c = cases.ref(caseId, actor);
        requireOpen(c);
        ActivityKind kind = RecordInput.choice(ActivityKind.class, a.kind(), "执法活动种类");
        String place = RecordInput.text(a.place(), "活动地点", 200, true);
        Instant start = RecordInput.instant(a.startedAt(), "开始时间");
        if (start == null) {
            throw RecordInput.bad("请填写执法活动开始时间");
        }
        requireNotFuture(start, "开始时间");
        boolean avRequired = kind.avMandatory() || a.avRequested();
        long id = jdbc.sql("""
                insert into rec_activity (case_id, scope_path, stage, kind, place, started_at, av_required, created_at, created_by)
                values (:c, :scope, :stage, :kind, :place, :start, :av, :now, :by) returning id""")
                .param("c", caseId).param("scope", c.scopePath()).param("stage", c.stage().name()).param("kind", kind.name())
                .param("place", place).param("start", Timestamp.from(start)).param("av", avRequired)
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).query(Long.class).single();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("caseId", caseId);
        after.put("kind", kind.name());
        after.put("place", place);
        after.put("startedAt", start.toString());
        after.put("avRequired", avRequired);
        events.publishEvent(AuditableEvent.change("recording.activity.opened", "rec-activity", id, null, after));
        return id;
    }

    /**
     * Ends an activity and opens its REC-07 upload deadline (for steps that require AV or already have AV):
     * same day, or 24 h after the return to the office for continuous/remote work. Met at once when the AV
     * records are already on file.
     */
    @Transactional
    public void endActivity(long activityId, String endedAt, boolean remoteWork, String returnedAt, Actor actor) {
        ActivityView a = activity(activityId, actor);
        if (a.ended()) {
            throw BusinessException.conflict("REC-ACTIVITY-ENDED", "该执法活动已结束");
        }
        Instant end = RecordInput.instant(endedAt, "结束时间");
        if (end == null) {
            throw RecordInput.bad("请填写执法活动结束时间");
        }
        requireNotFuture(end, "结束时间");
        if (end.isBefore(a.startedAt())) {
            throw RecordInput.bad("结束时间不能早于开始时间");
        }
        Instant latestCapture = jdbc.sql("select max(captured_end) from rec_record where activity_id = :a and destroyed_at is null")
                .param("a", activityId).query(Timestamp.class).optional().map(Timestamp::toInstant).orElse(null);
        if (latestCapture != null && latestCapture.isAfter(end)) {
            throw RecordInput.bad("结束时间早于已登记音像记录的拍摄结束时间（" + latestCapture.atZone(Zones.SHANGHAI).toLocalDateTime() + "）");
        }
        Instant back = RecordInput.instant(returnedAt, "返回机关时间");
        if (back != null) {
            requireNotFuture(back, "返回机关时间");
        }
        UploadDeadline due = UploadDeadline.of(end, remoteWork, back);
        CaseRef c = cases.find(a.caseId()).orElseThrow(() -> BusinessException.notFound("案件"));
        Long deadlineId = null;
        if (a.avRequired() || a.avCount() > 0) {
            DeadlineId d = deadlines.open(new NewDeadline(UPLOAD_SUBJECT, String.valueOf(activityId), "REC-07", actor.userId(),
                    actor.unitId(), jurisdictionOf(c.scopePath()), c.scopePath(), due.period(), due.start(),
                    "音像记录移交存储：" + c.caseNumber() + " " + a.kind().label()));
            deadlineId = d.value();
            if (a.avCount() > 0) {
                deadlines.markMet(d, clock.instant());
            } else if (a.exemptionReason() != null) {
                deadlines.waive(d, "未进行音像记录：" + a.exemptionReason().label());
            }
        }
        jdbc.sql("update rec_activity set ended_at = :end, remote_work = :remote, returned_at = :back, upload_deadline_id = :d where id = :id")
                .param("end", Timestamp.from(end)).param("remote", remoteWork).param("back", back == null ? null : Timestamp.from(back))
                .param("d", deadlineId).param("id", activityId).update();
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("endedAt", end.toString());
        after.put("remoteWork", remoteWork);
        after.put("returnedAt", back == null ? null : back.toString());
        after.put("uploadDeadlineId", deadlineId);
        events.publishEvent(AuditableEvent.change("recording.activity.ended", "rec-activity", activityId, Map.of("endedAt", "—"), after));
    }

    /** REC-04: a mandatory-AV step without AV may carry one of the art. 14 reasons; that clears its flag. */
    @Transactional
    public void exempt(long activityId, String reason, String note, Actor actor) {
        ActivityView a = activity(activityId, actor);
        ExemptionReason r = Exemptions.parse(reason, note);
        if (!a.avRequired()) {
            throw new BusinessException("REC-04-NOT-REQUIRED", "该执法活动不要求音像记录，无需说明理由");
        }
        if (a.avCount() > 0) {
            throw new BusinessException("REC-04-HAS-AV", "该执法活动已有音像记录，无需说明未记录的理由");
        }
        if (a.exemptionReason() != null) {
            throw BusinessException.conflict("REC-04-DONE", "该执法活动已说明未进行音像记录的理由");
        }
        jdbc.sql("update rec_activity set exemption_reason = :r, exemption_note = :n, exempted_by = :by, exempted_at = :now where id = :id")
                .param("r", r.name()).param("n", note.strip()).param("by", actor.username())
                .param("now", Timestamp.from(clock.instant())).param("id", activityId).update();
        if (a.uploadDeadlineId() != null) {
            DeadlineId d = new DeadlineId(a.uploadDeadlineId());
            deadlines.find(d).filter(v -> v.state() == DeadlineState.OPEN || v.state() == DeadlineState.OVERDUE)
                    .ifPresent(v -> deadlines.waive(d, "未进行音像记录：" + r.label()));
        }
        events.publishEvent(AuditableEvent.change("recording.activity.exempted", "rec-activity", activityId, null,
                Map.of("reason", r.name(), "note", note.strip())));
    }

    public ActivityView activity(long id, Actor actor) {
        return jdbc.sql(ACTIVITY_SELECT + " where a.id = :id and a.scope_path like :p")
                .param("id", id).param("p", actor.scope().pattern()).query(this::mapActivity).optional()
                .orElseThrow(() -> BusinessException.notFound("执法活动"));
    }

    public List<ActivityView> activitiesOf(long caseId, Actor actor) {
        cases.ref(caseId, actor);
        return jdbc.sql(ACTIVITY_SELECT + " where a.case_id = :c order by a.started_at, a.id")
                .param("c", caseId).query(this::mapActivity).list();
    }

    private static final String ACTIVITY_SELECT = """
            select a.*, (select count(*) from rec_record r where r.activity_id = a.id and r.category = 'AV'
                         and r.destroyed_at is null) as av_count
            from rec_activity a""";

    ActivityView mapActivity(ResultSet rs, int n) throws SQLException {
        String ex = rs.getString("exemption_reason");
        return new ActivityView(rs.getLong("id"), rs.getLong("case_id"), null, CaseStage.valueOf(rs.getString("stage")),
                ActivityKind.valueOf(rs.getString("kind")), rs.getString("place"), instant(rs, "started_at"),
                instant(rs, "ended_at"), rs.getBoolean("remote_work"), instant(rs, "returned_at"), rs.getBoolean("av_required"),
                ex == null ? null : ExemptionReason.valueOf(ex), rs.getString("exemption_note"), rs.getString("exempted_by"),
                rs.getLong("av_count"), (Long) rs.getObject("upload_deadline_id"), rs.getBoolean("upload_overdue"));
    }

    // ---------------------------------------------------------------- records (REC-01, REC-05, REC-06, REC-12)

    /**
     * Files a record whose bytes are already in the file store ({@code file}, found in the actor's scope).
     * REC-06: an AV record captured after its activity ended is refused; gaps in its session are flagged.
     */
    @Transactional
    public RecordView addRecord(RecordInput in, StoredFile file, Actor actor) {
        CaseRef c = cases.ref(in.caseId(), actor);
        requireOpen(c);
        CaseStage stage = in.stage() == null ? c.stage() : in.stage();
        if (stage.ordinal() > c.stage().ordinal()) {
            throw RecordInput.bad("案件尚未进入“" + stage.label() + "”阶段，不能登记该阶段的记录");
        }
        if (file.integrity() != Integrity.OK) {
            throw BusinessException.conflict("FILE-CORRUPT", "该文件完整性校验未通过，不能作为执法记录");
        }
        ActivityView activity = null;
        if (in.activityId() != null) {
            activity = activity(in.activityId(), actor);
            if (activity.caseId() != c.id()) {
                throw BusinessException.notFound("执法活动");
            }
        }
        if (in.av()) {
            requireNotFuture(in.capturedEnd(), "拍摄结束时间");
            if (c.teamPersonIds() != null && !c.teamPersonIds().isEmpty()) {
                List<Long> outside = in.officerIds().stream().filter(o -> !c.teamPersonIds().contains(o)).toList();
                if (!outside.isEmpty()) {
                    throw new BusinessException("REC-05-OFFICER", "执法人员须为本案执法组成员（不在执法组：" + outside + "）");
                }
            }
            if (activity != null) {
                Continuity.requireNotAfterTheFact(in.capturedStart(), activity.endedAt());
            }
        }
        if (in.classification() != Classification.NONE && !cleared(actor, in.classification())) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "REC-12-CLEARANCE",
                    "您没有“" + in.classification().label() + "”记录的查看权限，不能登记该密级的记录");
        }
        long id = jdbc.sql("""
                insert into rec_record (case_id, scope_path, stage, activity_id, category, kind, title, classification, file_id,
                    captured_start, captured_end, place, officer_ids, parties, device_kind, device_id, content_shown, created_at, created_by)
                values (:c, :scope, :stage, :a, :cat, :kind, :title, :cls, :file, :cs, :ce, :place, :officers, :parties,
                    :dk, :did, :shown, :now, :by) returning id""")
                .param("c", c.id()).param("scope", c.scopePath()).param("stage", stage.name()).param("a", in.activityId())
                .param("cat", in.av() ? "AV" : "TEXT").param("kind", in.kind()).param("title", in.title())
                .param("cls", in.classification().name()).param("file", file.id())
                .param("cs", ts(in.capturedStart())).param("ce", ts(in.capturedEnd())).param("place", in.place())
                .param("officers", in.officerIds().toArray(Long[]::new)).param("parties", in.parties())
                .param("dk", in.deviceKind() == null ? null : in.deviceKind().name()).param("did", in.deviceId())
                .param("shown", in.contentShown().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username())
                .query(Long.class).single();
        if (in.av() && activity != null) {
            if (in.avKind().continuous()) {
                recomputeGaps(activity.id(), in.place(), in.deviceKind(), in.deviceId());
            }
            if (activity.uploadDeadlineId() != null) {
                DeadlineId d = new DeadlineId(activity.uploadDeadlineId());
                deadlines.find(d).filter(v -> v.state() == DeadlineState.OPEN || v.state() == DeadlineState.OVERDUE)
                        .ifPresent(v -> deadlines.markMet(d, clock.instant()));
                jdbc.sql("update rec_activity set upload_overdue = false where id = :a").param("a", activity.id()).update();
            }
        }
        RecordView r = load(id);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("caseId", c.id());
        after.put("stage", stage.name());
        after.put("category", r.category());
        after.put("kind", r.kind());
        after.put("title", r.title());
        after.put("classification", r.classification().name());
        after.put("fileId", file.id());
        after.put("sha256", file.sha256());
        if (in.av()) {
            after.put("capturedStart", in.capturedStart().toString());
            after.put("capturedEnd", in.capturedEnd().toString());
            after.put("device", in.deviceKind().name() + (in.deviceId() == null ? "" : " " + in.deviceId()));
            after.put("gapSeconds", r.gapSeconds());
        }
        events.publishEvent(AuditableEvent.change("recording.record.filed", "rec-record", id, null, after));
        return r;
    }

    /** REC-06: re-evaluates the gaps of one session (activity, place, device) after a segment arrived. */
    private void recomputeGaps(long activityId, String place, DeviceKind device, String deviceId) {
        List<Continuity.Segment> session = jdbc.sql("""
                select id, captured_start, captured_end from rec_record
                where activity_id = :a and category = 'AV' and kind in ('AUDIO', 'VIDEO', 'SURVEILLANCE') and destroyed_at is null
                  and place = :place and device_kind = :dk and coalesce(device_id, '') = coalesce(:did, '')
                for update""")
                .param("a", activityId).param("place", place).param("dk", device.name()).param("did", deviceId)
                .query((rs, n) -> new Continuity.Segment(rs.getLong("id"), instant(rs, "captured_start"), instant(rs, "captured_end")))
                .list();
        Map<Long, Continuity.Gap> gaps = Continuity.gaps(session, gapTolerance);
        for (Continuity.Segment s : session) {
            Continuity.Gap g = gaps.get(s.id());
            jdbc.sql("update rec_record set gap_seconds = :g, gap_after_id = :after where id = :id")
                    .param("g", g == null ? null : g.seconds()).param("after", g == null ? null : g.afterId())
                    .param("id", s.id()).update();
        }
    }

    /** A record in scope and cleared for the actor (REC-12); 404 otherwise, so classified ids cannot be probed. */
    public RecordView record(long id, Actor actor) {
        return jdbc.sql(RECORD_SELECT + " where id = :id and scope_path like :p and classification in (:cls)")
                .param("id", id).param("p", actor.scope().pattern()).param("cls", clearances(actor))
                .query(RecordingService::mapRecord).optional()
                .orElseThrow(() -> BusinessException.notFound("执法记录"));
    }

    public List<RecordView> recordsOf(long caseId, Actor actor) {
        cases.ref(caseId, actor);
        return jdbc.sql(RECORD_SELECT + " where case_id = :c and classification in (:cls) order by " + STAGE_ORDER
                        + ", coalesce(captured_start, created_at), id")
                .param("c", caseId).param("cls", clearances(actor)).query(RecordingService::mapRecord).list();
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

    RecordView load(long id) {
        return jdbc.sql(RECORD_SELECT + " where id = :id").param("id", id).query(RecordingService::mapRecord).single();
    }

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
                rs.getString("destruction_note"), instant(rs, "created_at"), rs.getString("created_by"));
    }

    // ---------------------------------------------------------------- REC-02

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
        List<Flag> flags = jdbc.sql("select * from rec_retention_flag where case_id = :c order by id").param("c", caseId)
                .query((rs, n) -> new Flag(RetentionReason.valueOf(rs.getString("reason")), rs.getString("note"),
                        instant(rs, "flagged_at"), rs.getString("flagged_by"))).list();
        return jdbc.sql("select * from rec_case_file where case_id = :c").param("c", caseId)
                .query((rs, n) -> new CaseFile(caseId, instant(rs, "closed_at"), (Long) rs.getObject("archive_deadline_id"),
                        instant(rs, "archived_at"), rs.getObject("retain_until", LocalDate.class), flags))
                .optional().orElse(new CaseFile(caseId, null, null, null, null, flags));
    }

    /** REC-10: marks a case's records for long-term retention (art. 22). */
    @Transactional
    public void flagLongTerm(long caseId, String reason, String note, Actor actor) {
        CaseRef c = cases.ref(caseId, actor);
        RetentionReason r = RecordInput.choice(RetentionReason.class, reason, "长期保存理由");
        String n = RecordInput.text(note, "说明", 500, r == RetentionReason.OTHER);
        flag(c, r, n, actor.username());
    }

    void flag(CaseRef c, RetentionReason r, String note, String by) {
        int inserted = jdbc.sql("""
                insert into rec_retention_flag (case_id, reason, note, flagged_at, flagged_by) values (:c, :r, :n, :now, :by)
                on conflict (case_id, reason) do nothing""")
                .param("c", c.id()).param("r", r.name()).param("n", note).param("now", Timestamp.from(clock.instant()))
                .param("by", by).update();
        if (inserted > 0) {
            events.publishEvent(new AuditableEvent("recording.retention.long-term", "case", String.valueOf(c.id()), null,
                    Map.of("reason", r.name(), "note", note == null ? "" : note), by, null));
        }
    }

    /**
     * REC-10: destroys a record after its retention ended. The file store is write-once and offers no
     * erasure: the destruction decision is recorded (who, when, why), the record disappears from exports
     * and its bytes are no longer served; physical erasure of the blob is outside this module.
     */
    @Transactional
    public void destroy(long recordId, String note, Actor actor) {
        RecordView r = record(recordId, actor);
        if (r.destroyed()) {
            throw BusinessException.conflict("REC-10-DESTROYED", "该记录已销毁");
        }
        String n = RecordInput.text(note, "销毁说明（依据、审批）", 500, true);
        CaseFile f = caseFile(r.caseId());
        LocalDate archived = f.archivedAt() == null ? null : f.archivedAt().atZone(Zones.SHANGHAI).toLocalDate();
        Retention.requireDestroyable(archived, f.longTerm(), LocalDate.now(clock));
        jdbc.sql("update rec_record set destroyed_at = :now, destroyed_by = :by, destruction_note = :n where id = :id")
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username()).param("n", n).param("id", recordId).update();
        events.publishEvent(AuditableEvent.change("recording.record.destroyed", "rec-record", recordId,
                Map.of("fileId", String.valueOf(r.fileId())), Map.of("destroyed", true, "note", n)));
    }

    // ---------------------------------------------------------------- helpers

    void requireOpen(CaseRef c) {
        if (c.stage() == CaseStage.ARCHIVED) {
            throw new BusinessException("REC-ARCHIVED", "案件已归档，不能再登记记录");
        }
    }

    private void requireNotFuture(Instant t, String what) {
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

    List<DeadlineView> deadlinesOf(long caseId) {
        List<DeadlineView> out = new ArrayList<>(deadlines.listFor(ARCHIVE_SUBJECT, String.valueOf(caseId)));
        for (Long a : jdbc.sql("select id from rec_activity where case_id = :c order by id").param("c", caseId).query(Long.class).list()) {
            out.addAll(deadlines.listFor(UPLOAD_SUBJECT, String.valueOf(a)));
        }
        return out;
    }

    public List<DeadlineView> deadlines(long caseId, Actor actor) {
        cases.ref(caseId, actor);
        return deadlinesOf(caseId);
    }

    /**
     * REC-08: opens the 30-working-day archive deadline of a closed case, once. When the calendar cannot
     * count yet (the next year's holiday notice is not entered) the calendar keeps it pending and opens
     * it when that year is entered; the closure is never refused for it.
     */
    public boolean openArchiveDeadline(CaseRef c) {
        CaseFileRow f = jdbc.sql("select closed_at, archive_deadline_id, archived_at from rec_case_file where case_id = :c")
                .param("c", c.id()).query((rs, n) -> new CaseFileRow(instant(rs, "closed_at"), (Long) rs.getObject("archive_deadline_id"),
                        instant(rs, "archived_at"))).optional().orElse(null);
        if (f == null || f.closedAt() == null || f.deadlineId() != null || f.archivedAt() != null) {
            return false;
        }
        Instant start = archiveStart(c, f.closedAt());
        DeadlineId d = deadlines.open(new NewDeadline(ARCHIVE_SUBJECT, String.valueOf(c.id()), "REC-08", null, null,
                jurisdictionOf(c.scopePath()), c.scopePath(), Period.workingDays(ARCHIVE_WORKING_DAYS), start,
                "案卷归档：" + c.caseNumber()));
        jdbc.sql("update rec_case_file set archive_deadline_id = :d where case_id = :c").param("d", d.value()).param("c", c.id()).update();
        return true;
    }

    /**
     * REC-08 (art. 19): an inspection recorded after the closure moves the archive clock's start back.
     * A deadline the calendar still keeps PENDING (no due yet) is replaced by one from the corrected
     * start (what the deleted pending-deadline job did when it opened it late); an open one stays.
     * One transaction: an already-overdue deadline is marked after commit, when its id is stored here.
     */
    @Transactional
    public boolean restartPendingArchiveDeadline(CaseRef c) {
        Long current = jdbc.sql("select archive_deadline_id from rec_case_file where case_id = :c").param("c", c.id())
                .query(Long.class).optional().orElse(null);
        if (current != null) {
            DeadlineView d = deadlines.find(new DeadlineId(current)).orElse(null);
            if (d == null || d.state() != DeadlineState.PENDING) {
                return false;
            }
            deadlines.waive(d.id(), "检查结束时间早于结案，归档期限按检查结束时间重新起算");
            jdbc.sql("update rec_case_file set archive_deadline_id = null where case_id = :c").param("c", c.id()).update();
        }
        return openArchiveDeadline(c);
    }

    static final int ARCHIVE_WORKING_DAYS = 30;

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

    private record CaseFileRow(Instant closedAt, Long deadlineId, Instant archivedAt) {
    }
}
