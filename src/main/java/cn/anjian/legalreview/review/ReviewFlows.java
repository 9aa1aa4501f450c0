package cn.anjian.legalreview.review;

import java.util.EnumSet;

import cn.anjian.workflow.AgencyTarget;
import cn.anjian.workflow.Decision;
import cn.anjian.workflow.FlowDefinition;
import cn.anjian.workflow.StepDefinition;

/**
 * The approvals of legal review on the one approval mechanism. Started by the undertaking unit (or, for an
 * extension, the legal reviewer), so four eyes keeps the starter out of every step (WF-FOUR-EYES).
 */
final class ReviewFlows {

    private ReviewFlows() {
    }

    /** LR-09: the legal unit's collective opinion, then the deputy director in charge approves it. */
    static final FlowDefinition REVIEW = new FlowDefinition("legal-review", "重大执法决定法制审核",
            new StepDefinition("legal-unit", "法制机构集体审核并提出意见", "LEGAL_REVIEWER", AgencyTarget.SAME_AGENCY,
                    EnumSet.of(Decision.APPROVE), null),
            new StepDefinition("deputy", "分管法制机构的负责人签批", "DEPUTY_DIRECTOR", AgencyTarget.SAME_AGENCY,
                    EnumSet.of(Decision.APPROVE, Decision.REJECT), null));

    /** LR-14: the entrusted institution's case reviewed by the bureau's internal legal unit, then the deputy director. */
    static final FlowDefinition REVIEW_INTERNAL = new FlowDefinition("legal-review-internal", "重大执法决定法制审核（局内设法制机构）",
            new StepDefinition("legal-unit", "局内设法制机构集体审核并提出意见", "LEGAL_REVIEWER", AgencyTarget.SAME_AGENCY,
                    EnumSet.of(Decision.APPROVE), null),
            new StepDefinition("deputy", "分管法制机构的负责人签批", "DEPUTY_DIRECTOR", AgencyTarget.SAME_AGENCY,
                    EnumSet.of(Decision.APPROVE, Decision.REJECT), null));

    /** LR-14: the director consents (or not) that the bureau's internal legal unit reviews an entrusted institution's fine. */
    static final FlowDefinition CONSENT = new FlowDefinition("legal-review-consent", "受委托执法机构案件由局内设法制机构审核",
            new StepDefinition("director", "应急管理局主要负责人同意由局内设法制机构审核", "DIRECTOR", AgencyTarget.SAME_AGENCY,
                    EnumSet.of(Decision.APPROVE, Decision.REJECT), null));

    /** The review flow of a route. */
    static FlowDefinition review(ReviewRoute route) {
        return route == ReviewRoute.ENTRUSTED_INTERNAL ? REVIEW_INTERNAL : REVIEW;
    }

    /** Whether a definition code is one of the review flows (either route). */
    static boolean isReview(String code) {
        return REVIEW.code().equals(code) || REVIEW_INTERNAL.code().equals(code);
    }

    /** LR-12: after the re-review is still disputed, the director decides (final). */
    static final FlowDefinition DIRECTOR = new FlowDefinition("legal-review-director", "法制审核异议报主要负责人审核",
            new StepDefinition("director", "应急管理局主要负责人审核", "DIRECTOR", AgencyTarget.SAME_AGENCY,
                    EnumSet.of(Decision.APPROVE), null));

    /** LR-11: one extension of 10 working days with the deputy director's approval. */
    static final FlowDefinition EXTENSION = new FlowDefinition("legal-review-extension", "法制审核期限延长",
            new StepDefinition("deputy", "分管法制机构的负责人批准延期", "DEPUTY_DIRECTOR", AgencyTarget.SAME_AGENCY,
                    EnumSet.of(Decision.APPROVE, Decision.REJECT), null));
}
