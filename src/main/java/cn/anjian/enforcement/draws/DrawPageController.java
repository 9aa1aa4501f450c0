package cn.anjian.enforcement.draws;

import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.PageRefusal;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
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

/** Pages under {@code /plans/draws} (CASE-06): list, new draw, result with 复核 and publication. */
@Controller
@RequestMapping("/plans/draws")
class DrawPageController {

    private final RandomDraws draws;

    DrawPageController(RandomDraws draws) {
        this.draws = draws;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('case:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
                @RequestParam(required = false) String published, @RequestParam(required = false) String page,
                Model model, PageRefusal refusal) {
        model.addAttribute("fQ", q == null ? "" : q.strip());
        model.addAttribute("fPublished", published == null ? "" : published.strip());
        refusal.render("filterError", () -> {
            model.addAttribute("result", draws.list(actor, null, null, 0));
            return "enforcement/draws/list";
        });
        Boolean pub = published == null || published.isBlank() ? null : switch (published.strip()) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw BusinessException.badInput("BAD-PARAMETER", "公开状态不正确");
        };
        model.addAttribute("result", draws.list(actor, q, pub, Params.page(page)));
        return "enforcement/draws/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('plan:manage')")
    String newForm(Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("mode", "count");
        form.put("amount", "3");
        form.put("officersPerTarget", "2");
        form.put("status", "OPERATING");
        return form(model, form, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('plan:manage')")
    String create(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> p, Model model,
                  PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("error", () -> form(model, p, null));
        {
            Integer amount = integer(p.get("amount"), "抽取数量");
            boolean percent = "percent".equals(p.get("mode"));
            long id = draws.draw(actor, new RandomDraws.NewDraw(p.get("title"),
                    choice(Industry.class, p.get("industry"), "行业"), choice(RiskGrade.class, p.get("riskGrade"), "风险等级"),
                    choice(EnterpriseStatus.class, p.get("status"), "经营状态"), percent ? null : amount, percent ? amount : null,
                    integer(p.get("officersPerTarget"), "每家匹配执法人员数")));
            flash.addFlashAttribute("notice", "已完成抽取，随机种子和名录已保存，可随时复核");
            return "redirect:/plans/draws/" + id;
        }
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

    private String form(Model model, Map<String, String> form, String error) {
        model.addAttribute("form", form);
        model.addAttribute("error", error);
        model.addAttribute("industries", Industry.values());
        model.addAttribute("risks", RiskGrade.values());
        model.addAttribute("statuses", new EnterpriseStatus[] {EnterpriseStatus.OPERATING, EnterpriseStatus.SUSPENDED});
        return "enforcement/draws/new";
    }

    private static Integer integer(String raw, String label) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.badInput("BAD-PARAMETER", label + "须为整数");
        }
    }

    private static <E extends Enum<E>> E choice(Class<E> type, String raw, String label) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, raw.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw BusinessException.badInput("BAD-PARAMETER", label + "不正确");
        }
    }
}
