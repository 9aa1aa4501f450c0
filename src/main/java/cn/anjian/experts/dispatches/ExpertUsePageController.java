package cn.anjian.experts.dispatches;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.Map;

import cn.anjian.experts.pool.PoolStructure;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Managing expert use: budgets (EXP-16), fixed experts (EXP-11), outside units' applications (EXP-12), and declines and
 * dismissal (EXP-14, EXP-15). Each form re-renders its page with the message next to the form on a refusal.
 */
@Controller
@RequiredArgsConstructor
class ExpertUsePageController {

    private final Budgets budgets;
    private final FixedExperts fixed;
    private final UseApplications applications;
    private final DeclineFlags flags;
    private final Dismissals dismissals;
    private final PoolStructure structure;
    private final java.time.Clock clock;

    @GetMapping("/experts/budgets")
    @PreAuthorize("hasAuthority('expert:read')")
    String budgets(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String year, Model model) {
        int y = Params.integer("年度", year, LocalDate.now(clock.withZone(Zones.SHANGHAI)).getYear(), 2000, 2100);
        model.addAttribute("year", y);
        model.addAttribute("lines", budgets.list(actor, y));
        model.addAttribute("units", budgets.units(actor));
        return "experts/use/budgets";
    }

    @PostMapping("/experts/budgets")
    @PreAuthorize("hasAuthority('expert:budget')")
    String setBudget(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> p, Model model, PageRefusal refusal,
                     RedirectAttributes flash) {
        model.addAttribute("input", p);
        refusal.render("budgetError", () -> budgets(actor, p.get("year"), model));
        int y = Params.integer("年度", p.get("year"), 0, 2000, 2100);
        budgets.set(actor, Params.id("内设机构", p.get("unitId")), y, Params.decimal("预算金额", p.get("amount")));
        flash.addFlashAttribute("flashMessage", "预算已保存");
        return "redirect:/experts/budgets?year=" + y;
    }

    @GetMapping("/experts/fixed")
    @PreAuthorize("hasAuthority('expert:read')")
    String fixed(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("rows", fixed.list(actor));
        return "experts/use/fixed";
    }

    @PostMapping("/experts/fixed")
    @PreAuthorize("hasAuthority('expert:dispatch')")
    String propose(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> p, Model model, PageRefusal refusal,
                   RedirectAttributes flash) {
        model.addAttribute("input", p);
        refusal.render("fixedError", () -> fixed(actor, model));
        fixed.propose(actor, Params.optionalId("专家", p.get("expertId")), p.get("from"), p.get("to"), p.get("reason"));
        flash.addFlashAttribute("flashMessage", "已提交局长办公会审定");
        return "redirect:/experts/fixed";
    }

    @GetMapping("/experts/use-applications")
    @PreAuthorize("hasAuthority('expert:read')")
    String applications(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("rows", applications.list(actor));
        model.addAttribute("fields", structure.fields());
        return "experts/use/applications";
    }

    @PostMapping("/experts/use-applications")
    @PreAuthorize("hasAuthority('expert:dispatch')")
    String apply(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> p, Model model, PageRefusal refusal,
                 RedirectAttributes flash) {
        model.addAttribute("input", p);
        refusal.render("applicationError", () -> applications(actor, model));
        applications.file(actor, p.get("applicant"), p.get("contact"), p.get("phone"), p.get("task"), p.get("content"),
                p.get("place"), p.get("taskStart"), p.get("taskEnd"), p.get("field"), p.get("experts"));
        flash.addFlashAttribute("flashMessage", "使用申请已提交专家管理工作领导小组常务副组长批准");
        return "redirect:/experts/use-applications";
    }

    @GetMapping("/experts/dismissals")
    @PreAuthorize("hasAuthority('expert:read')")
    String dismissals(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("flagged", flags.flagged(actor));
        model.addAttribute("rows", dismissals.list(actor));
        model.addAttribute("grounds", DismissalGround.values());
        return "experts/use/dismissals";
    }

    @PostMapping("/experts/dismissals")
    @PreAuthorize("hasAuthority('expert:manage')")
    String dismiss(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> p, Model model, PageRefusal refusal,
                   RedirectAttributes flash) {
        model.addAttribute("input", p);
        refusal.render("dismissError", () -> dismissals(actor, model));
        dismissals.dismiss(actor, Params.optionalId("专家", p.get("expertId")), p.get("ground"), p.get("evidence"),
                p.get("confidentialityOn"));
        flash.addFlashAttribute("flashMessage", "已解聘并出库，保密义务告知已记录");
        return "redirect:/experts/dismissals";
    }
}
