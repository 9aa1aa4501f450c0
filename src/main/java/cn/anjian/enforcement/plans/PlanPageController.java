package cn.anjian.enforcement.plans;

import lombok.RequiredArgsConstructor;

import java.util.Map;

import cn.anjian.enterprises.EnterpriseFilter;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import cn.anjian.kernel.PageRefusal;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages under {@code /plans} (CASE-07). Each handler says where a refusal goes ({@link PageRefusal}):
 * the page re-rendered with the domain's message inline, the input kept, and the matching 4xx status.
 */
@Controller
@RequestMapping("/plans")
@RequiredArgsConstructor
class PlanPageController {

    private final InspectionPlans plans;
    private final Workflows workflows;
    private final Enterprises enterprises;

    @GetMapping
    @PreAuthorize("hasAuthority('case:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("fYear", q.getOrDefault("year", "").strip());
        model.addAttribute("fStatus", q.getOrDefault("status", "").strip());
        model.addAttribute("statuses", PlanStatus.values());
        refusal.render("filterError", () -> {
            model.addAttribute("kit", ListControls.of(filters(q), PlanQueries.SORT.defaults(), PageSize.DEFAULT));
            model.addAttribute("result", plans.list(actor, null, null, PlanQueries.SORT.defaults(), 0, PageSize.DEFAULT));
            return "enforcement/plans/list";
        });
        ListSort.Sort sort = PlanQueries.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(filters(q), sort, size));
        model.addAttribute("result", plans.list(actor, year(q), status(q), sort, Params.page(q.get("page")), size));
        return "enforcement/plans/list";
    }

    /** The list's filters, kept in its pager, sort, size and export links. */
    static FilterUrl filters(Map<String, String> q) {
        return FilterUrl.of("/plans").with("year", q.get("year")).with("status", q.get("status"));
    }

    static Integer year(Map<String, String> q) {
        return Params.optionalInteger("计划年度", q.get("year"));
    }

    static PlanStatus status(Map<String, String> q) {
        return Params.choice(PlanStatus.class, "计划状态", q.get("status"), PlanStatus::label);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('plan:manage')")
    String newForm(Model model) {
        model.addAttribute("form", new PlanForm(null, null));
        return "enforcement/plans/new";
    }

    /**
     * The new-plan form, fields as typed: text checked by constraints (not converted while binding, which
     * would stop at the first bad number and hide the other errors); the year's range is the domain's.
     */
    record PlanForm(@NotBlank @Pattern(regexp = "\\s*\\d{4}\\s*", message = "须为四位数字的年份") String year,
                    @Size(max = 200) String title) {
        int yearValue() {
            return Integer.parseInt(year.strip());
        }
    }

    @PostMapping
    @PreAuthorize("hasAuthority('plan:manage')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") PlanForm form, BindingResult errors,
                  PageRefusal refusal, RedirectAttributes flash) {
        refusal.render(() -> "enforcement/plans/new");
        refusal.check(errors);
        long id = plans.create(actor, form.yearValue(), form.title());
        flash.addFlashAttribute("notice", "计划已创建，请添加检查事项后报局长审批");
        return "redirect:/plans/" + id;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('case:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        return detailPage(actor, id, model);
    }

    @PostMapping("/{id}/items")
    @PreAuthorize("hasAuthority('plan:manage')")
    String addItem(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Map<String, String> p,
                   Model model, PageRefusal refusal, RedirectAttributes flash) {
        model.addAttribute("itemForm", p);
        refusal.render("itemError", () -> detailPage(actor, id, model));
        TargetKind kind = Params.choice(TargetKind.class, "检查对象类型", p.get("kind"), TargetKind::label);
        plans.addItem(actor, id, new InspectionPlans.NewItem(kind, Params.optionalId("enterpriseId", p.get("enterpriseId")),
                Params.choice(Industry.class, "行业领域", p.get("industry"), Industry::label), p.get("area"),
                p.get("content"), p.get("period"), p.get("responsibleUnit"), requiredInt(p.get("plannedCount"), "计划检查家次")));
        flash.addFlashAttribute("notice", "已添加检查事项");
        return "redirect:/plans/" + id + "#items";
    }

    /** CASE-10: the plan's inspections a year per risk grade; digits only here, the range is the domain's. */
    record FrequencyForm(@NotBlank @Pattern(regexp = "\\s*(\\d{1,3})?\\s*", message = "须为整数") String a,
                         @NotBlank @Pattern(regexp = "\\s*(\\d{1,3})?\\s*", message = "须为整数") String b,
                         @NotBlank @Pattern(regexp = "\\s*(\\d{1,3})?\\s*", message = "须为整数") String c,
                         @NotBlank @Pattern(regexp = "\\s*(\\d{1,3})?\\s*", message = "须为整数") String d) {
        static FrequencyForm of(GradeFrequencies f) {
            return new FrequencyForm(String.valueOf(f.a()), String.valueOf(f.b()), String.valueOf(f.c()), String.valueOf(f.d()));
        }

        GradeFrequencies value() {
            return new GradeFrequencies(Integer.parseInt(a.strip()), Integer.parseInt(b.strip()), Integer.parseInt(c.strip()),
                    Integer.parseInt(d.strip()));
        }
    }

    @PostMapping("/{id}/frequencies")
    @PreAuthorize("hasAuthority('plan:manage')")
    String frequencies(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                       @Valid @ModelAttribute("freqForm") FrequencyForm form, BindingResult errors, Model model,
                       PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("freqError", () -> detailPage(actor, id, model));
        refusal.check(errors);
        plans.changeFrequencies(actor, id, form.value());
        flash.addFlashAttribute("notice", "已保存分类分级检查频次");
        return "redirect:/plans/" + id + "#frequencies";
    }

    @PostMapping("/{id}/items/{itemId}/delete")
    @PreAuthorize("hasAuthority('plan:manage')")
    String removeItem(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long itemId,
                      Model model, PageRefusal refusal, RedirectAttributes flash) {
        return act(actor, id, model, refusal, flash, "已删除检查事项", () -> plans.removeItem(actor, id, itemId));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('plan:manage')")
    String submit(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model, PageRefusal refusal,
                  RedirectAttributes flash) {
        return act(actor, id, model, refusal, flash, "已报局长审批", () -> plans.submit(actor, id));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAuthority('plan:manage')")
    String publish(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model, PageRefusal refusal,
                   RedirectAttributes flash) {
        return act(actor, id, model, refusal, flash, "计划已公布，并已在门户网站“公示公告”中发布", () -> plans.publish(actor, id));
    }

    @PostMapping("/{id}/revise")
    @PreAuthorize("hasAuthority('plan:manage')")
    String revise(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
                  Model model, PageRefusal refusal, RedirectAttributes flash) {
        model.addAttribute("reason", reason);
        refusal.render("reviseError", () -> detailPage(actor, id, model));
        long revision = plans.revise(actor, id, reason);
        flash.addFlashAttribute("notice", "已创建修订稿，修改后报批；公布后将取代原计划");
        return "redirect:/plans/" + revision;
    }

    @PostMapping("/{id}/items/{itemId}/case")
    @PreAuthorize("hasAuthority('plan:manage') and hasAuthority('case:manage')")
    String openCase(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long itemId, Model model,
                    PageRefusal refusal) {
        refusal.render("error", () -> detailPage(actor, id, model));
        long caseId = plans.openCase(actor, id, itemId).id();
        return "redirect:/cases/" + caseId;
    }

    private String act(Actor actor, long id, Model model, PageRefusal refusal, RedirectAttributes flash, String done,
                       Runnable action) {
        refusal.render("error", () -> detailPage(actor, id, model));
        action.run();
        flash.addFlashAttribute("notice", done);
        return "redirect:/plans/" + id;
    }

    private String detailPage(Actor actor, long id, Model model) {
        PlanViews.Plan p = plans.get(actor, id);
        model.addAttribute("plan", p);
        model.addAttribute("items", plans.items(id));
        model.addAttribute("kinds", TargetKind.values());
        model.addAttribute("industries", Industry.values());
        if (!model.containsAttribute("itemForm")) {
            model.addAttribute("itemForm", Map.of("kind", "INDUSTRY", "period", "Q1", "plannedCount", "1"));
        }
        if (!model.containsAttribute("freqForm")) {
            model.addAttribute("freqForm", FrequencyForm.of(p.frequencies()));
        }
        model.addAttribute("grades", RiskGrade.values());
        if (p.status().editable()) {
            model.addAttribute("enterprises", enterprises.search(actor, EnterpriseFilter.none(), 0, 200).items());
        }
        if (p.flowId() != null) {
            workflows.find(new FlowId(p.flowId())).ifPresent(f -> model.addAttribute("flowView", f));
        }
        if (p.supersedesId() != null) {
            model.addAttribute("supersedes", plans.find(p.supersedesId()).orElse(null));
        }
        return "enforcement/plans/detail";
    }

    static int requiredInt(String raw, String label) {
        Integer v = Params.optionalInteger(label, raw);
        if (v == null) {
            throw BusinessException.badInput("BAD-PARAMETER", "请填写" + label);
        }
        return v;
    }
}
