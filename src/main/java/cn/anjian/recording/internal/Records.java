package cn.anjian.recording.internal;

import lombok.RequiredArgsConstructor;

import java.util.Comparator;
import java.time.LocalDate;
import cn.anjian.kernel.Zones;
import cn.anjian.settings.Settings;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.Deadlines;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.Cases;
import cn.anjian.files.Integrity;
import cn.anjian.files.StoredFile;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.recording.Classification;
import cn.anjian.recording.DeviceKind;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Filing records (REC-01, REC-05, REC-06, REC-12) and reading them in scope and clearance. */
@Component
@RequiredArgsConstructor
class Records {

    private final JdbcClient jdbc;
    private final Cases cases;
    private final Deadlines deadlines;
    private final Activities activities;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Settings settings;

    /** REC-06: the tolerance in force today (a session is judged by the one in force on the day it was captured). */
    Duration gapTolerance() {
        return settings.value(RecordingSettings.GAP_TOLERANCE, LocalDate.now(clock));
    }

    /**
     * Files a record whose bytes are already in the file store ({@code file}, found in the actor's scope).
     * REC-06: an AV record captured after its activity ended is refused; gaps in its session are flagged.
     */
    @Transactional
    RecordView addRecord(RecordInput in, StoredFile file, Actor actor) {
        CaseRef c = cases.ref(in.caseId(), actor);
        RecordingService.requireOpen(c);
        CaseStage stage = in.stage() == null ? c.stage() : in.stage();
        if (file.integrity() != Integrity.OK) {
            throw BusinessException.conflict("FILE-CORRUPT", "该文件完整性校验未通过，不能作为执法记录");
        }
        ActivityView activity = check(in, actor, c, stage);
        long id = insert(in, file, actor, c, stage);
        if (in.av() && activity != null) {
            if (in.avKind().continuous()) {
                recomputeGaps(activity.id(), in.place(), in.deviceKind(), in.deviceId());
            }
            if (activity.uploadDeadlineId() != null) {
                DeadlineId d = new DeadlineId(activity.uploadDeadlineId());
                deadlines.find(d).filter(v -> v.state() == DeadlineState.OPEN || v.state() == DeadlineState.OVERDUE)
                        .ifPresent(v -> deadlines.markMet(d, clock.instant()));
                activities.uploaded(activity.id());
            }
        }
        RecordView r = load(id);
        audit(in, file, c, stage, r);
        return r;
    }

    /**
     * Issue 12 defect 5: the gates of a new record that do not need its bytes, checked before the file is sent
     * (nothing is stored); {@link #addRecord} checks them again with the stored file.
     */
    void precheck(RecordInput in, Actor actor) {
        CaseRef c = cases.ref(in.caseId(), actor);
        RecordingService.requireOpen(c);
        check(in, actor, c, in.stage() == null ? c.stage() : in.stage());
    }

    /** The gates of a new record; returns its activity, if any. */
    private ActivityView check(RecordInput in, Actor actor, CaseRef c, CaseStage stage) {
        if (stage.ordinal() > c.stage().ordinal()) {
            throw RecordInput.bad("案件尚未进入“" + stage.label() + "”阶段，不能登记该阶段的记录");
        }
        ActivityView activity = null;
        if (in.activityId() != null) {
            activity = activities.activity(in.activityId(), actor);
            if (activity.caseId() != c.id()) {
                throw BusinessException.notFound("执法活动");
            }
        }
        if (in.av()) {
            RecordingService.requireNotFuture(in.capturedEnd(), "拍摄结束时间", clock);
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
        if (in.classification() != Classification.NONE && !RecordingService.cleared(actor, in.classification())) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "REC-12-CLEARANCE",
                    "您没有“" + in.classification().label() + "”记录的查看权限，不能登记该密级的记录");
        }
        return activity;
    }

    private long insert(RecordInput in, StoredFile file, Actor actor, CaseRef c, CaseStage stage) {
        return jdbc.sql("""
                insert into rec_record (case_id, scope_path, stage, activity_id, category, kind, title, classification, file_id,
                    captured_start, captured_end, place, officer_ids, parties, device_kind, device_id, content_shown, party_informed,
                    filed_late, created_at, created_by)
                values (:c, :scope, :stage, :a, :cat, :kind, :title, :cls, :file, :cs, :ce, :place, :officers, :parties,
                    :dk, :did, :shown, :informed, :late, :now, :by) returning id""")
                .param("c", c.id()).param("scope", c.scopePath()).param("stage", stage.name()).param("a", in.activityId())
                .param("cat", in.av() ? "AV" : "TEXT").param("kind", in.kind()).param("title", in.title())
                .param("cls", in.classification().name()).param("file", file.id())
                .param("cs", RecordingService.ts(in.capturedStart())).param("ce", RecordingService.ts(in.capturedEnd()))
                .param("place", in.place())
                .param("officers", in.officerIds().toArray(Long[]::new)).param("parties", in.parties())
                .param("dk", in.deviceKind() == null ? null : in.deviceKind().name()).param("did", in.deviceId())
                .param("shown", in.contentShown().stream().map(Enum::name).sorted().collect(Collectors.joining(",")))
                .param("informed", in.partyInformed())
                // REC-02: a record of a stage the case has already left is filed late (补充归档), and shown so
                .param("late", stage.ordinal() < c.stage().ordinal())
                .param("now", Timestamp.from(clock.instant())).param("by", actor.username())
                .query(Long.class).single();
    }

    private void audit(RecordInput in, StoredFile file, CaseRef c, CaseStage stage, RecordView r) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("caseId", c.id());
        after.put("stage", stage.name());
        after.put("category", r.category());
        after.put("kind", r.kind());
        after.put("title", r.title());
        after.put("classification", r.classification().name());
        after.put("fileId", file.id());
        after.put("sha256", file.sha256());
        if (r.filedLate()) {
            after.put("filedLate", true);
        }
        if (in.av()) {
            after.put("capturedStart", in.capturedStart().toString());
            after.put("capturedEnd", in.capturedEnd().toString());
            after.put("device", in.deviceKind().name() + (in.deviceId() == null ? "" : " " + in.deviceId()));
            after.put("gapSeconds", r.gapSeconds());
            after.put("partyInformed", in.partyInformed());
        }
        events.publishEvent(AuditableEvent.change("recording.record.filed", "rec-record", r.id(), null, after));
    }

    /** REC-06: re-evaluates the gaps of one session (activity, place, device) after a segment arrived. */
    private void recomputeGaps(long activityId, String place, DeviceKind device, String deviceId) {
        List<Continuity.Segment> session = jdbc.sql("""
                select id, captured_start, captured_end from rec_record
                where activity_id = :a and category = 'AV' and kind in ('AUDIO', 'VIDEO', 'SURVEILLANCE') and destroyed_at is null
                  and place = :place and device_kind = :dk and coalesce(device_id, '') = coalesce(:did, '')
                for update""")
                .param("a", activityId).param("place", place).param("dk", device.name()).param("did", deviceId)
                .query((rs, n) -> new Continuity.Segment(rs.getLong("id"), RecordingService.instant(rs, "captured_start"), RecordingService.instant(rs, "captured_end")))
                .list();
        LocalDate day = session.stream().map(Continuity.Segment::start).min(Comparator.naturalOrder())
                .map(start -> LocalDate.ofInstant(start, Zones.SHANGHAI)).orElse(LocalDate.now(clock));
        Map<Long, Continuity.Gap> gaps = Continuity.gaps(session, settings.value(RecordingSettings.GAP_TOLERANCE, day));
        for (Continuity.Segment s : session) {
            Continuity.Gap g = gaps.get(s.id());
            jdbc.sql("update rec_record set gap_seconds = :g, gap_after_id = :after where id = :id")
                    .param("g", g == null ? null : g.seconds()).param("after", g == null ? null : g.afterId())
                    .param("id", s.id()).update();
        }
    }

    /** A record in scope and cleared for the actor (REC-12); 404 otherwise, so classified ids cannot be probed. */
    RecordView record(long id, Actor actor) {
        return jdbc.sql(RecordingService.RECORD_SELECT + " where id = :id and scope_path like :p and classification in (:cls)")
                .param("id", id).param("p", actor.scope().pattern()).param("cls", RecordingService.clearances(actor))
                .query(RecordingService::mapRecord).optional()
                .orElseThrow(() -> BusinessException.notFound("执法记录"));
    }

    List<RecordView> recordsOf(long caseId, Actor actor) {
        cases.ref(caseId, actor);
        return jdbc.sql(RecordingService.RECORD_SELECT + " where case_id = :c and classification in (:cls) order by " + RecordingService.STAGE_ORDER
                        + ", coalesce(captured_start, created_at), id")
                .param("c", caseId).param("cls", RecordingService.clearances(actor)).query(RecordingService::mapRecord).list();
    }

    RecordView load(long id) {
        return jdbc.sql(RecordingService.RECORD_SELECT + " where id = :id").param("id", id).query(RecordingService::mapRecord).single();
    }

}
