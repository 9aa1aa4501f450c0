package cn.anjian.enforcement.cases.web;

import lombok.RequiredArgsConstructor;

import cn.anjian.enforcement.cases.CaseDecisions;
import cn.anjian.enforcement.cases.web.CaseForms.DecisionForm;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import jakarta.validation.Valid;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The decision form of the case page ({@code POST /cases/{id}/decision}, CASE-05, CASE-17): the page shows the suggested
 * fine range of the case's discretion benchmark next to the fine; a fine outside it without a reason is refused by the
 * domain ({@code CASE-17-REASON}, the message names the range) and the page is shown again with the input, the message
 * next to the reason field.
 */
@Controller
@RequestMapping("/cases/{id}")
@RequiredArgsConstructor
class CaseDecisionPageController {

    private final CaseDecisions decisions;
    private final CaseDetailPage detail;

    @PostMapping("/decision")
    @PreAuthorize("hasAuthority('case:decide')")
    String decision(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                    @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, Model model,
                    RedirectAttributes flash, PageRefusal refusal) {
        long caseId = Params.id("id", id);
        refusal.render("error_decision", () -> detail.render(actor, caseId, model));
        DecisionForm.fields(refusal);
        refusal.check(errors);
        decisions.issueDecision(actor, caseId, form.toDecision(caseId));
        return CasePageController.done(flash, caseId, "decision", "处理决定已签发");
    }
}
