package cn.anjian.enforcement.joint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages under {@code /joint-operations} (CASE-08): list, new, detail with the linked cases. */
@Controller
@RequestMapping("/joint-operations")
class JointOperationPageController {

    private final JointOperations operations;
    private final JointCases cases;

    JointOperationPageController(JointOperations operations, JointCases cases) {
        this.operations = operations;
        this.cases = cases;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('case:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
                @RequestParam(required = false) String status, @RequestParam(required = false) String page, Model model,
                PageRefusal refusal) {
        model.addAttribute("fQ", q == null ? "" : q.strip());
        model.addAttribute("fStatus", status == null ? "" : status.strip());
        model.addAttribute("statuses", JointOperations.Status.values());
        refusal.render("filterError", () -> {
            model.addAttribute("result", operations.list(actor, null, null, 0));
            return "enforcement/joint/list";
        });
        JointOperations.Status s = null;
        if (status != null && !status.isBlank()) {
            s = Arrays.stream(JointOperations.Status.values()).filter(x -> x.name().equalsIgnoreCase(status.strip()))
                    .findFirst().orElseThrow(() -> BusinessException.badInput("BAD-PARAMETER", "行动状态不正确"));
        }
        model.addAttribute("result", operations.list(actor, q, s, Params.page(page)));
        return "enforcement/joint/list";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('plan:manage')")
    String newForm(@AuthenticationPrincipal Actor actor, Model model) {
        return form(actor, model, new LinkedHashMap<>(), List.of(), null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('plan:manage')")
    String create(@AuthenticationPrincipal Actor actor, @RequestParam MultiValueMap<String, String> all, Model model,
                  PageRefusal refusal, RedirectAttributes flash) {
        Map<String, String> p = all.toSingleValueMap();
        List<String> chosen = all.getOrDefault("agencyIds", List.of());
        refusal.render("error", () -> form(actor, model, p, chosen, null));
        {
            List<Long> agencyIds = new ArrayList<>();
            for (String a : chosen) {
                agencyIds.add(Params.id("agencyIds", a));
            }
            String ext = p.getOrDefault("external", "");
            List<String> external = Arrays.stream(ext.split("[\\n\\r、，,；;]+")).map(String::strip).filter(x -> !x.isEmpty()).toList();
            long id = operations.create(actor, new JointOperations.NewOperation(p.get("title"), p.get("planTitle"),
                    p.get("planNumber"), Params.date("方案印发日期", p.get("planDate")), Params.date("开始日期", p.get("startDate")),
                    Params.date("结束日期", p.get("endDate")), agencyIds, external));
            flash.addFlashAttribute("notice", "已登记联合执法行动");
            return "redirect:/joint-operations/" + id;
        }
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('case:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("op", operations.get(actor, id));
        model.addAttribute("cases", cases.linked(actor, id));
        return "enforcement/joint/detail";
    }

    @PostMapping("/{id}/advance")
    @PreAuthorize("hasAuthority('plan:manage')")
    String advance(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String version,
                   RedirectAttributes flash) {
        operations.advance(actor, id, version == null || version.isBlank() ? -1 : parseVersion(version));
        flash.addFlashAttribute("notice", "行动状态已更新");
        return "redirect:/joint-operations/" + id;
    }

    @PostMapping("/{id}/cases")
    @PreAuthorize("hasAuthority('plan:manage')")
    String link(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String caseId,
                RedirectAttributes flash, PageRefusal refusal) {
        operations.get(actor, id);
        refusal.redirect("caseError", "/joint-operations/" + id + "#cases");
        cases.link(actor, id, cases.resolve(actor, caseId));
        flash.addFlashAttribute("notice", "已关联案件");
        return "redirect:/joint-operations/" + id + "#cases";
    }

    @PostMapping("/{id}/cases/{caseId}/unlink")
    @PreAuthorize("hasAuthority('plan:manage')")
    String unlink(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long caseId,
                  RedirectAttributes flash) {
        cases.unlink(actor, id, caseId);
        flash.addFlashAttribute("notice", "已取消关联");
        return "redirect:/joint-operations/" + id + "#cases";
    }

    private String form(Actor actor, Model model, Map<String, String> form, List<String> chosen, String error) {
        model.addAttribute("form", form);
        model.addAttribute("chosen", chosen);
        model.addAttribute("error", error);
        model.addAttribute("agencies", operations.candidateAgencies(actor));
        return "enforcement/joint/new";
    }

    private static int parseVersion(String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.badInput("BAD-PARAMETER", "版本号不正确");
        }
    }
}
