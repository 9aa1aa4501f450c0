package cn.anjian.experts.dispatches;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.anjian.experts.dispatches.UseForms.BudgetForm;
import cn.anjian.experts.dispatches.UseForms.FixedForm;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.kernel.Zones;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Budgets (EXP-16) and fixed experts (EXP-11): lists on the list kit (filters, sort, 20/50/100, Excel export) and their
 * forms with every error inline at once; a domain refusal re-renders the page with the input kept.
 */
@Controller
@RequiredArgsConstructor
class ExpertUsePageController {

    static final List<String> BUDGET_HEADER = List.of("股室", "年度", "预算（元）", "已占用（元）", "已支付（元）", "剩余（元）");
    static final List<String> FIXED_HEADER = List.of("专家", "行业领域", "股室", "开始日期", "结束日期", "状态");

    private final Budgets budgets;
    private final FixedExperts fixed;
    private final UseLists lists;
    private final Clock clock;

    // ---- budgets (EXP-16) ----

    @GetMapping("/experts/budgets")
    @PreAuthorize("hasAuthority('expert:read')")
    String budgets(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> params, Model model, PageRefusal refusal) {
        refusal.render("filterError", () -> budgetPage(actor, Map.of(), model));
        return budgetPage(actor, params, model);
    }

    private String budgetPage(Actor actor, Map<String, String> params, Model model) {
        int thisYear = LocalDate.now(clock.withZone(Zones.SHANGHAI)).getYear();
        model.addAttribute("q", params);
        model.addAttribute("units", budgets.units(actor));
        if (!model.containsAttribute("budgetForm")) {
            model.addAttribute("budgetForm", BudgetForm.blank(thisYear));
        }
        UseLists.Filter filter = budgetFilter(params, thisYear);
        model.addAttribute("year", filter.choice());
        ListSort.Sort sort = UseListSpecs.BUDGETS.sort().parse(params.get("sort"));
        int size = PageSize.parse(params.get("size"));
        model.addAttribute("kit", ListControls.of(budgetUrl(params), sort, size));
        model.addAttribute("result", lists.page(actor, UseListSpecs.BUDGETS, filter, sort, Params.page(params.get("page")), size));
        return "experts/use/budgets";
    }

    @PostMapping("/experts/budgets")
    @PreAuthorize("hasAuthority('expert:budget')")
    String setBudget(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("budgetForm") BudgetForm form, BindingResult errors,
                     Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("budgetError", () -> budgetPage(actor, Map.of(), model));
        BudgetForm.fields(refusal);
        refusal.check(errors);
        int y = Integer.parseInt(form.year().strip());
        budgets.set(actor, Params.id("股室", form.unitId()), y, Params.decimal("预算金额", form.amount()));
        flash.addFlashAttribute("flashMessage", "预算已保存");
        return "redirect:/experts/budgets?year=" + y;
    }

    @GetMapping({"/experts/budgets/export", "/api/v1/experts/budgets/export"})
    @PreAuthorize("hasAuthority('expert:read')")
    ResponseEntity<StreamingResponseBody> exportBudgets(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        UseLists.Filter f = budgetFilter(q, LocalDate.now(clock.withZone(Zones.SHANGHAI)).getYear());
        ListSort.Sort sort = UseListSpecs.BUDGETS.sort().parse(q.get("sort"));
        UseLists.check(UseListSpecs.BUDGETS, f);
        return SheetExport.attachment("专家工作经费预算.xlsx", "专家工作经费预算", BUDGET_HEADER, rows -> lists.each(actor,
                UseListSpecs.BUDGETS, f, sort, l -> rows.add(l.unitName(), String.valueOf(l.year()), l.amount().toPlainString(),
                        l.committed().toPlainString(), l.paid().toPlainString(), l.remaining().toPlainString())));
    }

    private static UseLists.Filter budgetFilter(Map<String, String> q, int thisYear) {
        return new UseLists.Filter(q.get("q"), "x.year", Params.integer("年度", q.get("year"), thisYear, 2000, 2100));
    }

    private static FilterUrl budgetUrl(Map<String, String> q) {
        return FilterUrl.of("/experts/budgets").with("q", q.get("q")).with("year", q.get("year"));
    }

    // ---- fixed experts (EXP-11) ----

    @GetMapping("/experts/fixed")
    @PreAuthorize("hasAuthority('expert:read')")
    String fixed(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> params, Model model, PageRefusal refusal) {
        refusal.render("filterError", () -> fixedPage(actor, Map.of(), model));
        return fixedPage(actor, params, model);
    }

    private String fixedPage(Actor actor, Map<String, String> params, Model model) {
        model.addAttribute("q", params);
        model.addAttribute("statuses", FixedExpert.Status.values());
        if (!model.containsAttribute("fixedForm")) {
            model.addAttribute("fixedForm", FixedForm.blank());
        }
        UseLists.Filter filter = fixedFilter(params);
        ListSort.Sort sort = UseListSpecs.FIXED.sort().parse(params.get("sort"));
        int size = PageSize.parse(params.get("size"));
        model.addAttribute("kit", ListControls.of(fixedUrl(params), sort, size));
        model.addAttribute("result", lists.page(actor, UseListSpecs.FIXED, filter, sort, Params.page(params.get("page")), size));
        return "experts/use/fixed";
    }

    @PostMapping("/experts/fixed")
    @PreAuthorize("hasAuthority('expert:dispatch')")
    String propose(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("fixedForm") FixedForm form, BindingResult errors,
                   Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("fixedError", () -> fixedPage(actor, Map.of(), model));
        FixedForm.fields(refusal);
        refusal.check(errors);
        fixed.propose(actor, Params.optionalId("专家", form.expertId()), form.from(), form.to(), form.reason());
        flash.addFlashAttribute("flashMessage", "已提交局长办公会审定");
        return "redirect:/experts/fixed";
    }

    @GetMapping({"/experts/fixed/export", "/api/v1/experts/fixed/export"})
    @PreAuthorize("hasAuthority('expert:read')")
    ResponseEntity<StreamingResponseBody> exportFixed(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        UseLists.Filter f = fixedFilter(q);
        ListSort.Sort sort = UseListSpecs.FIXED.sort().parse(q.get("sort"));
        UseLists.check(UseListSpecs.FIXED, f);
        return SheetExport.attachment("相对固定专家.xlsx", "相对固定专家", FIXED_HEADER, rows -> lists.each(actor, UseListSpecs.FIXED, f,
                sort, r -> rows.add(r.expertName(), r.fieldName(), r.unitName(), Fmt.date(r.from()), Fmt.date(r.to()),
                        r.status().label())));
    }

    private static UseLists.Filter fixedFilter(Map<String, String> q) {
        return new UseLists.Filter(q.get("q"), "x.status",
                Params.choice(FixedExpert.Status.class, "状态", q.get("status"), FixedExpert.Status::label));
    }

    private static FilterUrl fixedUrl(Map<String, String> q) {
        return FilterUrl.of("/experts/fixed").with("q", q.get("q")).with("status", q.get("status"));
    }
}
