package cn.anjian.enforcement.draws;

import lombok.RequiredArgsConstructor;

import java.util.Map;

import cn.anjian.kernel.PageRefusal;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
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

/** Pages under {@code /plans/draws} (CASE-06): list, new draw, result with 复核 and publication. */
@Controller
@RequestMapping("/plans/draws")
@RequiredArgsConstructor
class DrawPageController {

    private final RandomDraws draws;

    @GetMapping
    @PreAuthorize("hasAuthority('case:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("fQ", q.getOrDefault("q", "").strip());
        model.addAttribute("fPublished", q.getOrDefault("published", "").strip());
        refusal.render("filterError", () -> {
            model.addAttribute("kit", ListControls.of(filters(q), DrawQueries.SORT.defaults(), PageSize.DEFAULT));
            model.addAttribute("result", draws.list(actor, null, null, DrawQueries.SORT.defaults(), 0, PageSize.DEFAULT));
            return "enforcement/draws/list";
        });
        Boolean pub = published(q);
        ListSort.Sort sort = DrawQueries.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(filters(q), sort, size));
        model.addAttribute("result", draws.list(actor, q.get("q"), pub, sort, Params.page(q.get("page")), size));
        return "enforcement/draws/list";
    }

    /** The list's filters, kept in its pager, sort, size and export links. */
    static FilterUrl filters(Map<String, String> q) {
        return FilterUrl.of("/plans/draws").with("q", q.get("q")).with("published", q.get("published"));
    }

    static Boolean published(Map<String, String> q) {
        String published = q.get("published");
        return published == null || published.isBlank() ? null : switch (published.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw BusinessException.badInput("BAD-PARAMETER", "公开状态不正确");
        };
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('plan:manage')")
    String newForm(Model model) {
        model.addAttribute("form", new DrawForm(null, null, null, "OPERATING", "count", "3", "2"));
        return form(model);
    }

    /**
     * The new-draw form, fields as typed (text; a number that fails to convert while binding would hide the
     * other errors): required and digits here, the ranges (1–500 targets, 1–100 %, 2–5 officers) the domain's.
     */
    record DrawForm(@NotBlank @Size(max = 200) String title, String industry, String riskGrade, String status, String mode,
                    @NotBlank @Pattern(regexp = "\\s*\\d{1,6}\\s*", message = "须为整数") String amount,
                    @NotBlank @Pattern(regexp = "\\s*\\d{1,2}\\s*", message = "须为整数") String officersPerTarget) {

        RandomDraws.NewDraw toDraw() {
            Integer n = Params.optionalInteger("家数或比例", amount);
            boolean percent = "percent".equals(mode);
            return new RandomDraws.NewDraw(title, Params.choice("DRAW-INDUSTRY", Industry.class, "行业", industry, Industry::label),
                    Params.choice("DRAW-RISK", RiskGrade.class, "风险等级", riskGrade, RiskGrade::label),
                    Params.choice("DRAW-STATUS", EnterpriseStatus.class, "经营状态", status, EnterpriseStatus::label),
                    percent ? null : n, percent ? n : null, Params.optionalInteger("每家匹配执法人员数", officersPerTarget));
        }
    }

    @PostMapping
    @PreAuthorize("hasAuthority('plan:manage')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") DrawForm form, BindingResult errors,
                  Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render(() -> form(model)).field("DRAW-TITLE", "title").field("DRAW-INDUSTRY", "industry")
                .field("DRAW-RISK", "riskGrade").field("DRAW-STATUS", "status").field("DRAW-COUNT", "amount")
                .field("DRAW-TEAM-SIZE", "officersPerTarget");
        refusal.check(errors);
        long id = draws.draw(actor, form.toDraw());
        flash.addFlashAttribute("notice", "已完成抽取，随机种子和名录已保存，可随时复核");
        return "redirect:/plans/draws/" + id;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('case:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        DrawViews.Draw d = draws.get(actor, id);
        model.addAttribute("d", d);
        model.addAttribute("rows", draws.rows(d));
        model.addAttribute("officers", draws.officers(id));
        return "enforcement/draws/detail";
    }

    @PostMapping("/{id}/verify")
    @PreAuthorize("hasAuthority('plan:manage')")
    String verify(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes flash) {
        DrawViews.Verification v = draws.verify(actor, id);
        flash.addFlashAttribute("verification", v);
        return "redirect:/plans/draws/" + id + "#verify";
    }

    @PostMapping("/{id}/publish")
    @PreAuthorize("hasAuthority('plan:manage')")
    String publish(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes flash) {
        draws.publish(actor, id);
        flash.addFlashAttribute("notice", "抽查结果已在门户网站“公示公告”中公开");
        return "redirect:/plans/draws/" + id;
    }

    @PostMapping("/{id}/cases")
    @PreAuthorize("hasAuthority('plan:manage') and hasAuthority('case:manage')")
    String cases(@AuthenticationPrincipal Actor actor, @PathVariable long id, RedirectAttributes flash, PageRefusal refusal) {
        draws.get(actor, id);
        refusal.redirect("error", "/plans/draws/" + id);
        int n = draws.generateCases(actor, id).size();
        flash.addFlashAttribute("notice", "已生成 " + n + " 件检查案件，并按抽取结果组成执法组");
        return "redirect:/plans/draws/" + id;
    }

    private String form(Model model) {
        model.addAttribute("industries", Industry.values());
        model.addAttribute("risks", RiskGrade.values());
        model.addAttribute("statuses", new EnterpriseStatus[] {EnterpriseStatus.OPERATING, EnterpriseStatus.SUSPENDED});
        return "enforcement/draws/new";
    }
}
