package cn.anjian.enforcement.joint;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.DateText;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages under {@code /joint-operations} (CASE-08): list, new, detail with the linked cases. */
@Controller
@RequestMapping("/joint-operations")
@RequiredArgsConstructor
class JointOperationPageController {

    private final JointOperations operations;
    private final JointCases cases;
    private final JointOperationList list;

    @GetMapping
    @PreAuthorize("hasAuthority('case:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("fQ", q.getOrDefault("q", "").strip());
        model.addAttribute("fStatus", q.getOrDefault("status", "").strip());
        model.addAttribute("statuses", JointOperations.Status.values());
        refusal.render("filterError", () -> {
            model.addAttribute("kit", ListControls.of(filters(q), JointOperationList.SORT.defaults(), PageSize.DEFAULT));
            model.addAttribute("result", list.list(actor, null, null, JointOperationList.SORT.defaults(), 0, PageSize.DEFAULT));
            return "enforcement/joint/list";
        });
        JointOperations.Status s = status(q.get("status"));
        ListSort.Sort sort = JointOperationList.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(filters(q), sort, size));
        model.addAttribute("result", list.list(actor, q.get("q"), s, sort, Params.page(q.get("page")), size));
        return "enforcement/joint/list";
    }

    /** The list's filters, kept in its pager, sort, size and export links. */
    static FilterUrl filters(Map<String, String> q) {
        return FilterUrl.of("/joint-operations").with("q", q.get("q")).with("status", q.get("status"));
    }

    static JointOperations.Status status(String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        return Arrays.stream(JointOperations.Status.values()).filter(x -> x.name().equalsIgnoreCase(status.strip()))
                .findFirst().orElseThrow(() -> BusinessException.badInput("BAD-PARAMETER", "行动状态不正确"));
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('plan:manage')")
    String newForm(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("form", new JointForm(null, null, null, null, null, null, List.of(), null));
        return form(actor, model);
    }

    /**
     * The new-operation form (CASE-08), fields as typed: the lead department's plan document and the period are
     * required here; the date order and the participants (at least one, not the lead) are the domain's.
     */
    record JointForm(@NotBlank @Size(max = 200) String title,
                     @NotBlank @Size(max = 200) String planTitle,
                     @NotBlank @Size(max = 100) String planNumber,
                     @NotBlank @DateText String planDate,
                     @NotBlank @DateText String startDate,
                     @NotBlank @DateText String endDate,
                     List<String> agencyIds,
                     @Size(max = 2000) String external) {

        JointOperations.NewOperation toOperation() {
            List<Long> ids = new ArrayList<>();
            for (String a : agencyIds == null ? List.<String>of() : agencyIds) {
                ids.add(Params.id("agencyIds", a));
            }
            List<String> names = external == null ? List.of()
                    : Arrays.stream(external.split("[\\n\\r、，,；;]+")).map(String::strip).filter(x -> !x.isEmpty()).toList();
            return new JointOperations.NewOperation(title, planTitle, planNumber, Params.date("方案印发日期", planDate),
                    Params.date("开始日期", startDate), Params.date("结束日期", endDate), ids, names);
        }
    }

    @PostMapping
    @PreAuthorize("hasAuthority('plan:manage')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") JointForm form, BindingResult errors,
                  Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render(() -> form(actor, model)).field("JOINT-TITLE", "title").field("JOINT-PLAN", "planDate")
                .field("JOINT-PERIOD", "endDate");
        refusal.check(errors);
        long id = operations.create(actor, form.toOperation());
        flash.addFlashAttribute("notice", "已登记联合执法行动");
        return "redirect:/joint-operations/" + id;
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

    private String form(Actor actor, Model model) {
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
