package cn.anjian.complaints.submissions;

import cn.anjian.kernel.TrackingCodes;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.org.ScopeSql;
import cn.anjian.personnel.SupervisorDirectory;
import cn.anjian.personnel.SupervisorRef;
import cn.anjian.settings.Settings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Supervisors submit (SS-04); staff accept and answer within the deadline (SS-05). */
@Service
@Transactional
@RequiredArgsConstructor
class SubmissionService {

    static final String WHAT = "意见或线索";
    static final String SUBJECT = "submission";

    private final SubmissionRepository repository;
    private final SupervisorDirectory supervisors;
    private final Deadlines deadlines;
    private final cn.anjian.org.Agencies agencies;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final Settings settings;

    record NewSubmission(String kind, String title, String content, String location, String enterpriseName) {
    }

    /**
     * SS-04: only a serving supervisor submits, to the department that appointed them; SS-05: a
     * handling deadline of (by default) 15 working days opens at once.
     */
    Submission submit(Actor actor, NewSubmission in) {
        SupervisorRef me = supervisors.findByUser(actor.userId())
                .orElseThrow(() -> new BusinessException("SS-04", "您的账号未关联社会监督员聘任记录，不能提交"));
        if (!me.active()) {
            throw new BusinessException("SS-04", "您的社会监督员聘期未开始、已届满或已被注销/解聘，不能提交");
        }
        Submission s = Submission.bySupervisor(trackingCode(), me.supervisorId(), actor.userId(), me.agencyId(), me.jurisdictionId(),
                me.scopePath(), in.kind(), in.title(), in.content(), in.location(), in.enterpriseName(), now());
        repository.save(s); // the same instance, with its id and version set
        // owned by the department's general office (it answers supervisors, 000 art. 25), so it shows in their to-dos
        Long office = agencies.units(s.agencyId).stream()
                .filter(u -> u.active() && u.kind() == cn.anjian.org.UnitKind.GENERAL_OFFICE)
                .map(cn.anjian.org.OrgUnit::id).findFirst().orElse(null);
        int answerWorkingDays = settings.value(ComplaintsSettings.SUPERVISOR_ANSWER_WORKING_DAYS,
                LocalDate.ofInstant(s.submittedAt, Zones.SHANGHAI));
        DeadlineId deadline = deadlines.open(new NewDeadline(SUBJECT, String.valueOf(s.id), "SS-05", null, office,
                s.jurisdictionId, s.scopePath, Period.workingDays(answerWorkingDays), s.submittedAt,
                "答复监督员意见：" + s.title, actor.userId()));
        s.trackedBy(deadline.value(), deadlines.find(deadline).map(DeadlineView::dueDate).orElse(null));
        repository.save(s);
        events.publishEvent(AuditableEvent.change("complaints.submission.created", SUBJECT, s.id, null, snapshot(s)));
        return s;
    }

    void accept(Actor actor, long id) {
        accept(actor, id, now());
    }

    /** The demo's past months (issue 19): accepted on that day. */
    void accept(Actor actor, long id, java.time.Instant at) {
        Submission s = getForStaff(actor, id);
        Map<String, Object> before = snapshot(s);
        s.accept(actor.username(), at);
        repository.save(s);
        events.publishEvent(AuditableEvent.change("complaints.submission.accepted", SUBJECT, s.id, before, snapshot(s)));
    }

    /** SS-05: the answer closes the deadline (met, or met late when it was already overdue). */
    void answer(Actor actor, long id, String text) {
        answer(actor, id, text, now());
    }

    /** The demo's past months (issue 19): answered on that day (the deadline met or met late by that day). */
    void answer(Actor actor, long id, String text, java.time.Instant at) {
        Submission s = getForStaff(actor, id);
        Map<String, Object> before = snapshot(s);
        s.answer(text, actor.username(), at);
        repository.save(s);
        if (s.deadlineId != null) {
            DeadlineId d = new DeadlineId(s.deadlineId);
            // a deadline waived on the deadline page stays waived; the answer is still recorded
            boolean running = deadlines.find(d).map(v -> v.state() == cn.anjian.calendar.DeadlineState.OPEN
                    || v.state() == cn.anjian.calendar.DeadlineState.OVERDUE
                    || v.state() == cn.anjian.calendar.DeadlineState.PENDING).orElse(false);
            if (running) {
                deadlines.markMet(d, s.answeredAt);
            }
        }
        events.publishEvent(AuditableEvent.change("complaints.submission.answered", SUBJECT, s.id, before, snapshot(s)));
    }

    /** Staff: a submission in scope, else 404 (ORG-03). */
    @Transactional(readOnly = true)
    Submission getForStaff(Actor actor, long id) {
        return ScopeSql.requireInScope(actor, repository.findById(id), s -> s.scopePath, WHAT);
    }

    /** A supervisor: only their own submissions, else 404. */
    @Transactional(readOnly = true)
    Submission getOwn(Actor actor, long id) {
        Submission s = repository.findById(id).orElseThrow(() -> BusinessException.notFound(WHAT));
        if (s.submitterUserId == null || s.submitterUserId != actor.userId()) {
            throw BusinessException.notFound(WHAT);
        }
        return s;
    }

    @Transactional(readOnly = true)
    java.util.Optional<DeadlineView> deadline(Submission s) {
        return s.deadlineId == null ? java.util.Optional.empty() : deadlines.find(new DeadlineId(s.deadlineId));
    }

    /** Microseconds, as PostgreSQL keeps them (it rounds, so a nanosecond start could end up after the answer). */
    private java.time.Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    private String trackingCode() {
        return TrackingCodes.next("JD");
    }

    static Map<String, Object> snapshot(Submission s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("channel", s.channel.name());
        m.put("kind", s.kind.name());
        m.put("title", s.title);
        m.put("supervisorId", s.supervisorId);
        m.put("agencyId", s.agencyId);
        m.put("status", s.status.name());
        m.put("dueDate", s.dueDate == null ? null : s.dueDate.toString());
        m.put("answeredBy", s.answeredBy);
        // CAP-08: never the submitter's name or phone, not even in the audit trail
        m.put("anonymous", s.anonymous);
        m.put("handlerUserId", s.handlerUserId);
        m.put("declineReason", s.declineReason);
        m.put("caseId", s.caseId);
        m.put("rewardAmount", s.rewardAmount == null ? null : s.rewardAmount.toPlainString());
        return m;
    }
}
