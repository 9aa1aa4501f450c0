package cn.anjian.legalreview.review;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.time.LocalDate;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.calendar.NewDeadline;
import cn.anjian.calendar.Period;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Zones;
import cn.anjian.legalreview.review.ReviewEnums.Status;
import cn.anjian.settings.Settings;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import org.springframework.stereotype.Component;

/**
 * The clocks of a submission (one place for both): an incomplete one gets the supplement deadline of the
 * setting {@link LegalReviewSettings#SUPPLEMENT_DAYS} (LR-05); a complete one starts the 10-working-day review
 * deadline (LR-11) and the review flow (LR-09).
 */
@Component
@RequiredArgsConstructor
class ReviewClocks {

    static final int REVIEW_WORKING_DAYS = 10;

    private final Deadlines deadlines;
    private final Workflows workflows;
    private final Settings settings;

    /** After a submission or supplement: the supplement deadline, or the review clock and flow. */
    void after(Actor actor, LegalReview r, Instant now) {
        if (r.status() == Status.SUPPLEMENT_REQUESTED && r.deadlineId() == null) {
            int days = settings.value(LegalReviewSettings.SUPPLEMENT_DAYS, LocalDate.ofInstant(now, Zones.SHANGHAI));
            DeadlineId d = deadlines.open(new NewDeadline("legal-review-supplement", r.id().toString(), "LR-05", null, null,
                    r.jurisdictionId(), r.scopePath(), Period.workingDays(days), now, "法制审核补充材料：" + r.caseTitle()));
            r.supplementDue(deadlines.find(d).map(v -> v.dueDate()).orElse(null), d.value());
        } else if (r.status() == Status.UNDER_REVIEW && r.flowId() == null) {
            DeadlineId d = deadlines.open(new NewDeadline("legal-review", r.id().toString(), "LR-11", null, null,
                    r.jurisdictionId(), r.scopePath(), Period.workingDays(REVIEW_WORKING_DAYS), now, "法制审核：" + r.caseTitle()));
            FlowId flow = workflows.start(ReviewFlows.review(r.route()), "legal-review", r.id().toString(), "法制审核：" + r.caseTitle(),
                    "/legal-review/" + r.id(), r.agencyId(), actor);
            r.reviewStarted(flow.value(), d.value());
        } else if (r.status() == Status.CONSENT_REQUESTED && r.consentFlowId() == null) {
            // LR-14: the director's consent on the workflow; the submitter started it, so he can never decide it
            FlowId flow = workflows.start(ReviewFlows.CONSENT, "legal-review", r.id().toString(),
                    "由局内设法制机构审核（受委托执法机构）：" + r.caseTitle(), "/legal-review/" + r.id(), r.agencyId(), actor);
            r.consentRequested(flow.value());
        }
    }

    /** The materials are complete: the supplement deadline is met. */
    void supplemented(DeadlineId supplementDeadline, Instant now) {
        deadlines.markMet(supplementDeadline, now);
    }
}
