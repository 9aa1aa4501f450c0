package cn.anjian.complaints.submissions;

import cn.anjian.kernel.TrackingCodes;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.complaints.PublicQuestions;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Zones;
import cn.anjian.org.Agency;
import cn.anjian.settings.Settings;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * CMP-01: complaints and tips from the portal (anonymous allowed) and from staff typing a 12345 call or a
 * letter; PUB-09: questions about published entries. Each gets the one tracking code and (CMP-02) an answer
 * deadline of the configured working days, owned by the answering unit.
 */
@Service
@Transactional
@RequiredArgsConstructor
class PublicIntake implements PublicQuestions {

    private final SubmissionRepository repository;
    private final Deadlines deadlines;
    private final ReceivingAgencies agencies;
    private final SubmissionPhotos photos;
    private final ApplicationEventPublisher events;
    private final java.time.Clock clock;
    private final Settings settings;

    /** What the public or staff type. */
    record Filing(String kind, String title, String content, String location, String enterpriseName, boolean anonymous,
                  String contactName, String contactPhone) {
    }

    /** The portal's agency: the emergency-management agency of the jurisdiction with that code (blank: the province). */
    @Transactional(readOnly = true)
    Agency portalAgency(String code) {
        return agencies.portal(code);
    }

    /** CMP-01: from the portal, to the agency of the portal the citizen used, with up to three photos. */
    Submission fromPortal(String portal, Filing in, java.util.List<org.springframework.web.multipart.MultipartFile> photoFiles) {
        SubmissionPhotos.check(photoFiles); // before anything is stored
        Agency a = portalAgency(portal);
        Submission s = file(Channel.PUBLIC_PORTAL, in, null, a, null, null, null, now());
        photos.attach(s, photoFiles);
        return s;
    }

    /**
     * The demo's portal filings of past months (issue 19): the portal's path (gates, answer deadline from that day,
     * audit) with the day it was filed; without photos.
     */
    Submission fromPortalAt(String portal, Filing in, Instant at) {
        return file(Channel.PUBLIC_PORTAL, in, null, portalAgency(portal), null, null, null, at.truncatedTo(ChronoUnit.MICROS));
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** CMP-01: staff type a 12345 hotline call or a letter for their own agency. */
    Submission byStaff(Actor actor, String channel, Filing in) {
        Channel c = cn.anjian.kernel.Params.requiredChoice("CMP-01-CHANNEL", Channel.class, "来源", channel, Channel::label);
        if (c != Channel.HOTLINE_12345 && c != Channel.LETTER) {
            throw BusinessException.badInput("CMP-01-CHANNEL", "工作人员只能登记 12345 热线或来信");
        }
        return file(c, in, actor.username(), agencies.get(actor.agencyId()), null, null, null, now());
    }

    @Override
    public String ask(Question q) {
        Filing in = new Filing((q.correction() ? SubmissionKind.CORRECTION : SubmissionKind.CONSULTATION).name(),
                (q.correction() ? "纠错：" : "咨询：") + cut(q.aboutTitle(), Submission.TITLE_MAX - 3), q.content(), null, null,
                q.anonymous(), q.contactName(), q.contactPhone());
        return file(Channel.PUBLIC_PORTAL, in, null, agencies.get(q.ownerAgencyId()), q.aboutRef(), q.aboutTitle(),
                q.ownerUnitId(), now()).trackingCode;
    }

    private Submission file(Channel channel, Filing in, String receivedBy, Agency a, String aboutRef, String aboutTitle,
                            Long unit, Instant at) {
        SubmissionKind kind = cn.anjian.kernel.Params.requiredChoice("CMP-01-KIND", SubmissionKind.class, "类别", in.kind(),
                SubmissionKind::label);
        boolean question = kind == SubmissionKind.CORRECTION || kind == SubmissionKind.CONSULTATION;
        if (!question && !SubmissionKind.PUBLIC_KINDS.contains(kind)) {
            throw BusinessException.badInput("CMP-01-KIND", "请选择投诉、举报或意见建议的类别");
        }
        Submission s = Submission.publicly(TrackingCodes.next("JD"), channel, kind, in.title(), in.content(), in.location(),
                in.enterpriseName(), in.anonymous(), in.contactName(), in.contactPhone(), receivedBy, a.id(),
                a.jurisdictionId(), a.scopePath(), at);
        Long owner = unit != null ? unit : agencies.generalOffice(a.id());
        s.about(aboutRef, aboutTitle, owner);
        repository.save(s);
        int days = settings.value(ComplaintsSettings.PUBLIC_ANSWER_WORKING_DAYS, LocalDate.ofInstant(s.submittedAt, Zones.SHANGHAI));
        DeadlineId d = deadlines.open(new NewDeadline(SubmissionService.SUBJECT, String.valueOf(s.id), question ? "PUB-09" : "CMP-02",
                null, owner, s.jurisdictionId, s.scopePath, Period.workingDays(days), s.submittedAt,
                (question ? "答复公示信息纠错咨询：" : "答复投诉举报：") + s.title, null));
        s.trackedBy(d.value(), deadlines.find(d).map(DeadlineView::dueDate).orElse(null));
        repository.save(s);
        events.publishEvent(AuditableEvent.change("complaints.submission.created", SubmissionService.SUBJECT, s.id, null,
                SubmissionService.snapshot(s)));
        return s;
    }

    /** What anyone holding the code sees: the progress and the answer, never staff names or the submitter's data. */
    record Tracking(String trackingCode, String kindLabel, String channelLabel, String title, String agencyName,
                    String aboutTitle, String statusLabel, String status, Instant submittedAt, LocalDate dueDate,
                    Instant acceptedAt, String answer, Instant answeredAt, String declineReason, Instant declinedAt) {
    }

    @Transactional(readOnly = true)
    Optional<Tracking> track(String typed) {
        String code = TrackingCodes.normalise("JD", typed);
        if (code == null) {
            return Optional.empty();
        }
        return repository.findByTrackingCode(code).filter(s -> s.channel != Channel.SUPERVISOR).map(s -> new Tracking(
                s.trackingCode, s.kind.label(), s.channel.label(), s.title, agencies.get(s.agencyId).name(), s.aboutTitle,
                s.status.label(), s.status.name(), s.submittedAt, s.dueDate, s.acceptedAt, s.answer, s.answeredAt,
                s.declineReason, s.declinedAt));
    }

    private static String cut(String v, int max) {
        return v == null ? "" : v.length() <= max ? v : v.substring(0, max);
    }
}
