package cn.anjian.experts.dispatches;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.experts.dispatches.UseForms.ApplicationForm;
import cn.anjian.experts.dispatches.UseForms.DismissalForm;
import cn.anjian.experts.pool.PoolStructure;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Outside units' applications (EXP-12) and declines and dismissal (EXP-14, EXP-15): lists on the list kit (filters, sort,
 * 20/50/100, Excel export) and their forms with every error inline at once.
 */
@Controller
@RequiredArgsConstructor
class ExpertUseApplicationsController {

    static final List<String> APPLICATION_HEADER = List.of("申请单位", "任务名称", "任务地点", "所需专业", "所需人数", "开始日期",
            "结束日期", "状态");
    static final List<String> DISMISSAL_HEADER = List.of("专家", "解聘情形", "事实与证据", "保密义务告知日期", "解聘时间");

    private final UseApplications applications;
    private final Dismissals dismissals;
    private final DeclineFlags flags;
    private final PoolStructure structure;
    private final UseLists lists;

    // ---- outside units' applications (EXP-12) ----

    @GetMapping("/experts/use-applications")
    @PreAuthorize("hasAuthority('expert:read')")
    String applications(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> params, Model model,
                        PageRefusal refusal) {
        refusal.render("filterError", () -> applicationPage(actor, Map.of(), model));
        return applicationPage(actor, params, model);
    }

    private String applicationPage(Actor actor, Map<String, String> params, Model model) {
        model.addAttribute("q", params);
        model.addAttribute("fields", structure.fields());
        model.addAttribute("statuses", UseApplication.Status.values());
        if (!model.containsAttribute("applicationForm")) {
            model.addAttribute("applicationForm", ApplicationForm.blank());
        }
        UseLists.Filter filter = applicationFilter(params);
        ListSort.Sort sort = UseListSpecs.APPLICATIONS.sort().parse(params.get("sort"));
        int size = PageSize.parse(params.get("size"));
        model.addAttribute("kit", ListControls.of(applicationUrl(params), sort, size));
        model.addAttribute("result", lists.page(actor, UseListSpecs.APPLICATIONS, filter, sort, Params.page(params.get("page")), size));
        return "experts/use/applications";
    }

    @PostMapping("/experts/use-applications")
    @PreAuthorize("hasAuthority('expert:dispatch')")
    String apply(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("applicationForm") ApplicationForm form,
                 BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("applicationError", () -> applicationPage(actor, Map.of(), model));
        ApplicationForm.fields(refusal);
        refusal.check(errors);
        applications.file(actor, form.applicant(), form.contact(), form.phone(), form.task(), form.content(), form.place(),
                form.taskStart(), form.taskEnd(), form.field(), form.experts());
        flash.addFlashAttribute("flashMessage", "使用申请已提交专家管理工作领导小组常务副组长批准");
        return "redirect:/experts/use-applications";
    }

    @GetMapping({"/experts/use-applications/export", "/api/v1/experts/use-applications/export"})
    @PreAuthorize("hasAuthority('expert:read')")
    ResponseEntity<StreamingResponseBody> exportApplications(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        UseLists.Filter f = applicationFilter(q);
        ListSort.Sort sort = UseListSpecs.APPLICATIONS.sort().parse(q.get("sort"));
        UseLists.check(UseListSpecs.APPLICATIONS, f);
        return SheetExport.attachment("外单位使用专家申请.xlsx", "外单位使用专家申请", APPLICATION_HEADER, rows -> lists.each(actor,
                UseListSpecs.APPLICATIONS, f, sort, r -> rows.add(r.applicant(), r.task(), r.place(), r.fieldName(),
                        String.valueOf(r.experts()), Fmt.date(r.taskStart()), Fmt.date(r.taskEnd()), r.status().label())));
    }

    private static UseLists.Filter applicationFilter(Map<String, String> q) {
        return new UseLists.Filter(q.get("q"), "a.status",
                Params.choice(UseApplication.Status.class, "状态", q.get("status"), UseApplication.Status::label));
    }

    private static FilterUrl applicationUrl(Map<String, String> q) {
        return FilterUrl.of("/experts/use-applications").with("q", q.get("q")).with("status", q.get("status"));
    }

    // ---- declines and dismissal (EXP-14, EXP-15) ----

    @GetMapping("/experts/dismissals")
    @PreAuthorize("hasAuthority('expert:read')")
    String dismissals(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> params, Model model,
                      PageRefusal refusal) {
        refusal.render("filterError", () -> dismissalPage(actor, Map.of(), model));
        return dismissalPage(actor, params, model);
    }

    private String dismissalPage(Actor actor, Map<String, String> params, Model model) {
        model.addAttribute("q", params);
        model.addAttribute("flagged", flags.flagged(actor));
        model.addAttribute("grounds", DismissalGround.values());
        if (!model.containsAttribute("dismissalForm")) {
            model.addAttribute("dismissalForm", DismissalForm.blank());
        }
        UseLists.Filter filter = dismissalFilter(params);
        ListSort.Sort sort = UseListSpecs.DISMISSALS.sort().parse(params.get("sort"));
        int size = PageSize.parse(params.get("size"));
        model.addAttribute("kit", ListControls.of(dismissalUrl(params), sort, size));
        model.addAttribute("result", lists.page(actor, UseListSpecs.DISMISSALS, filter, sort, Params.page(params.get("page")), size));
        return "experts/use/dismissals";
    }

    @PostMapping("/experts/dismissals")
    @PreAuthorize("hasAuthority('expert:manage')")
    String dismiss(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("dismissalForm") DismissalForm form,
                   BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("dismissError", () -> dismissalPage(actor, Map.of(), model));
        DismissalForm.fields(refusal);
        refusal.check(errors);
        dismissals.dismiss(actor, Params.optionalId("专家", form.expertId()), form.ground(), form.evidence(), form.confidentialityOn());
        flash.addFlashAttribute("flashMessage", "已解聘并出库，保密义务告知已记录");
        return "redirect:/experts/dismissals";
    }

    @GetMapping({"/experts/dismissals/export", "/api/v1/experts/dismissals/export"})
    @PreAuthorize("hasAuthority('expert:read')")
    ResponseEntity<StreamingResponseBody> exportDismissals(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        UseLists.Filter f = dismissalFilter(q);
        ListSort.Sort sort = UseListSpecs.DISMISSALS.sort().parse(q.get("sort"));
        UseLists.check(UseListSpecs.DISMISSALS, f);
        return SheetExport.attachment("专家解聘.xlsx", "专家解聘", DISMISSAL_HEADER, rows -> lists.each(actor, UseListSpecs.DISMISSALS, f,
                sort, r -> rows.add(r.name(), r.ground().label(), r.evidence(), Fmt.date(r.confidentialityOn()),
                        Fmt.dateTime(r.decidedAt()))));
    }

    private static UseLists.Filter dismissalFilter(Map<String, String> q) {
        return new UseLists.Filter(q.get("q"), "x.ground",
                Params.choice(DismissalGround.class, "解聘情形", q.get("ground"), DismissalGround::label));
    }

    private static FilterUrl dismissalUrl(Map<String, String> q) {
        return FilterUrl.of("/experts/dismissals").with("q", q.get("q")).with("ground", q.get("ground"));
    }
}
