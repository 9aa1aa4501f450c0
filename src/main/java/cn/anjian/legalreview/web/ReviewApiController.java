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
import cn.anjian.legalreview.web.ReviewApiRecords.ReviewDetail;
import cn.anjian.legalreview.web.ReviewApiRecords.ReviewSummary;
import io.swagger.v3.oas.annotations.Operation;
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

    /**
     * A submission: the proposed decision, the application form, the materials (each {@code fileId} of an uploaded file
     * or {@code documentId} of a document generated for the case, LR-05) and, LR-14, {@code internalRoute}: an
     * entrusted enforcement institution asks that the bureau's internal legal unit review it (director's consent).
     */
    record SubmitRequest(Long caseId, String caseKind, String partyKind, BigDecimal fineYuan, BigDecimal confiscationYuan,
                         List<String> measures, FormRequest form, List<NewMaterial> materials, Boolean internalRoute) {
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

    /** LR-07 / LR-15: a record; {@code fileId}: its signed file (e.g. a legal adviser's written opinion), filed in the case. */
    record MeetingRequest(String kind, String heldOn, String participants, String content, Long fileId) {
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
    @Operation(summary = "法制审核列表（管辖范围内；status、q 筛选，sort 排序，page 页码，size 每页 20/50/100 条）")
    List<ReviewSummary> list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String status,
                                 @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                                 @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        int n = cn.anjian.kernel.PageSize.parse(size);
        List<ReviewQueries.Row> rows = queries.page(actor, ReviewQueries.Filter.parse(status, q, sort), Params.page(page), n);
        return (rows.size() > n ? rows.subList(0, n) : rows).stream().map(ReviewSummary::of).toList();
    }

    @GetMapping("/reviews/export")
    @PreAuthorize("hasAuthority('legalreview:read')")
    @Operation(summary = "法制审核列表导出 Excel（与列表相同的筛选与排序）")
    org.springframework.http.ResponseEntity<org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody> export(
            @AuthenticationPrincipal Actor actor, @RequestParam(required = false) String status,
            @RequestParam(required = false) String q, @RequestParam(required = false) String sort) {
        return ReviewPageController.sheet(queries, actor, status, q, sort);
    }

    @GetMapping("/reviews/{id}")
    @PreAuthorize("hasAuthority('legalreview:read')")
    @Operation(summary = "法制审核详情（不在管辖范围内为 404）")
    ReviewDetail get(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return detail(actor, id);
    }

    @PostMapping("/reviews")
    @PreAuthorize("hasAuthority('legalreview:submit')")
    @Operation(summary = "提交法制审核（材料为上传文件 fileId 或本案已生成文书 documentId；internalRoute 申请由局内设法制机构审核）")
    Created submit(@AuthenticationPrincipal Actor actor, @RequestBody SubmitRequest r) {
        ClassifyInput in = ClassifyRequests.parse(r.caseKind(), r.partyKind(), plain(r.fineYuan()), plain(r.confiscationYuan()),
                r.measures());
        long caseId = Params.id("案件", r.caseId() == null ? null : r.caseId().toString());
        return new Created(submissions.submit(actor, caseId, in, r.form() == null ? null : r.form().toForm(), r.materials(),
                Boolean.TRUE.equals(r.internalRoute())));
    }

    @PostMapping("/reviews/{id}/supplement")
    @PreAuthorize("hasAuthority('legalreview:submit')")
    ReviewDetail supplement(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody SupplementRequest r) {
        submissions.supplement(actor, id, r.materials(), r.signedUnitHead(), r.signedDeputy());
        return detail(actor, id);
    }

    @PostMapping("/reviews/{id}/findings")
    @PreAuthorize("hasAuthority('legalreview:review')")
    ReviewDetail findings(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody List<FindingInput> r) {
        actions.recordFindings(actor, id, r);
        return detail(actor, id);
    }

    @PostMapping("/reviews/{id}/meetings")
    @PreAuthorize("hasAuthority('legalreview:review')")
    ReviewDetail meeting(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody MeetingRequest r) {
        actions.addMeeting(actor, id, r.kind(), r.heldOn(), r.participants(), r.content(), r.fileId());
        return detail(actor, id);
    }

    @PostMapping("/reviews/{id}/opinion")
    @PreAuthorize("hasAuthority('legalreview:review')")
    ReviewDetail opinion(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody OpinionRequest r) {
        actions.submitOpinion(actor, id, r.outcome(), r.content());
        return detail(actor, id);
    }

    @PostMapping("/reviews/{id}/suspension")
    @PreAuthorize("hasAuthority('legalreview:review')")
    ReviewDetail suspend(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody ReasonRequest r) {
        actions.suspend(actor, id, r.reason());
        return detail(actor, id);
    }

    @DeleteMapping("/reviews/{id}/suspension")
    @PreAuthorize("hasAuthority('legalreview:review')")
    ReviewDetail resume(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        actions.resume(actor, id);
        return detail(actor, id);
    }

    @PostMapping("/reviews/{id}/extension")
    @PreAuthorize("hasAuthority('legalreview:review')")
    ReviewDetail extension(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody ReasonRequest r) {
        actions.requestExtension(actor, id, r.reason());
        return detail(actor, id);
    }

    @PostMapping("/reviews/{id}/objection")
    @PreAuthorize("hasAuthority('legalreview:submit')")
    ReviewDetail object(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody ReasonRequest r) {
        actions.object(actor, id, r.reason());
        return detail(actor, id);
    }

    @PostMapping("/reviews/{id}/director")
    @PreAuthorize("hasAuthority('legalreview:approve')")
    ReviewDetail director(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody OpinionRequest r) {
        actions.directorDecides(actor, id, r.outcome(), r.content());
        return detail(actor, id);
    }

    @PostMapping("/reviews/{id}/discussion")
    @PreAuthorize("hasAuthority('legalreview:discuss')")
    ReviewDetail discussion(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestBody DiscussionRequest r) {
        actions.recordDiscussion(actor, id, r.on(), r.participants(), r.conclusion(), r.agreed());
        return detail(actor, id);
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

    private ReviewDetail detail(Actor actor, long id) {
        return ReviewDetail.of(queries.view(actor, id));
    }

    private static String plain(BigDecimal v) {
        return v == null ? null : v.toPlainString();
    }
}
