package cn.anjian.enforcement.items;

import lombok.RequiredArgsConstructor;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.Cases;
import cn.anjian.enforcement.items.ItemForms.ChoiceForm;
import cn.anjian.enforcement.items.ItemViews.CaseItemView;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * CASE-17 on a case: the panel the case page loads (the item, its basis, the suggested fine range of the chosen
 * circumstance, shown next to the decision form) and the page where the item, circumstance and reason are chosen.
 */
@Controller
@RequiredArgsConstructor
class CaseItemController {

    private final CaseItems caseItems;
    private final EnforcementItems items;
    private final Cases cases;

    @GetMapping("/cases/{id}/enforcement-item/panel")
    @PreAuthorize("hasAuthority('case:read')")
    String panel(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        model(actor, Params.id("id", id), model);
        return "enforcement/items/case-panel :: panel";
    }

    @GetMapping("/cases/{id}/enforcement-item")
    @PreAuthorize("hasAuthority('case:manage')")
    String page(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        long caseId = Params.id("id", id);
        CaseItemView current = model(actor, caseId, model);
        model.addAttribute("form", current == null ? new ChoiceForm(null, null, null)
                : new ChoiceForm(String.valueOf(current.itemId()), benchmarkValue(current), current.deviationReason()));
        return "enforcement/items/choose";
    }

    @PostMapping("/cases/{id}/enforcement-item")
    @PreAuthorize("hasAuthority('case:manage')")
    String choose(@AuthenticationPrincipal Actor actor, @PathVariable String id, @Valid @ModelAttribute("form") ChoiceForm form,
                  BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        long caseId = Params.id("id", id);
        ChoiceForm.fields(refusal.render(() -> {
            model(actor, caseId, model);
            return "enforcement/items/choose";
        }));
        refusal.check(errors);
        Long itemId = Params.optionalId("执法事项", form.itemId());
        Integer seq = null;
        if (form.benchmark() != null && !form.benchmark().isBlank()) {
            String[] p = form.benchmark().strip().split(":", 2);
            if (p.length != 2 || !p[0].equals(String.valueOf(itemId))) {
                throw cn.anjian.kernel.BusinessException.badInput("CASE-17-BENCHMARK", "所选裁量基准不属于该执法事项");
            }
            seq = Params.optionalInteger("裁量基准", p[1]);
        }
        caseItems.choose(actor, caseId, itemId, seq, form.reason());
        flash.addFlashAttribute("notice", "已保存执法事项与裁量情节");
        return "redirect:/cases/" + caseId + "#enforcement-item";
    }

    private CaseItemView model(Actor actor, long caseId, Model model) {
        CaseRef c = cases.ref(caseId, actor);
        CaseItemView current = caseItems.find(actor, caseId).orElse(null);
        model.addAttribute("c", c);
        model.addAttribute("current", current);
        model.addAttribute("choices", items.activeChoices());
        model.addAttribute("changeable", c.stage().ordinal() <= CaseStage.DECISION.ordinal() && !caseItems.decided(caseId));
        return current;
    }

    /** The select value ("itemId:seq") of the benchmark the case copied, if the catalogue still has it. */
    private String benchmarkValue(CaseItemView v) {
        if (v.circumstance() == null) {
            return null;
        }
        return items.find(v.itemId()).flatMap(i -> i.benchmarks().stream()
                .filter(b -> b.violation().equals(v.violation()) && b.circumstance() == v.circumstance()).findFirst())
                .map(b -> v.itemId() + ":" + b.seq()).orElse(null);
    }
}
