package cn.anjian.legalreview.web;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Choice;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.legalreview.review.ApprovalForms;
import cn.anjian.legalreview.review.ReviewActions;
import cn.anjian.legalreview.review.ReviewActions.FindingInput;
import cn.anjian.legalreview.review.ReviewEnums;
import cn.anjian.legalreview.review.ReviewQueries;
import cn.anjian.legalreview.review.ReviewView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The legal unit's inbox and the review page (LR-05..LR-13). */
@Controller
@RequestMapping("/legal-review")
@RequiredArgsConstructor
class ReviewPageController {

    static final List<String> HEADER = List.of("编号", "案号", "案件", "状态", "轮次", "重大", "审核结论", "提交时间", "提交人",
            "审核期限", "意见书文号", "集体讨论");

    private final ReviewQueries queries;
    private final ReviewActions actions;
    private final ApprovalForms approvalForms;
    private final Uploads uploads;

    /** LR-15: the approval form (annex 2) as .docx, from the review's current state. */
    @GetMapping("/{id}/approval-form")
    @PreAuthorize("hasAuthority('legalreview:read')")
    ResponseEntity<byte[]> approvalForm(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        byte[] docx = approvalForms.docx(actor, id);
        return ResponseEntity.ok().contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .header("Content-Disposition", org.springframework.http.ContentDisposition.attachment()
                        .filename("法制审核审批表-" + id + ".docx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(docx);
    }

    /** LR-08: the opinion form (Bean Validation, errors inline). */
    record OpinionForm(@NotBlank(message = "请选择审核结论") String outcome,
                       @NotBlank(message = "请写明审核意见") @Size(max = 8000) String content) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('legalreview:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> p, Model model, PageRefusal refusal) {
        model.addAttribute("f", p);
        model.addAttribute("stateChoices", Choice.of(ReviewEnums.Status.values(), ReviewEnums.Status::label, p.get("status")));
        refusal.render("filterError", () -> {
            model.addAttribute("kit", ListControls.of(filters(p), ReviewQueries.SORT.defaults(), PageSize.DEFAULT));
            model.addAttribute("rowsHtml", ReviewListRow.html(List.of()));
            return "legalreview/list";
        });
        ReviewQueries.Filter f = ReviewQueries.Filter.parse(p.get("status"), p.get("q"), p.get("sort"));
        int size = PageSize.parse(p.get("size"));
        int page = Params.page(p.get("page"));
        List<ReviewQueries.Row> rows = queries.page(actor, f, page, size);
        ListControls kit = ListControls.of(filters(p), f.sort(), size);
        model.addAttribute("kit", kit);
        model.addAttribute("rowsHtml", ReviewListRow.html(ReviewListRow.of(rows.size() > size ? rows.subList(0, size) : rows)));
        model.addAttribute("page", page);
        model.addAttribute("prevUrl", kit.prev(page));
        model.addAttribute("nextUrl", rows.size() > size ? kit.page(page + 1) : null);
        return "legalreview/list";
    }

    /** The list's filters, kept in its pager, sort, size and export links. */
    static FilterUrl filters(Map<String, String> p) {
        return FilterUrl.of("/legal-review").with("status", p.get("status")).with("q", p.get("q"));
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('legalreview:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String status,
                                                 @RequestParam(required = false) String q, @RequestParam(required = false) String sort) {
        return sheet(queries, actor, status, q, sort);
    }

    /** The export, shared with {@code GET /api/v1/legal-review/reviews/export}; a bad filter or sort is refused first. */
    static ResponseEntity<StreamingResponseBody> sheet(ReviewQueries queries, Actor actor, String status, String q, String sort) {
        ReviewQueries.Filter f = ReviewQueries.Filter.parse(status, q, sort);
        return SheetExport.attachment("法制审核.xlsx", "法制审核", HEADER, rows -> queries.each(actor, f, r -> rows.add(r.id(),
                r.caseNumber(), r.caseTitle(), r.status().label(), r.round(), r.major() ? "是" : "否",
                r.outcome() == null ? "" : r.outcome().label(), Fmt.dateTime(r.submittedAt()), r.submittedBy(),
                r.dueDate() == null ? "" : r.dueDate().toString(), r.opinionNumber(), r.discussed() ? "已讨论" : "")));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('legalreview:read')")
    String view(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new OpinionForm(null, null));
        }
        return page(actor, id, model);
    }

    private String page(Actor actor, long id, Model model) {
        ReviewView v = queries.view(actor, id);
        model.addAttribute("v", v);
        model.addAttribute("r", v.review());
        model.addAttribute("checkpoints", ReviewEnums.Checkpoint.values());
        model.addAttribute("outcomes", ReviewEnums.Outcome.values());
        model.addAttribute("meetingKinds", ReviewEnums.MeetingKind.values());
        model.addAttribute("suspensions", ReviewEnums.Suspension.values());
        return "legalreview/review";
    }

    @PostMapping("/{id}/opinion")
    @PreAuthorize("hasAuthority('legalreview:review')")
    String opinion(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") OpinionForm form,
                   BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("opinionError", () -> page(actor, id, model));
        refusal.check(errors);
        actions.submitOpinion(actor, id, form.outcome(), form.content());
        return done(flash, id, "审核意见已提交分管负责人签批");
    }

    @PostMapping("/{id}/findings")
    @PreAuthorize("hasAuthority('legalreview:review')")
    String findings(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Map<String, String> p,
                    RedirectAttributes flash, PageRefusal refusal) {
        refusal.redirect("/legal-review/" + id + "#findings");
        List<FindingInput> in = new ArrayList<>();
        for (ReviewEnums.Checkpoint c : ReviewEnums.Checkpoint.values()) {
            String ok = p.get("ok_" + c.name());
            if (ok != null) {
                in.add(new FindingInput(c.name(), "true".equals(ok), p.get("finding_" + c.name())));
            }
        }
        actions.recordFindings(actor, id, in);
        return done(flash, id, "审核要点意见已保存");
    }

    @PostMapping("/{id}/meetings")
    @PreAuthorize("hasAuthority('legalreview:review')")
    String meeting(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Map<String, String> p,
                   @RequestParam(name = "file", required = false) MultipartFile file, RedirectAttributes flash, PageRefusal refusal) {
        refusal.redirect("/legal-review/" + id + "#meetings");
        // every check first: a refused request (another county's review, a bad date) must not leave a stored file
        actions.checkMeeting(actor, id, p.get("kind"), p.get("heldOn"), p.get("participants"), p.get("content"));
        Long fileId = file == null || file.isEmpty() ? null : uploads.store(actor, file);
        actions.addMeeting(actor, id, p.get("kind"), p.get("heldOn"), p.get("participants"), p.get("content"), fileId);
        return done(flash, id, "记录已添加");
    }

    @PostMapping("/{id}/suspend")
    @PreAuthorize("hasAuthority('legalreview:review')")
    String suspend(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
                   RedirectAttributes flash, PageRefusal refusal) {
        refusal.redirect("/legal-review/" + id);
        actions.suspend(actor, id, reason);
        return done(flash, id, "审核期限已中止计算");
    }

    @PostMapping("/{id}/resume")
    @PreAuthorize("hasAuthority('legalreview:review')")
    String resume(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes flash, PageRefusal refusal) {
        refusal.redirect("/legal-review/" + id);
        actions.resume(actor, id);
        return done(flash, id, "审核期限已恢复计算");
    }

    @PostMapping("/{id}/extension")
    @PreAuthorize("hasAuthority('legalreview:review')")
    String extension(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
                     RedirectAttributes flash, PageRefusal refusal) {
        refusal.redirect("/legal-review/" + id);
        actions.requestExtension(actor, id, reason);
        return done(flash, id, "延期申请已报分管负责人");
    }

    @PostMapping("/{id}/objection")
    @PreAuthorize("hasAuthority('legalreview:submit')")
    String objection(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
                     RedirectAttributes flash, PageRefusal refusal) {
        refusal.redirect("/legal-review/" + id);
        actions.object(actor, id, reason);
        return done(flash, id, "异议已提交");
    }

    @PostMapping("/{id}/director")
    @PreAuthorize("hasAuthority('legalreview:approve')")
    String director(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String outcome,
                    @RequestParam(required = false) String opinion, RedirectAttributes flash, PageRefusal refusal) {
        refusal.redirect("/legal-review/" + id);
        actions.directorDecides(actor, id, outcome, opinion);
        return done(flash, id, "主要负责人审核意见已记录");
    }

    @PostMapping("/{id}/discussion")
    @PreAuthorize("hasAuthority('legalreview:discuss')")
    String discussion(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Map<String, String> p,
                      RedirectAttributes flash, PageRefusal refusal) {
        refusal.redirect("/legal-review/" + id + "#discussion");
        actions.recordDiscussion(actor, id, p.get("on"), p.get("participants"), p.get("conclusion"), "true".equals(p.get("agreed")));
        return done(flash, id, "集体讨论已记录");
    }

    private static String done(RedirectAttributes flash, long id, String notice) {
        flash.addFlashAttribute("notice", notice);
        return "redirect:/legal-review/" + id;
    }
}
