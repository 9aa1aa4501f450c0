package cn.anjian.legalreview.review;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.Cases;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.legalreview.ClassifyInput;
import cn.anjian.legalreview.review.ReviewEnums.Status;
import cn.anjian.legalreview.review.ReviewParts.Material;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * LR-05: the undertaking unit submits a case's proposed decision with the application form and materials.
 * The proposed decision is classified with the rules in force today (LR-03, stored). Incomplete → returned
 * for supplement with a due date (a calendar deadline of the setting {@link LegalReviewSettings#SUPPLEMENT_DAYS} working days, the
 * time the legal unit designates, art. 8) and the review clock does not start; complete → received, the
 * 10-working-day clock starts (LR-11) and the review flow starts (LR-09).
 */
@Service
@Transactional(readOnly = true)
@RequiredArgsConstructor
public class ReviewSubmissions {

    private final LegalReviewRepository reviews;
    private final Cases cases;
    private final SubmissionInputs inputs;
    private final Clock clock;
    private final ReviewClocks clocks;
    private final EmergencyMeasures emergencies;
    private final ReviewFiling filing;

    /** Submits a review on the legal unit's route (needs {@code legalreview:submit}); returns its id. */
    @Transactional
    public long submit(Actor actor, long caseId, ClassifyInput proposed, ApplicationForm form, List<NewMaterial> materials) {
        return submit(actor, caseId, proposed, form, materials, false);
    }

    /**
     * Submits a review (needs {@code legalreview:submit}); returns its id. One open review per case. {@code internalRoute}:
     * LR-14, the entrusted institution asks that the bureau's internal legal unit review it, with the director's consent.
     */
    @Transactional
    public long submit(Actor actor, long caseId, ClassifyInput proposed, ApplicationForm form, List<NewMaterial> materials,
                       boolean internalRoute) {
        return submit(actor, caseId, proposed, form, materials, internalRoute, now());
    }

    /**
     * The same, received at {@code receivedAt} (the demo's review received weeks ago, so its clock is overdue); the
     * classification, the clocks and the flow are those of a submission received then.
     */
    @Transactional
    long submit(Actor actor, long caseId, ClassifyInput proposed, ApplicationForm form, List<NewMaterial> materials,
                boolean internalRoute, Instant receivedAt) {
        Guard.require(actor, "legalreview:submit");
        CaseRef c = cases.ref(caseId, actor);
        if (c.stage() != CaseStage.INVESTIGATION && c.stage() != CaseStage.DECISION) {
            throw new BusinessException("LR-05", "只有调查取证或审查决定阶段的案件才能提交法制审核，当前为“" + c.stage().label() + "”");
        }
        if (reviews.findByCaseIdOrderByIdDesc(caseId).stream().anyMatch(r -> open(r.status()))) {
            throw BusinessException.conflict("LR-05", "本案已有进行中的法制审核");
        }
        ApplicationForm f = checkForm(form);
        List<Material> ms = inputs.materials(actor, caseId, materials);
        Instant now = receivedAt.truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, Zones.SHANGHAI);
        ReviewRoute route = inputs.route(caseId, proposed, internalRoute, today);
        ReviewSubject s = inputs.subject(actor, c, proposed, today);
        LegalReview r = reviews.save(LegalReview.submit(s, f, ms, route, inputs.undertakingUnit(caseId), now, actor.username()));
        emergencies.reviewSubmitted(caseId, now); // LR-04: a required supplementary review is now submitted
        received(actor, r, now);
        return reviews.save(r).id();
    }

    /** How many reviews a case has had (unscoped; demo loaders load once). */
    long reviewCount(long caseId) {
        return reviews.findByCaseIdOrderByIdDesc(caseId).size();
    }

    /** LR-14: whether the case (in the actor's scope, 404 otherwise) was undertaken by an entrusted enforcement institution. */
    public boolean entrustedCase(Actor actor, long caseId) {
        return inputs.entrusted(cases.ref(caseId, actor).id());
    }

    /** LR-05: the submitter supplements a returned submission. */
    @Transactional
    public void supplement(Actor actor, long reviewId, List<NewMaterial> more, String signedUnitHead, String signedDeputy) {
        Guard.require(actor, "legalreview:submit");
        LegalReview r = reviews.findById(reviewId).filter(x -> actor.scope().covers(x.scopePath()))
                .orElseThrow(() -> BusinessException.notFound("法制审核"));
        List<Material> ms = inputs.materials(actor, r.caseId(), more);
        Instant now = now();
        DeadlineId supplementDeadline = r.deadlineId() == null ? null : new DeadlineId(r.deadlineId());
        r.supplement(ms, Params.text("承办机构负责人签字", signedUnitHead, 100), Params.text("分管负责人签字", signedDeputy, 100),
                now, actor.username());
        if (r.status() != Status.SUPPLEMENT_REQUESTED && supplementDeadline != null) {
            clocks.supplemented(supplementDeadline, now);
        }
        r = reviews.save(r);
        received(actor, r, now);
        reviews.save(r);
    }

    /** The clocks of the new state; a complete submission's application form is filed in the case (LR-05). */
    private void received(Actor actor, LegalReview r, Instant now) {
        if (r.status() == Status.UNDER_REVIEW || r.status() == Status.CONSENT_REQUESTED) {
            filing.applicationForm(r.id(), actor, now);
        }
        clocks.after(actor, r, now);
    }

    static boolean open(Status s) {
        return s == Status.SUPPLEMENT_REQUESTED || s == Status.CONSENT_REQUESTED || s == Status.UNDER_REVIEW || s == Status.AWAITING_APPROVAL
                || s == Status.DIRECTOR_REVIEW;
    }

    private static ApplicationForm checkForm(ApplicationForm f) {
        if (f == null) {
            throw BusinessException.badInput("LR-05", "请填写法制审核申请表");
        }
        return new ApplicationForm(Params.text("LR-05", "决定事项简要情况", f.summary(), 4000, true),
                Params.text("LR-05", "法律依据（违法条款、处罚依据）", f.basis(), 4000, true),
                Params.text("LR-05", "执法人员资格情况", f.officers(), 2000, true),
                Params.text("LR-05", "拟作出决定意见", f.proposal(), 4000, true),
                Params.text("备注", f.notes(), 2000), Params.text("承办机构负责人签字", f.signedUnitHead(), 100),
                Params.text("分管负责人签字", f.signedDeputy(), 100), f.hadHearing());
    }

    /** Microseconds, as PostgreSQL keeps them: a deadline's start read back is never after this instant. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
