package cn.anjian.legalreview.review;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.legalreview.review.ReviewEnums.Checkpoint;
import cn.anjian.legalreview.review.ReviewEnums.MeetingKind;
import cn.anjian.legalreview.review.ReviewEnums.Outcome;
import cn.anjian.legalreview.review.ReviewEnums.Status;
import cn.anjian.legalreview.review.ReviewEnums.Suspension;
import cn.anjian.legalreview.review.ReviewParts.Finding;
import cn.anjian.legalreview.review.ReviewParts.Meeting;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the legal unit, the heads and the undertaking unit do on a review (LR-06..LR-13). Each loads the
 * aggregate in the actor's scope (404 otherwise), calls its transition, saves; approvals go through
 * {@link Workflows} (which checks role, agency and four eyes, and refuses a concurrent decision with 409).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ReviewActions {

    /** A finding as typed: checkpoint code, whether it is in order, the finding text. */
    public record FindingInput(String code, boolean ok, String finding) {
    }

    private final LegalReviewRepository reviews;
    private final Workflows workflows;
    private final Deadlines deadlines;
    private final cn.anjian.files.Files files;
    private final ReviewFiling filing;
    private final Clock clock;

    LegalReview load(Actor actor, long id) {
        return reviews.findById(id).filter(r -> actor.scope().covers(r.scopePath()))
                .orElseThrow(() -> BusinessException.notFound("法制审核"));
    }

    /** LR-06: the ten findings (needs {@code legalreview:review}). */
    @Transactional
    public void recordFindings(Actor actor, long id, List<FindingInput> in) {
        Guard.require(actor, "legalreview:review");
        LegalReview r = load(actor, id);
        Map<String, FindingInput> byCode = new java.util.HashMap<>();
        if (in != null) {
            in.forEach(f -> byCode.put(f.code() == null ? "" : f.code().strip(), f));
        }
        List<Finding> out = new ArrayList<>();
        for (Checkpoint c : Checkpoint.values()) {
            FindingInput f = byCode.get(c.name());
            String text = f == null ? null : Params.text("LR-06", c.label(), f.finding(), 2000, false);
            if (f == null || (text == null && !f.ok())) {
                throw BusinessException.badInput("LR-06", "请对“" + c.label() + "”提出审核意见（存在问题的须写明问题）");
            }
            out.add(new Finding(c.name(), f.ok(), text == null ? "无异议" : text));
        }
        r.recordFindings(out, now(), actor.username());
        reviews.save(r);
    }

    /** LR-07 / LR-15: a symposium, expert argumentation, questioning or adviser's opinion. */
    @Transactional
    public void addMeeting(Actor actor, long id, String kind, String heldOn, String participants, String content) {
        addMeeting(actor, id, kind, heldOn, participants, content, null);
    }

    /**
     * The same with its signed file (e.g. the legal adviser's written opinion, LR-15): a file in the actor's scope (404
     * otherwise), filed in the case's record file too.
     */
    @Transactional
    public void addMeeting(Actor actor, long id, String kind, String heldOn, String participants, String content, Long fileId) {
        MeetingInput in = meetingInput(actor, id, kind, heldOn, participants, content);
        LegalReview r = in.review();
        if (fileId != null) {
            files.find(fileId, actor); // in the actor's scope, else 404
        }
        Instant now = now();
        r.addMeeting(new Meeting(in.kind().name(), in.on(), in.participants(), in.content(), actor.username(), fileId), now);
        reviews.save(r);
        if (fileId != null) {
            filing.meetingFile(r, in.kind(), fileId, now, actor.username());
        }
    }

    /**
     * The checks of {@link #addMeeting} (permission, the review in the actor's scope, the fields), nothing recorded: a
     * page calls it before it stores the uploaded file, so a refused request stores no file (issue 13).
     */
    @Transactional(readOnly = true)
    public void checkMeeting(Actor actor, long id, String kind, String heldOn, String participants, String content) {
        meetingInput(actor, id, kind, heldOn, participants, content);
    }

    private record MeetingInput(LegalReview review, MeetingKind kind, LocalDate on, String participants, String content) {
    }

    private MeetingInput meetingInput(Actor actor, long id, String kind, String heldOn, String participants, String content) {
        Guard.require(actor, "legalreview:review");
        LegalReview r = load(actor, id);
        MeetingKind k = Params.requiredChoice("LR-07", MeetingKind.class, "记录类型", kind, MeetingKind::label);
        LocalDate on = Params.requiredDate("日期", heldOn);
        if (on.isAfter(today())) {
            throw BusinessException.badInput("LR-07", "日期不能晚于今天");
        }
        return new MeetingInput(r, k, on, Params.text("LR-07", "参加人员", participants, 500, true),
                Params.text("LR-07", "内容", content, 8000, true));
    }

    /**
     * LR-08/LR-09: the legal unit's opinion; decides the flow's legal-unit step (so the submitter never can,
     * WF-FOUR-EYES) and hands it to the deputy director. Two reviewers at once: one wins, the other 409.
     */
    @Transactional
    public void submitOpinion(Actor actor, long id, String outcome, String content) {
        Guard.require(actor, "legalreview:review");
        LegalReview r = load(actor, id);
        Outcome o = Params.requiredChoice("LR-08", Outcome.class, "审核结论", outcome, Outcome::label);
        String text = Params.text("LR-08", "审核意见", content, 8000, true);
        r.submitOpinion(o, text, now(), actor.username());
        reviews.save(r);
        workflows.decide(new FlowId(r.flowId()), actor, Decision.APPROVE, o.label() + "：" + text);
    }

    /** LR-11 / CAL-04: supplement, expert argumentation or interpretation periods are not counted. */
    @Transactional
    public void suspend(Actor actor, long id, String reason) {
        Guard.require(actor, "legalreview:review");
        LegalReview r = load(actor, id);
        Suspension why = Params.requiredChoice("LR-11", Suspension.class, "中止原因", reason, Suspension::label);
        Instant now = now();
        r.suspend(why, now, actor.username());
        deadlines.suspend(new DeadlineId(r.deadlineId()), why.label(), now);
        reviews.save(r);
    }

    @Transactional
    public void resume(Actor actor, long id) {
        Guard.require(actor, "legalreview:review");
        LegalReview r = load(actor, id);
        Instant now = now();
        r.resume(now, actor.username());
        deadlines.resume(new DeadlineId(r.deadlineId()), now);
        reviews.save(r);
    }

    /** LR-11: asks the deputy director for the one extension of 10 working days. */
    @Transactional
    public void requestExtension(Actor actor, long id, String reason) {
        Guard.require(actor, "legalreview:review");
        LegalReview r = load(actor, id);
        String why = Params.text("LR-11", "延期理由", reason, 2000, true);
        r.mayExtend();
        FlowId flow = workflows.start(ReviewFlows.EXTENSION, "legal-review-extension", Long.toString(id),
                "法制审核延期：" + r.caseTitle() + "（" + why + "）", "/legal-review/" + id, r.agencyId(), actor);
        r.extensionRequested(flow.value(), now(), actor.username());
        reviews.save(r);
    }

    /** LR-12: the undertaking unit objects (needs {@code legalreview:submit}); once re-review, then the director. */
    @Transactional
    public void object(Actor actor, long id, String reason) {
        Guard.require(actor, "legalreview:submit");
        LegalReview r = load(actor, id);
        String why = Params.text("LR-12", "异议理由", reason, 4000, true);
        boolean toDirector = r.status() == Status.DECIDED && objectionsSoFar(r) >= 1;
        FlowId flow = workflows.start(toDirector ? ReviewFlows.DIRECTOR : ReviewFlows.review(r.route()), "legal-review", Long.toString(id),
                (toDirector ? "法制审核异议（报主要负责人）：" : "法制审核复核：") + r.caseTitle(), "/legal-review/" + id,
                r.agencyId(), actor);
        Instant now = now();
        Status s = r.object(why, flow.value(), now, actor.username());
        if (s == Status.UNDER_REVIEW) {
            DeadlineId d = deadlines.open(new NewDeadline("legal-review", Long.toString(id), "LR-11", null, null,
                    r.jurisdictionId(), r.scopePath(), Period.workingDays(ReviewClocks.REVIEW_WORKING_DAYS), now,
                    "法制审核复核：" + r.caseTitle()));
            r.reReviewStarted(d.value());
        }
        reviews.save(r);
    }

    /** LR-12: the director's final word (outcome blank: the legal unit's opinion stands), through his flow step. */
    @Transactional
    public void directorDecides(Actor actor, long id, String outcome, String opinion) {
        LegalReview r = load(actor, id);
        Outcome o = Params.choice("LR-12", Outcome.class, "审核结论", outcome, Outcome::label);
        r.directorDecided(o, Params.text("主要负责人意见", opinion, 4000), now(), actor.username());
        reviews.save(r);
        workflows.decide(new FlowId(r.flowId()), actor, Decision.APPROVE, Params.text("主要负责人意见", opinion, 4000));
    }

    /** LR-13: the heads' collective discussion (needs {@code legalreview:discuss}). */
    @Transactional
    public void recordDiscussion(Actor actor, long id, String on, String participants, String conclusion, boolean agreed) {
        Guard.require(actor, "legalreview:discuss");
        LegalReview r = load(actor, id);
        LocalDate day = Params.requiredDate("讨论日期", on);
        if (day.isAfter(today())) {
            throw BusinessException.badInput("LR-13", "讨论日期不能晚于今天");
        }
        r.recordDiscussion(day, Params.text("LR-13", "参加讨论的负责人", participants, 500, true),
                Params.text("LR-13", "讨论结论", conclusion, 4000, true), agreed, now(), actor.username());
        reviews.save(r);
    }

    private static int objectionsSoFar(LegalReview r) {
        return r.objections();
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI);
    }

    /** Microseconds, as PostgreSQL keeps them: a deadline's start read back is never after this instant. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
