package cn.anjian.legalreview.review;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.kernel.ActingUsers;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.legalreview.review.ReviewEnums.Status;
import cn.anjian.workflow.FlowCompleted;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.FlowOutcomeHandler;
import cn.anjian.workflow.FlowStepDecided;
import cn.anjian.workflow.Workflows;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The outcomes of legal review's flows reach the review inside the deciding transaction: the deputy
 * director's approval makes the opinion final and numbers the letter (LR-09, LR-10), his refusal sends it
 * back to the legal unit; the extension (LR-11) moves the clock; the director's approval ends a dispute (LR-12).
 */
@Component
@RequiredArgsConstructor
class ReviewOutcomes implements FlowOutcomeHandler {

    private final LegalReviewRepository reviews;
    private final Workflows workflows;
    private final Deadlines deadlines;
    private final ActingUsers users;
    private final OpinionLetters letters;
    private final ReviewClocks clocks;
    private final Clock clock;

    @Override
    public List<FlowDefinition> definitions() {
        return List.of(ReviewFlows.REVIEW, ReviewFlows.REVIEW_INTERNAL, ReviewFlows.DIRECTOR, ReviewFlows.EXTENSION,
                ReviewFlows.CONSENT);
    }

    @Override
    public void completed(FlowCompleted e) {
        Instant at = e.at() == null ? clock.instant() : e.at();
        String by = e.actor() == null ? "system" : e.actor();
        if (e.definitionCode().equals(ReviewFlows.EXTENSION.code())) {
            extension(e, at, by);
            return;
        }
        if (e.definitionCode().equals(ReviewFlows.CONSENT.code())) {
            consent(e, at, by);
            return;
        }
        LegalReview r = reviews.findByFlowId(e.flowId().value()).orElse(null);
        if (r == null) {
            return;
        }
        if (e.definitionCode().equals(ReviewFlows.DIRECTOR.code())) {
            if (r.status() == Status.DIRECTOR_REVIEW) {
                r.directorDecided(null, e.opinion(), at, by);
                r = reviews.save(r);
            }
            letters.file(r, at, by); // LR-15: the approval form with the director's opinion
            return;
        }
        if (r.status() != Status.AWAITING_APPROVAL) {
            return;
        }
        if (e.approved()) {
            OpinionLetters.Letter letter = letters.issue(r, users.actor(by).map(Actor::agencyName).orElse(""),
                    java.time.LocalDate.ofInstant(at, cn.anjian.kernel.Zones.SHANGHAI), by);
            r.opinionApproved(letter.number(), letter.fileId(), at, by);
            deadlines.markMet(new DeadlineId(r.deadlineId()), at);
        } else {
            Actor initiator = users.actor(r.submittedBy()).orElseThrow(() -> new BusinessException("LR-09",
                    "提交人账号已不存在，无法退回重新审核"));
            long flow = workflows.start(ReviewFlows.review(r.route()), "legal-review", r.id().toString(), "法制审核（重新研究）：" + r.caseTitle(),
                    "/legal-review/" + r.id(), r.agencyId(), initiator).value();
            r.opinionRejected(flow, e.opinion(), at, by);
        }
        r = reviews.save(r);
        letters.file(r, at, by); // LR-10 / LR-15: filed in the case once saved (the approval form reads the saved review)
    }

    /**
     * LR-14: the director's consent — the internal legal unit receives the submission now (the review clock and the
     * review flow start, the submitter as its initiator so four eyes still holds); a refusal closes the submission.
     */
    private void consent(FlowCompleted e, Instant at, String by) {
        LegalReview r = reviews.findByConsentFlowId(e.flowId().value()).orElse(null);
        if (r == null) {
            return;
        }
        r.consentDecided(e.approved(), e.opinion(), at, by);
        if (e.approved()) {
            Actor submitter = users.actor(r.submittedBy()).orElseThrow(() -> new BusinessException("LR-14",
                    "提交人账号已不存在，无法转交法制机构审核"));
            clocks.after(submitter, r, at);
        }
        reviews.save(r);
    }

    /** LR-11: approved → the review deadline runs 10 more working days from its current due. */
    private void extension(FlowCompleted e, Instant at, String by) {
        LegalReview r = reviews.findByExtensionFlowId(e.flowId().value()).orElse(null);
        if (r == null) {
            return;
        }
        Long newDeadline = null;
        if (e.approved()) {
            DeadlineId old = new DeadlineId(r.deadlineId());
            DeadlineView v = deadlines.find(old).orElseThrow();
            Instant from = v.dueAt() != null ? v.dueAt() : at;
            deadlines.waive(old, "经分管负责人批准延长审核期限（" + cn.anjian.kernel.RuleBasis.of("LR-11").orElse("") + "）");
            newDeadline = deadlines.open(new NewDeadline("legal-review", r.id().toString(), "LR-11", null, null,
                    r.jurisdictionId(), r.scopePath(), Period.workingDays(ReviewClocks.REVIEW_WORKING_DAYS), from,
                    "法制审核（延期）：" + r.caseTitle())).value();
        }
        r.extensionDecided(e.approved(), newDeadline, at, by);
        reviews.save(r);
    }

    /** The legal unit's step is decided only with its opinion recorded on the review page (LR-06, LR-08). */
    @EventListener
    void stepDecided(FlowStepDecided e) {
        if (!ReviewFlows.isReview(e.definitionCode()) || !e.stepKey().equals("legal-unit")) {
            return;
        }
        reviews.findByFlowId(new FlowId(e.flowId().value()).value()).ifPresent(r -> {
            if (r.status() == Status.UNDER_REVIEW) {
                throw new BusinessException("LR-08", "请在法制审核页面逐项记录审核要点并提出审核意见");
            }
        });
    }
}
