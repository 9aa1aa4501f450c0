package cn.anjian.legalreview.review;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.Cases;
import cn.anjian.files.Files;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.legalreview.Classification;
import cn.anjian.legalreview.ClassifyInput;
import cn.anjian.legalreview.MajorDecisions;
import cn.anjian.legalreview.review.ReviewEnums.MaterialKind;
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
    private final MajorDecisions classifier;
    private final Files files;
    private final Clock clock;
    private final ReviewClocks clocks;
    private final EmergencyMeasures emergencies;

    /** Submits a review (needs {@code legalreview:submit}); returns its id. One open review per case. */
    @Transactional
    public long submit(Actor actor, long caseId, ClassifyInput proposed, ApplicationForm form, List<NewMaterial> materials) {
        Guard.require(actor, "legalreview:submit");
        CaseRef c = cases.ref(caseId, actor);
        if (c.stage() != CaseStage.INVESTIGATION && c.stage() != CaseStage.DECISION) {
            throw new BusinessException("LR-05", "只有调查取证或审查决定阶段的案件才能提交法制审核，当前为“" + c.stage().label() + "”");
        }
        if (reviews.findByCaseIdOrderByIdDesc(caseId).stream().anyMatch(r -> open(r.status()))) {
            throw BusinessException.conflict("LR-05", "本案已有进行中的法制审核");
        }
        ApplicationForm f = checkForm(form);
        List<Material> ms = materials(actor, materials);
        Instant now = now();
        LocalDate today = LocalDate.ofInstant(now, Zones.SHANGHAI);
        Classification cl = classifier.classify(proposed, today);
        ReviewSubject s = new ReviewSubject(c.id(), c.caseNumber(), c.title(), c.agencyId(), actor.jurisdictionId(),
                c.scopePath(), proposed.caseKind().name(), proposed.partyKind().name(), proposed.fineYuan(),
                proposed.confiscationYuan(), proposed.measures().stream().map(Enum::name).sorted().collect(Collectors.joining(",")),
                cl.major(), cl.ruleSetVersion(), cl.ruleDate(),
                cl.reasons().stream().map(r -> r.code() + "：" + r.text()).collect(Collectors.joining("\n")));
        LegalReview r = reviews.save(LegalReview.submit(s, f, ms, null, now, actor.username()));
        emergencies.reviewSubmitted(caseId, now); // LR-04: a required supplementary review is now submitted
        clocks.after(actor, r, now);
        return reviews.save(r).id();
    }

    /** LR-05: the submitter supplements a returned submission. */
    @Transactional
    public void supplement(Actor actor, long reviewId, List<NewMaterial> more, String signedUnitHead, String signedDeputy) {
        Guard.require(actor, "legalreview:submit");
        LegalReview r = reviews.findById(reviewId).filter(x -> actor.scope().covers(x.scopePath()))
                .orElseThrow(() -> BusinessException.notFound("法制审核"));
        List<Material> ms = materials(actor, more);
        Instant now = now();
        DeadlineId supplementDeadline = r.deadlineId() == null ? null : new DeadlineId(r.deadlineId());
        r.supplement(ms, Params.text("承办机构负责人签字", signedUnitHead, 100), Params.text("分管负责人签字", signedDeputy, 100),
                null, now, actor.username());
        if (r.status() == Status.UNDER_REVIEW && supplementDeadline != null) {
            clocks.supplemented(supplementDeadline, now);
        }
        clocks.after(actor, r, now);
        reviews.save(r);
    }

    static boolean open(Status s) {
        return s == Status.SUPPLEMENT_REQUESTED || s == Status.UNDER_REVIEW || s == Status.AWAITING_APPROVAL
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

    private List<Material> materials(Actor actor, List<NewMaterial> in) {
        List<Material> out = new ArrayList<>();
        if (in == null) {
            return out;
        }
        if (in.size() > 50) {
            throw BusinessException.badInput("LR-05", "材料不能超过 50 份");
        }
        for (NewMaterial m : in) {
            MaterialKind k = Params.requiredChoice("LR-05", MaterialKind.class, "材料种类", m.kind(), MaterialKind::label);
            files.find(m.fileId(), actor); // in the actor's scope, else 404
            out.add(new Material(k.name(), m.fileId(), Params.text("材料名称", m.title(), 200)));
        }
        return out;
    }

    /** Microseconds, as PostgreSQL keeps them: a deadline's start read back is never after this instant. */
    private Instant now() {
        return clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }
}
