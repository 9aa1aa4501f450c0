package cn.anjian.complaints.submissions;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Choice;
import cn.anjian.kernel.BusinessException;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages: a supervisor's own submissions (SS-04) and the staff's handling list (SS-05). Refusals on
 * forms are shown inline with what was typed; unknown or out-of-scope ids answer 404.
 */
@Controller
@RequiredArgsConstructor
class SubmissionPageController {

    private final SubmissionService service;
    private final SubmissionQueries queries;
    private final SubmissionHandling handling;
    private final PublicIntake intake;
    private final SubmissionPhotos photos;

    // ---- the supervisor's own pages ----

    /** The supervisor's own list filters (issue 12: the list kit), kept in the pager and sort links. */
    record MineFilters(String status, String kind, String q) {
        FilterUrl url() {
            return FilterUrl.of("/complaints/my-submissions").with("status", status).with("kind", kind).with("q", q);
        }
    }

    @GetMapping("/complaints/my-submissions")
    @PreAuthorize("hasAuthority('submission:create')")
    String mine(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String status,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String q,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String size,
                @RequestParam(required = false) String page, Model model, PageRefusal refusal) {
        MineFilters f = new MineFilters(status, kind, q);
        refusal.render("filterError", () -> emptyMine(actor, f, model));
        ListControls kit = ListControls.of(f.url(), SubmissionQueries.SORT.parse(sort), PageSize.parse(size));
        SubmissionQueries.Filter filter = filter(new Filters(status, kind, null, q), null);
        return minePage(actor, f, kit, queries.forSupervisor(actor.userId(), filter, kit.sort(), Params.page(page), kit.size(),
                service.today()), model);
    }

    /** The page after a bad filter: the list empty, the filters as typed kept in the form. */
    private String emptyMine(Actor actor, MineFilters f, Model model) {
        return minePage(actor, f, ListControls.of(f.url(), SubmissionQueries.SORT.defaults(), PageSize.DEFAULT),
                new SubmissionQueries.Page(java.util.List.of(), 0, 0, PageSize.DEFAULT), model);
    }

    private String minePage(Actor actor, MineFilters f, ListControls kit, SubmissionQueries.Page p, Model model) {
        model.addAttribute("f", f);
        model.addAttribute("kit", kit);
        model.addAttribute("result", p);
        model.addAttribute("kinds", SubmissionKind.SUPERVISOR_KINDS);
        model.addAttribute("states", SubmissionStatus.values());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new SubmissionForm(null, null, null, null, null));
        }
        return "complaints/my-submissions";
    }

    /** A supervisor's submission (SS-04) as typed; whether they may submit at all is the domain's. */
    record SubmissionForm(@NotBlank(message = "请选择类别") String kind,
                          @NotBlank @Size(max = Submission.TITLE_MAX) String title,
                          @NotBlank @Size(max = Submission.CONTENT_MAX) String content,
                          @Size(max = Submission.FIELD_MAX) String location,
                          @Size(max = Submission.FIELD_MAX) String enterpriseName) {

        SubmissionService.NewSubmission toSubmission() {
            return new SubmissionService.NewSubmission(kind, title, content, location, enterpriseName);
        }
    }

    @PostMapping("/complaints/my-submissions")
    @PreAuthorize("hasAuthority('submission:create')")
    String submit(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") SubmissionForm form, BindingResult errors,
                  Model model, RedirectAttributes r, PageRefusal refusal) {
        refusal.render(() -> {
            MineFilters none = new MineFilters(null, null, null);
            return minePage(actor, none, ListControls.of(none.url(), SubmissionQueries.SORT.defaults(), PageSize.DEFAULT),
                    queries.forSupervisor(actor.userId(), filter(new Filters(null, null, null, null), null),
                            SubmissionQueries.SORT.defaults(), 0, PageSize.DEFAULT, service.today()), model);
        }).field("SS-04-KIND", "kind");
        refusal.check(errors);
        Submission s = service.submit(actor, form.toSubmission());
        r.addFlashAttribute("flashMessage", "已提交，查询码 " + s.trackingCode + "，答复期限至 " + s.dueDate);
        return "redirect:/complaints/my-submissions/" + s.id;
    }

    @GetMapping("/complaints/my-submissions/{id}")
    @PreAuthorize("hasAuthority('submission:create')")
    String mineDetail(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        Submission s = service.getOwn(actor, Params.id("id", id));
        return detail(s, true, model);
    }

    // ---- staff ----

    record Filters(String status, String kind, String overdue, String q) {
        /** The filters, kept in the pager, sort, size and export links. */
        FilterUrl url() {
            return FilterUrl.of("/complaints/submissions").with("status", status).with("kind", kind).with("overdue", overdue).with("q", q);
        }
    }

    @GetMapping("/complaints/submissions")
    @PreAuthorize("hasAuthority('submission:handle')")
    String staffList(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String status,
                     @RequestParam(required = false) String kind, @RequestParam(required = false) String overdue,
                     @RequestParam(required = false) String q, @RequestParam(required = false) String page,
                     @RequestParam(required = false) String sort, @RequestParam(required = false) String size, Model model,
                     PageRefusal refusal) {
        Filters f = new Filters(status, kind, overdue, q);
        model.addAttribute("f", f);
        model.addAttribute("kindChoices", Choice.of(SubmissionKind.values(), SubmissionKind::label, kind));
        model.addAttribute("stateChoices", Choice.of(SubmissionStatus.values(), SubmissionStatus::label, status));
        refusal.render("filterError", () -> {
            model.addAttribute("result", new SubmissionQueries.Page(java.util.List.of(), 0, 0, SubmissionQueries.PAGE_SIZE));
            model.addAttribute("rows", java.util.List.of());
            model.addAttribute("rowsHtml", SubmissionListRow.html(java.util.List.of()));
            model.addAttribute("kit", ListControls.of(f.url(), SubmissionQueries.SORT.defaults(), PageSize.DEFAULT));
            return "complaints/submissions";
        });
        ListSort.Sort order = SubmissionQueries.SORT.parse(sort);
        int n = PageSize.parse(size);
        ListControls kit = ListControls.of(f.url(), order, n);
        model.addAttribute("kit", kit);
        // counted as the API counts (issue 20): at most 1,000, the pager then says "1000 条以上"
        SubmissionQueries.Page p = queries.forStaff(actor.scope(), filter(f, null), order, Params.page(page), n, service.today(),
                cn.anjian.kernel.ListCount.CAPPED);
        model.addAttribute("result", p);
        java.util.List<SubmissionListRow> rows = SubmissionListRow.of(p.items());
        model.addAttribute("rows", rows);
        model.addAttribute("rowsHtml", SubmissionListRow.html(rows));
        model.addAttribute("prevUrl", p.page() > 0 ? kit.page(p.page() - 1) : null);
        model.addAttribute("nextUrl", p.hasNext() ? kit.page(p.page() + 1) : null);
        return "complaints/submissions";
    }

    /** htmx fragment for a supervisor's detail page (personnel): that supervisor's submissions in scope. */
    @GetMapping("/complaints/submissions/by-supervisor/{supervisorId}")
    @PreAuthorize("hasAuthority('personnel:read') or hasAuthority('submission:handle')")
    String bySupervisor(@AuthenticationPrincipal Actor actor, @PathVariable String supervisorId,
                        @RequestParam(required = false) String page, Model model) {
        long sid = Params.id("supervisorId", supervisorId);
        model.addAttribute("result", queries.forStaff(actor.scope(),
                new SubmissionQueries.Filter(null, null, null, null, sid), Params.page(page), service.today()));
        model.addAttribute("canHandle", actor.hasPermission("submission:handle"));
        return "complaints/fragments :: supervisor-submissions";
    }

    @GetMapping("/complaints/submissions/{id}")
    @PreAuthorize("hasAuthority('submission:handle')")
    String staffDetail(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        Submission s = service.getForStaff(actor, Params.id("id", id));
        model.addAttribute("supervisorName", queries.supervisorName(s.supervisorId));
        model.addAttribute("h", HandlingView.of(s, queries.userName(s.handlerUserId)));
        model.addAttribute("candidates", handling.candidates(s.agencyId));
        model.addAttribute("isHandler", s.handlerUserId != null && s.handlerUserId == actor.userId());
        model.addAttribute("caseKinds", cn.anjian.enforcement.CaseKind.values());
        model.addAttribute("photos", photos.of(s.id));
        return detail(s, false, model);
    }

    // ---- public channels typed by staff (CMP-01) and handling (CMP-02, CAP-08) ----

    record StaffEntryForm(@NotBlank(message = "请选择来源") String channel, @NotBlank(message = "请选择类别") String kind,
                          @NotBlank @Size(max = Submission.TITLE_MAX) String title,
                          @NotBlank @Size(max = Submission.CONTENT_MAX) String content,
                          @Size(max = Submission.FIELD_MAX) String location,
                          @Size(max = Submission.FIELD_MAX) String enterpriseName, String anonymous,
                          @Size(max = 50) String contactName, @Size(max = 20) String contactPhone) {
        PublicIntake.Filing filing() {
            return new PublicIntake.Filing(kind, title, content, location, enterpriseName,
                    "true".equals(anonymous) || "on".equals(anonymous), contactName, contactPhone);
        }
    }

    @GetMapping("/complaints/submissions/new")
    @PreAuthorize("hasAuthority('submission:handle')")
    String newEntry(Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new StaffEntryForm(Channel.HOTLINE_12345.name(), null, null, null, null, null, null, null, null));
        }
        model.addAttribute("kinds", SubmissionKind.PUBLIC_KINDS);
        model.addAttribute("channels", java.util.List.of(Channel.HOTLINE_12345, Channel.LETTER));
        return "complaints/staff-entry";
    }

    @PostMapping("/complaints/submissions")
    @PreAuthorize("hasAuthority('submission:handle')")
    String enter(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") StaffEntryForm form, BindingResult errors,
                 Model model, RedirectAttributes r, PageRefusal refusal) {
        refusal.render(() -> newEntry(model)).field("CMP-01-KIND", "kind").field("CMP-01-CHANNEL", "channel")
                .field("CMP-01-CONTACT", "contactName").field("CMP-01-PHONE", "contactPhone");
        refusal.check(errors);
        Submission s = intake.byStaff(actor, form.channel(), form.filing());
        return handled(r, s.id, "已登记，查询码 " + s.trackingCode + "（请告知反映人，凭此码可在公示门户查询办理情况）");
    }

    @PostMapping("/complaints/submissions/{id}/decline")
    @PreAuthorize("hasAuthority('submission:handle')")
    String decline(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam(required = false) String reason,
                   Model model, RedirectAttributes r, PageRefusal refusal) {
        model.addAttribute("declineText", reason);
        refusal.render("declineError", () -> staffDetail(actor, id, model));
        handling.decline(actor, Params.id("id", id), reason);
        return handled(r, Params.id("id", id), "已不予受理，理由已告知反映人");
    }

    @PostMapping("/complaints/submissions/{id}/assign")
    @PreAuthorize("hasAuthority('submission:handle')")
    String assign(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam(required = false) String handler,
                  Model model, RedirectAttributes r, PageRefusal refusal) {
        refusal.render("assignError", () -> staffDetail(actor, id, model));
        handling.assign(actor, Params.id("id", id), handler);
        return handled(r, Params.id("id", id), "已指定承办人");
    }

    /** CAP-08: the handling officer looks at the submitter's identity (audited); everyone else gets 403. */
    @PostMapping("/complaints/submissions/{id}/identity")
    @PreAuthorize("hasAuthority('submission:handle')")
    String identity(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        model.addAttribute("contact", handling.identity(actor, Params.id("id", id)));
        return staffDetail(actor, id, model);
    }

    @PostMapping("/complaints/submissions/{id}/case")
    @PreAuthorize("hasAuthority('submission:handle') and hasAuthority('case:manage')")
    String openCase(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam(required = false) String kind,
                    @RequestParam(required = false) String citizenName, @RequestParam(required = false) String title,
                    Model model, RedirectAttributes r, PageRefusal refusal) {
        refusal.render("caseError", () -> staffDetail(actor, id, model));
        long caseId = handling.openCase(actor, Params.id("id", id), kind, citizenName, title);
        r.addFlashAttribute("flashMessage", "已立案，案件来源为本线索");
        return "redirect:/cases/" + caseId;
    }

    @PostMapping("/complaints/submissions/{id}/reward")
    @PreAuthorize("hasAuthority('submission:handle')")
    String reward(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam(required = false) String amount,
                  @RequestParam(required = false) String note, Model model, RedirectAttributes r, PageRefusal refusal) {
        model.addAttribute("rewardAmountText", amount);
        model.addAttribute("rewardNoteText", note);
        refusal.render("rewardError", () -> staffDetail(actor, id, model));
        handling.reward(actor, Params.id("id", id), amount, note);
        return handled(r, Params.id("id", id), "已记录举报奖励");
    }

    @PostMapping("/complaints/submissions/{id}/accept")
    @PreAuthorize("hasAuthority('submission:handle')")
    String accept(@AuthenticationPrincipal Actor actor, @PathVariable String id, RedirectAttributes r, PageRefusal refusal) {
        long sid = Params.id("id", id);
        refusal.redirect("/complaints/submissions/" + sid);
        service.accept(actor, sid);
        return handled(r, sid, "已受理");
    }

    @PostMapping("/complaints/submissions/{id}/answer")
    @PreAuthorize("hasAuthority('submission:handle')")
    String answer(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                  @RequestParam(required = false) String answer, Model model, RedirectAttributes r,
                  PageRefusal refusal) {
        long sid = Params.id("id", id);
        model.addAttribute("answerText", answer);
        refusal.render("answerError", () -> staffDetail(actor, id, model));
        service.answer(actor, sid, answer);
        return handled(r, sid, "已答复，期限已完成");
    }

    /** The submission's page, for its supervisor ({@code own}) or for staff. */
    private String detail(Submission s, boolean own, Model model) {
        model.addAttribute("s", SubmissionView.of(s, service.today()));
        model.addAttribute("deadline", service.deadline(s).orElse(null));
        model.addAttribute("own", own);
        return "complaints/submission";
    }

    static SubmissionQueries.Filter filter(Filters f, Long supervisorId) {
        SubmissionKind kind = f.kind() == null || f.kind().isBlank() ? null : SubmissionKind.parse(f.kind());
        String q = f.q() == null ? null : f.q().strip();
        if (q != null && q.length() > 100) {
            throw BusinessException.badInput("BAD-PARAMETER", "搜索内容不能超过 100 个字");
        }
        return new SubmissionQueries.Filter(SubmissionStatus.parseOrNull(f.status()), kind,
                "true".equalsIgnoreCase(f.overdue()) || "1".equals(f.overdue()), q, supervisorId);
    }

    /** Back to the submission's staff page with the message shown on top. */
    private static String handled(RedirectAttributes r, long sid, String message) {
        r.addFlashAttribute("flashMessage", message);
        return "redirect:/complaints/submissions/" + sid;
    }
}
