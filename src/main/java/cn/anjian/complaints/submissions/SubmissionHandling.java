package cn.anjian.complaints.submissions;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.Deadlines;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseOrigin;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.NewCase;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CMP-02 and CAP-08 for staff: decline with a reason, assign the handling officer, turn a tip into a case
 * (CASE-04: the case's source is the complaint, its basis the tip), record a reward, and let the handling
 * officer — only him — see the submitter's identity, audited each time.
 */
@Service
@Transactional
@RequiredArgsConstructor
class SubmissionHandling {

    private final SubmissionService submissions;
    private final SubmissionRepository repository;
    private final Deadlines deadlines;
    private final Cases cases;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    /** The submitter as the handler sees it. */
    record Contact(boolean anonymous, String name, String phone) {
    }

    /** A person who may be assigned: the agency's accounts, by display name (never the login). */
    record Candidate(long userId, String name) {
    }

    /** CMP-02: declining ends the answer deadline (the reason is the answer the submitter reads). */
    void decline(Actor actor, long id, String reason) {
        decline(actor, id, reason, now());
    }

    /** The demo's past months (issue 19): declined on that day. */
    void decline(Actor actor, long id, String reason, Instant at) {
        Submission s = submissions.getForStaff(actor, id);
        Map<String, Object> before = SubmissionService.snapshot(s);
        s.decline(reason, actor.username(), at);
        repository.save(s);
        closeDeadline(s, s.declinedAt);
        events.publishEvent(AuditableEvent.change("complaints.submission.declined", SubmissionService.SUBJECT, s.id, before,
                SubmissionService.snapshot(s)));
    }

    /** CAP-08: the handling officer, one of the agency's accounts. */
    void assign(Actor actor, long id, String handler) {
        Submission s = submissions.getForStaff(actor, id);
        long userId = cn.anjian.kernel.Params.id("承办人", handler);
        boolean ofAgency = jdbc.sql("SELECT count(*) FROM iam_user_view WHERE id = :u AND agency_id = :a")
                .param("u", userId).param("a", s.agencyId).query(Long.class).single() > 0;
        if (!ofAgency) {
            throw BusinessException.badInput("CAP-08-HANDLER", "承办人须为本件承办部门的工作人员");
        }
        Map<String, Object> before = SubmissionService.snapshot(s);
        s.assign(userId, actor.username(), now());
        repository.save(s);
        events.publishEvent(AuditableEvent.change("complaints.submission.assigned", SubmissionService.SUBJECT, s.id, before,
                SubmissionService.snapshot(s)));
    }

    @Transactional(readOnly = true)
    List<Candidate> candidates(long agencyId) {
        return jdbc.sql("SELECT id, display_name FROM iam_user_view WHERE agency_id = :a ORDER BY display_name, id")
                .param("a", agencyId).query((rs, n) -> new Candidate(rs.getLong(1), rs.getString(2))).list();
    }

    /**
     * CAP-08: the submitter's identity, for the handling officer only; every look is audited. Others get 403
     * (the page shows them the masked name only).
     */
    Contact identity(Actor actor, long id) {
        Submission s = submissions.getForStaff(actor, id);
        if (s.handlerUserId == null || s.handlerUserId != actor.userId()) {
            throw new BusinessException(BusinessException.Kind.FORBIDDEN, "CAP-08", "只有本件承办人可以查看投诉举报人身份");
        }
        events.publishEvent(AuditableEvent.change("complaints.submission.identity-viewed", SubmissionService.SUBJECT, s.id,
                null, Map.of("anonymous", s.anonymous)));
        return new Contact(s.anonymous, s.contactName, s.contactPhone);
    }

    /** CASE-04: opens a case whose source is this tip (basis: the tip and its tracking code); the case is linked back. */
    long openCase(Actor actor, long id, String kind, String citizenName, String title) {
        Submission s = submissions.getForStaff(actor, id);
        CaseKind k = cn.anjian.kernel.Params.requiredChoice("CMP-02-CASE", CaseKind.class, "案件类型", kind, CaseKind::label);
        Map<String, Object> before = SubmissionService.snapshot(s);
        s.requireCaseMayOpen(); // the domain's refusals first, before a case number is taken
        String t = title == null || title.isBlank() ? s.title : title;
        CaseRef c = cases.openFrom(actor, new NewCase(k, CaseSource.COMPLAINT, s.channel.label() + "举报件（" + s.kind.label() + "）",
                s.trackingCode, LocalDate.ofInstant(s.submittedAt, Zones.SHANGHAI), null, citizenName, t, s.location,
                actor.unitId()), new CaseOrigin("COMPLAINT", s.id));
        s.caseOpened(c.id());
        repository.save(s);
        events.publishEvent(AuditableEvent.change("complaints.submission.case-opened", SubmissionService.SUBJECT, s.id, before,
                SubmissionService.snapshot(s)));
        return c.id();
    }

    /** CAP-08: a reward for a handled tip. */
    void reward(Actor actor, long id, String amount, String note) {
        Submission s = submissions.getForStaff(actor, id);
        BigDecimal a = cn.anjian.kernel.Params.decimal("奖励金额", amount);
        Map<String, Object> before = SubmissionService.snapshot(s);
        s.reward(a, note, actor.username(), now());
        repository.save(s);
        events.publishEvent(AuditableEvent.change("complaints.submission.rewarded", SubmissionService.SUBJECT, s.id, before,
                SubmissionService.snapshot(s)));
    }

    private void closeDeadline(Submission s, Instant at) {
        if (s.deadlineId == null) {
            return;
        }
        DeadlineId d = new DeadlineId(s.deadlineId);
        boolean running = deadlines.find(d).map(v -> v.state() == DeadlineState.OPEN || v.state() == DeadlineState.OVERDUE
                || v.state() == DeadlineState.PENDING).orElse(false);
        if (running) {
            deadlines.markMet(d, at);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
}
