package cn.anjian.legalreview.web;

import lombok.RequiredArgsConstructor;

import java.math.BigDecimal;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Params;
import cn.anjian.legalreview.ClassifyInput;
import cn.anjian.legalreview.review.ApplicationForm;
import cn.anjian.legalreview.review.ClassifyRequests;
import cn.anjian.legalreview.review.EmergencyMeasures;
import cn.anjian.legalreview.review.NewMaterial;
import cn.anjian.legalreview.review.ReviewActions;
import cn.anjian.legalreview.review.ReviewActions.FindingInput;
import cn.anjian.legalreview.review.ReviewQueries;
import cn.anjian.legalreview.review.ReviewSubmissions;
import cn.anjian.legalreview.review.ReviewView;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The legal review API (same domain gates as the pages); refusals are problem+json with a stable code. */
@RestController
@RequestMapping("/api/v1/legal-review")
@RequiredArgsConstructor
class ReviewApiController {

    private final ReviewSubmissions submissions;
    private final ReviewActions actions;
    private final ReviewQueries queries;
    private final EmergencyMeasures emergencies;

    record SubmitRequest(Long caseId, String caseKind, String partyKind, BigDecimal fineYuan, BigDecimal confiscationYuan,
                         List<String> measures, FormRequest form, List<NewMaterial> materials) {
    }

    /** The application form (LR-05); signatures are the signers' names. */
    record FormRequest(String summary, String basis, String officers, String proposal, String notes, String signedUnitHead,
                       String signedDeputy, Boolean hadHearing) {

        ApplicationForm toForm() {
            return new ApplicationForm(summary, basis, officers, proposal, notes, signedUnitHead, signedDeputy,
                    Boolean.TRUE.equals(hadHearing));
        }
    }

    record SupplementRequest(List<NewMaterial> materials, String signedUnitHead, String signedDeputy) {
    }

    record MeetingRequest(String kind, String heldOn, String participants, String content) {
    }

    record OpinionRequest(String outcome, String content) {
    }

    record ReasonRequest(String reason) {
    }

    record DiscussionRequest(String on, String participants, String conclusion, boolean agreed) {
    }

    record EmergencyDecision(boolean required, String note) {
    }

    record Created(long id) {
    }

    @GetMapping("/reviews")
    @PreAuthorize("hasAuthority('legalreview:read')")
    List<ReviewQueries.Row> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String status,
                                 @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                                 @RequestParam(required = false) String page) {
        List<ReviewQueries.Row> rows = queries.page(actor, ReviewQueries.Filter.parse(status, q, sort), Params.page(page));
        return rows.size() > ReviewQueries.PAGE_SIZE ? rows.subList(0, ReviewQueries.PAGE_SIZE) : rows;
    }

    @GetMapping("/reviews/{id}")
    @PreAuthorize("hasAuthority('legalreview:read')")
    ReviewView get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return queries.view(actor, id);
    }

    @PostMapping("/reviews")
    @PreAuthorize("hasAuthority('legalreview:submit')")
    Created submit(@AuthenticationPrincipal Actor actor, @RequestBody SubmitRequest r) {
        ClassifyInput in = ClassifyRequests.parse(r.caseKind(), r.partyKind(), plain(r.fineYuan()), plain(r.confiscationYuan()),
                r.measures());
        long caseId = Params.id("案件", r.caseId() == null ? null : r.caseId().toString());
        return new Created(submissions.submit(actor, caseId, in, r.form() == null ? null : r.form().toForm(), r.materials()));
    }

    @PostMapping("/reviews/{id}/supplement")
    @PreAuthorize("hasAuthority('legalreview:submit')")
    ReviewView supplement(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody SupplementRequest r) {
        submissions.supplement(actor, id, r.materials(), r.signedUnitHead(), r.signedDeputy());
        return queries.view(actor, id);
    }

    @PostMapping("/reviews/{id}/findings")
    @PreAuthorize("hasAuthority('legalreview:review')")
    ReviewView findings(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody List<FindingInput> r) {
        actions.recordFindings(actor, id, r);
        return queries.view(actor, id);
    }

    @PostMapping("/reviews/{id}/meetings")
    @PreAuthorize("hasAuthority('legalreview:review')")
    ReviewView meeting(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody MeetingRequest r) {
        actions.addMeeting(actor, id, r.kind(), r.heldOn(), r.participants(), r.content());
        return queries.view(actor, id);
    }

    @PostMapping("/reviews/{id}/opinion")
    @PreAuthorize("hasAuthority('legalreview:review')")
    ReviewView opinion(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody OpinionRequest r) {
        actions.submitOpinion(actor, id, r.outcome(), r.content());
        return queries.view(actor, id);
    }

    @PostMapping("/reviews/{id}/suspension")
    @PreAuthorize("hasAuthority('legalreview:review')")
    ReviewView suspend(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody ReasonRequest r) {
        actions.suspend(actor, id, r.reason());
        return queries.view(actor, id);
    }

    @DeleteMapping("/reviews/{id}/suspension")
    @PreAuthorize("hasAuthority('legalreview:review')")
    ReviewView resume(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        actions.resume(actor, id);
        return queries.view(actor, id);
    }

    @PostMapping("/reviews/{id}/extension")
    @PreAuthorize("hasAuthority('legalreview:review')")
    ReviewView extension(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody ReasonRequest r) {
        actions.requestExtension(actor, id, r.reason());
        return queries.view(actor, id);
    }

    @PostMapping("/reviews/{id}/objection")
    @PreAuthorize("hasAuthority('legalreview:submit')")
    ReviewView object(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody ReasonRequest r) {
        actions.object(actor, id, r.reason());
        return queries.view(actor, id);
    }

    @PostMapping("/reviews/{id}/director")
    @PreAuthorize("hasAuthority('legalreview:approve')")
    ReviewView director(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody OpinionRequest r) {
        actions.directorDecides(actor, id, r.outcome(), r.content());
        return queries.view(actor, id);
    }

    @PostMapping("/reviews/{id}/discussion")
    @PreAuthorize("hasAuthority('legalreview:discuss')")
    ReviewView discussion(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody DiscussionRequest r) {
        actions.recordDiscussion(actor, id, r.on(), r.participants(), r.conclusion(), r.agreed());
        return queries.view(actor, id);
    }

    @GetMapping("/emergencies")
    @PreAuthorize("hasAuthority('legalreview:read')")
    List<EmergencyMeasures.Row> emergencies(@AuthenticationPrincipal Actor actor) {
        return emergencies.list(actor);
    }

    @PostMapping("/emergencies/{id}/decision")
    @PreAuthorize("hasAuthority('legalreview:approve')")
    List<EmergencyMeasures.Row> decideEmergency(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                                                @RequestBody EmergencyDecision r) {
        emergencies.decide(actor, id, r.required(), r.note());
        return emergencies.list(actor);
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }
}
