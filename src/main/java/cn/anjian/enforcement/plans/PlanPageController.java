package cn.anjian.enforcement.plans;

import java.util.Map;

import cn.anjian.enterprises.EnterpriseFilter;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import cn.anjian.workflow.FlowId;
import cn.anjian.workflow.Workflows;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages under {@code /plans} (CASE-07). Form fields arrive as text and are parsed here; a refusal
 * re-renders the page with the domain's message inline and the matching 4xx status.
 */
@Controller
@RequestMapping("/plans")
class PlanPageController {

    private final InspectionPlans plans;
    private final Workflows workflows;
    private final Enterprises enterprises;

    PlanPageController(InspectionPlans plans, Workflows workflows, Enterprises enterprises) {
        this.plans = plans;
        this.workflows = workflows;
        this.enterprises = enterprises;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('case:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String year,
                @RequestParam(required = false) String status, @RequestParam(required = false) String page,
                Model model, HttpServletResponse res) {
        model.addAttribute("fYear", year == null ? "" : year.strip());
        model.addAttribute("fStatus", status == null ? "" : status.strip());
        model.addAttribute("statuses", PlanStatus.values());
        try {
            model.addAttribute("result", plans.list(actor, optionalInt(year, "计划年度"), PlanStatus.parseOrNull(status),
                    Params.page(page)));
        } catch (BusinessException e) {
            res.setStatus(status(e));
            model.addAttribute("filterError", e.getMessage());
            model.addAttribute("result", plans.list(actor, null, null, 0));
        }
        return "enforcement/plans/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('plan:manage')")
    String newForm(Model model) {
        model.addAttribute("form", Map.of("year", "", "title", ""));
        return "enforcement/plans/new";
    }

    @PostMapping
    @PreAuthorize("hasAuthority('plan:manage')")
    String create(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> p, Model model,
                  HttpServletResponse res, RedirectAttributes flash) {
        try {
            long id = plans.create(actor, requiredInt(p.get("year"), "计划年度"), p.get("title"));
            flash.addFlashAttribute("notice", "计划已创建，请添加检查事项后报局长审批");
            return "redirect:/plans/" + id;
        } catch (BusinessException e) {
            res.setStatus(status(e));
            model.addAttribute("form", p);
            model.addAttribute("error", e.getMessage());
            return "enforcement/plans/new";
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('case:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        return detailPage(actor, id, model);
    }

    @PostMapping("/{id}/items")
    @PreAuthorize("hasAuthority('plan:manage')")
    String addItem(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Map<String, String> p,
                   Model model, HttpServletResponse res, RedirectAttributes flash) {
        try {
            TargetKind kind = choice(TargetKind.class, p.get("kind"), "PLAN-ITEM-KIND", "检查对象类型");
            plans.addItem(actor, id, new InspectionPlans.NewItem(kind, Params.optionalId("enterpriseId", p.get("enterpriseId")),
                    choice(Industry.class, p.get("industry"), "PLAN-ITEM-INDUSTRY", "行业领域"), p.get("area"),
                    p.get("content"), p.get("period"), p.get("responsibleUnit"), requiredInt(p.get("plannedCount"), "计划检查家次")));
            flash.addFlashAttribute("notice", "已添加检查事项");
            return "redirect:/plans/" + id + "#items";
        } catch (BusinessException e) {
            res.setStatus(status(e));
            model.addAttribute("itemForm", p);
            model.addAttribute("itemError", e.getMessage());
            return detailPage(actor, id, model);
        }
    }

    @PostMapping("/{id}/items/{itemId}/delete")
    @PreAuthorize("hasAuthority('plan:manage')")
    String removeItem(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long itemId,
                      Model model, HttpServletResponse res, RedirectAttributes flash) {
        return act(actor, id, model, res, flash, "已删除检查事项", () -> plans.removeItem(actor, id, itemId));
    }

    @PostMapping("/{id}/submit")
    @PreAuthorize("hasAuthority('plan:manage')")
    String submit(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model, HttpServletResponse res,
                  RedirectAttributes flash) {
        return act(actor, id, model, res, flash, "已报局长审批", () -> plans.submit(actor, id));
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAuthority('plan:manage')")
    String publish(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model, HttpServletResponse res,
                   RedirectAttributes flash) {
        return act(actor, id, model, res, flash, "计划已公布，并已在门户网站“公示公告”中发布", () -> plans.publish(actor, id));
    }

    @PostMapping("/{id}/revise")
    @PreAuthorize("hasAuthority('plan:manage')")
    String revise(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String reason,
                  Model model, HttpServletResponse res, RedirectAttributes flash) {
        try {
            long revision = plans.revise(actor, id, reason);
            flash.addFlashAttribute("notice", "已创建修订稿，修改后报批；公布后将取代原计划");
            return "redirect:/plans/" + revision;
        } catch (BusinessException e) {
            res.setStatus(status(e));
            model.addAttribute("reviseError", e.getMessage());
            model.addAttribute("reason", reason);
            return detailPage(actor, id, model);
        }
    }

    @PostMapping("/{id}/items/{itemId}/case")
    @PreAuthorize("hasAuthority('plan:manage') and hasAuthority('case:manage')")
    String openCase(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long itemId, Model model,
                    HttpServletResponse res, RedirectAttributes flash) {
        try {
            long caseId = plans.openCase(actor, id, itemId).id();
            return "redirect:/cases/" + caseId;
        } catch (BusinessException e) {
            res.setStatus(status(e));
            model.addAttribute("error", e.getMessage());
            return detailPage(actor, id, model);
        }
    }

    private String act(Actor actor, long id, Model model, HttpServletResponse res, RedirectAttributes flash, String done,
                       Runnable action) {
        try {
            action.run();
            flash.addFlashAttribute("notice", done);
            return "redirect:/plans/" + id;
        } catch (BusinessException e) {
            res.setStatus(status(e));
            model.addAttribute("error", e.getMessage());
            return detailPage(actor, id, model);
        }
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

    static Integer optionalInt(String raw, String label) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.badInput("BAD-PARAMETER", label + "须为整数");
        }
    }

    static int requiredInt(String raw, String label) {
        Integer v = optionalInt(raw, label);
        if (v == null) {
            throw BusinessException.badInput("BAD-PARAMETER", "请填写" + label);
        }
        return v;
    }

    static <E extends Enum<E>> E choice(Class<E> type, String raw, String code, String label) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw BusinessException.badInput(code, label + "不正确");
        }
    }

    static int status(BusinessException e) {
        return switch (e.kind()) {
            case NOT_FOUND -> 404;
            case CONFLICT -> 409;
            case BAD_INPUT -> 400;
            case FORBIDDEN -> 403;
            default -> 422;
        };
    }
}
