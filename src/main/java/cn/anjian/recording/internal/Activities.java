package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.Cases;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.recording.ActivityKind;
import cn.anjian.recording.ExemptionReason;
import cn.anjian.recording.ExemptionStatus;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** On-site activities of a case (REC-03, REC-07): opened, ended with their upload deadline (exemptions: {@link AvExemptions}). */
@Component
@RequiredArgsConstructor
class Activities {

    private final JdbcClient jdbc;
    private final ActivityRepository repository;
    private final Cases cases;
    private final Deadlines deadlines;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    @Transactional
    long openActivity(long caseId, RecordingService.NewActivity a, Actor actor) {
        CaseRef c = cases.ref(caseId, actor);
        RecordingService.requireOpen(c);
        ActivityKind kind = RecordInput.choice(ActivityKind.class, a.kind(), "执法活动种类");
        String place = RecordInput.text(a.place(), "活动地点", 200, true);
        Instant start = RecordInput.instant(a.startedAt(), "开始时间");
        if (start == null) {
            throw RecordInput.bad("请填写执法活动开始时间");
        }
        RecordingService.requireNotFuture(start, "开始时间", clock);
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
    void endActivity(long activityId, String endedAt, boolean remoteWork, String returnedAt, Actor actor) {
        ActivityView a = activity(activityId, actor);
        Activity activity = repository.findById(activityId).orElseThrow(() -> BusinessException.notFound("执法活动"));
        activity.requireRunning();
        Instant end = RecordInput.instant(endedAt, "结束时间");
        if (end == null) {
            throw RecordInput.bad("请填写执法活动结束时间");
        }
        RecordingService.requireNotFuture(end, "结束时间", clock);
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
            RecordingService.requireNotFuture(back, "返回机关时间", clock);
        }
        UploadDeadline due = UploadDeadline.of(end, remoteWork, back);
        CaseRef c = cases.find(a.caseId()).orElseThrow(() -> BusinessException.notFound("案件"));
        Long deadlineId = null;
        if (a.avRequired() || a.avCount() > 0) {
            DeadlineId d = deadlines.open(new NewDeadline(RecordingService.UPLOAD_SUBJECT, String.valueOf(activityId), "REC-07", actor.userId(),
                    actor.unitId(), RecordingService.jurisdictionOf(c.scopePath()), c.scopePath(), due.period(), due.start(),
                    "音像记录移交存储：" + c.caseNumber() + " " + a.kind().label()));
            deadlineId = d.value();
            if (a.avCount() > 0) {
                deadlines.markMet(d, clock.instant());
            } else if (a.exemptionAccepted()) {
                deadlines.waive(d, "未进行音像记录：" + a.exemptionReason().label());
            }
        }
        activity.end(end, remoteWork, back, deadlineId);
        repository.save(activity); // publishes the audit entry
    }

    /** REC-07: the calendar's scan reported an upload deadline overdue: a visible flag on the lists. */
    void uploadOverdue(DeadlineId deadline) {
        for (Activity a : repository.findByUploadDeadlineId(deadline.value())) {
            a.uploadOverdue();
            repository.save(a);
        }
    }

    /** REC-07: an AV record of the activity arrived in time or late; either way the flag goes. */
    void uploaded(long activityId) {
        Activity a = repository.findById(activityId).orElseThrow(() -> BusinessException.notFound("执法活动"));
        a.uploaded();
        repository.save(a);
    }

    boolean anyActivity(List<Long> caseIds) {
        return !caseIds.isEmpty() && jdbc.sql("select exists (select 1 from rec_activity where case_id in (:ids))")
                .param("ids", caseIds).query(Boolean.class).single();
    }

    ActivityView activity(long id, Actor actor) {
        return jdbc.sql(ACTIVITY_SELECT + " where a.id = :id and a.scope_path like :p")
                .param("id", id).param("p", actor.scope().pattern()).query(this::mapActivity).optional()
                .orElseThrow(() -> BusinessException.notFound("执法活动"));
    }

    List<ActivityView> activitiesOf(long caseId, Actor actor) {
        cases.ref(caseId, actor);
        return jdbc.sql(ACTIVITY_SELECT + " where a.case_id = :c order by a.started_at, a.id")
                .param("c", caseId).query(this::mapActivity).list();
    }

    static final String ACTIVITY_SELECT = """
            select a.*, (select count(*) from rec_record r where r.activity_id = a.id and r.category = 'AV'
                         and r.destroyed_at is null) as av_count
            from rec_activity a""";

    ActivityView mapActivity(ResultSet rs, int n) throws SQLException {
        String ex = rs.getString("exemption_reason");
        String status = rs.getString("exemption_status");
        return new ActivityView(rs.getLong("id"), rs.getLong("case_id"), null, CaseStage.valueOf(rs.getString("stage")),
                ActivityKind.valueOf(rs.getString("kind")), rs.getString("place"), RecordingService.instant(rs, "started_at"),
                RecordingService.instant(rs, "ended_at"), rs.getBoolean("remote_work"), RecordingService.instant(rs, "returned_at"), rs.getBoolean("av_required"),
                ex == null ? null : ExemptionReason.valueOf(ex), rs.getString("exemption_note"), rs.getString("exempted_by"),
                rs.getLong("av_count"), (Long) rs.getObject("upload_deadline_id"), rs.getBoolean("upload_overdue"),
                status == null ? null : ExemptionStatus.valueOf(status), rs.getString("exemption_decided_by"),
                rs.getString("exemption_opinion"));
    }

}
