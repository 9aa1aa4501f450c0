package cn.anjian.enforcement.cases.web;

import lombok.RequiredArgsConstructor;

import cn.anjian.enforcement.RemedyKind;
import cn.anjian.enforcement.RemedyOutcome;
import cn.anjian.enforcement.cases.CaseService;
import cn.anjian.enforcement.cases.Executions;
import cn.anjian.enforcement.cases.PaymentPlans;
import cn.anjian.enforcement.cases.Preservations;
import cn.anjian.enforcement.cases.Remedies;
import cn.anjian.enforcement.cases.RemedyFiling;
import cn.anjian.enforcement.cases.Seizures;
import cn.anjian.enforcement.cases.web.CoercionForms.PaymentForm;
import cn.anjian.enforcement.cases.web.CoercionForms.PlanForm;
import cn.anjian.enforcement.cases.web.CoercionForms.PreservationForm;
import cn.anjian.enforcement.cases.web.CoercionForms.RemedyForm;
import cn.anjian.enforcement.cases.web.CoercionForms.SeizureForm;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms of the case page's CASE-14 (先行登记保存, 查封扣押) and CASE-15 (执行, 复议诉讼) sections. A refused form
 * re-renders the case page with its input and the message next to its section; one-button actions redirect with it.
 */
@Controller
@RequestMapping("/cases/{id}")
@RequiredArgsConstructor
class CoercionPageController {

    private final CaseDetailPage pages;
    private final CaseService cases;
    private final Preservations preservations;
    private final Seizures seizures;
    private final Executions executions;
    private final PaymentPlans plans;
    private final Remedies remedies;

    @PostMapping("/preservations")
    @PreAuthorize("hasAuthority('case:manage')")
    String preserve(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                    @Valid @ModelAttribute("preservationForm") PreservationForm form, BindingResult errors, Model model,
                    PageRefusal refusal, RedirectAttributes flash) {
        long caseId = check(actor, id, model, refusal, errors, "coercion");
        PreservationForm.fields(refusal);
        preservations.register(actor, caseId, new Preservations.NewPreservation(Params.date("登记保存日期", form.registeredOn()),
                form.place(), form.reason(), CoercionForms.goods(form.goodsName(), form.goodsQuantity(), form.goodsPlace())));
        return done(flash, caseId, "coercion", "已登记先行登记保存，并生成先行登记保存证据通知书");
    }

    @PostMapping("/preservations/{pid}/decision")
    @PreAuthorize("hasAuthority('case:manage')")
    String decidePreservation(@AuthenticationPrincipal Actor actor, @PathVariable String id, @PathVariable String pid,
                              @RequestParam(required = false) String outcome, @RequestParam(required = false) String note,
                              PageRefusal refusal, RedirectAttributes flash) {
        long caseId = act(actor, id, refusal, "coercion");
        preservations.decide(actor, caseId, Params.id("pid", pid), outcome, note);
        return done(flash, caseId, "coercion", "已作出先行登记保存处理决定");
    }

    @PostMapping("/seizures")
    @PreAuthorize("hasAuthority('case:manage')")
    String seize(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                 @Valid @ModelAttribute("seizureForm") SeizureForm form, BindingResult errors, Model model,
                 PageRefusal refusal, RedirectAttributes flash) {
        long caseId = check(actor, id, model, refusal, errors, "coercion");
        SeizureForm.fields(refusal);
        seizures.decide(actor, caseId, new Seizures.NewSeizure(form.measure(), Params.date("查封、扣押日期", form.startedOn()),
                form.place(), form.reason(), form.basis(), CoercionForms.goods(form.goodsName(), form.goodsQuantity(), form.goodsPlace())));
        return done(flash, caseId, "coercion", "已作出查封、扣押决定并生成决定书和清单");
    }

    @PostMapping("/seizures/{sid}/extension")
    @PreAuthorize("hasAuthority('case:manage')")
    String extend(@AuthenticationPrincipal Actor actor, @PathVariable String id, @PathVariable String sid,
                  @RequestParam(required = false) String reason, PageRefusal refusal, RedirectAttributes flash) {
        long caseId = act(actor, id, refusal, "coercion");
        seizures.requestExtension(actor, caseId, Params.id("sid", sid), reason);
        return done(flash, caseId, "coercion", "已提请延长期限，待科室负责人和局长审批");
    }

    @PostMapping("/seizures/{sid}/release")
    @PreAuthorize("hasAuthority('case:manage')")
    String release(@AuthenticationPrincipal Actor actor, @PathVariable String id, @PathVariable String sid,
                   @RequestParam(required = false) String reason, @RequestParam(required = false) String record,
                   PageRefusal refusal, RedirectAttributes flash) {
        long caseId = act(actor, id, refusal, "coercion");
        seizures.release(actor, caseId, Params.id("sid", sid), reason, record);
        return done(flash, caseId, "coercion", "已解除并生成解除查封扣押决定书");
    }

    @PostMapping("/execution/plan")
    @PreAuthorize("hasAuthority('case:manage')")
    String plan(@AuthenticationPrincipal Actor actor, @PathVariable String id, @Valid @ModelAttribute("planForm") PlanForm form,
                BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        long caseId = check(actor, id, model, refusal, errors, "execution");
        PlanForm.fields(refusal);
        plans.request(actor, caseId, form.kind(), form.proposed(), form.reason());
        return done(flash, caseId, "execution", "已提交延期（分期）缴纳申请，待科室负责人和局长审批");
    }

    @PostMapping("/execution/payments")
    @PreAuthorize("hasAuthority('case:manage')")
    String pay(@AuthenticationPrincipal Actor actor, @PathVariable String id, @Valid @ModelAttribute("paymentForm") PaymentForm form,
               BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        long caseId = check(actor, id, model, refusal, errors, "execution");
        PaymentForm.fields(refusal);
        executions.pay(actor, caseId, CaseForms.amount(form.amount(), "缴款金额"), Params.date("缴款日期", form.paidOn()), form.receipt());
        return done(flash, caseId, "execution", "缴款已登记");
    }

    @PostMapping("/execution/reminder")
    @PreAuthorize("hasAuthority('case:manage')")
    String remind(@AuthenticationPrincipal Actor actor, @PathVariable String id, PageRefusal refusal, RedirectAttributes flash) {
        long caseId = act(actor, id, refusal, "execution");
        executions.remind(actor, caseId);
        return done(flash, caseId, "execution", "已生成催告书");
    }

    @PostMapping("/execution/court")
    @PreAuthorize("hasAuthority('case:manage')")
    String court(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam(required = false) String court,
                 PageRefusal refusal, RedirectAttributes flash) {
        long caseId = act(actor, id, refusal, "execution");
        executions.applyToCourt(actor, caseId, court);
        return done(flash, caseId, "execution", "已登记申请人民法院强制执行");
    }

    @PostMapping("/execution/ending")
    @PreAuthorize("hasAuthority('case:decide')")
    String end(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam(required = false) String reason,
               PageRefusal refusal, RedirectAttributes flash) {
        long caseId = act(actor, id, refusal, "execution");
        executions.endOtherwise(actor, caseId, reason);
        return done(flash, caseId, "execution", "已登记终结执行");
    }

    @PostMapping("/remedies")
    @PreAuthorize("hasAuthority('case:manage')")
    String file(@AuthenticationPrincipal Actor actor, @PathVariable String id, @Valid @ModelAttribute("remedyForm") RemedyForm form,
                BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        long caseId = Params.id("id", id);
        refusal.render("error_remedies", () -> pages.render(actor, caseId, model));
        RemedyForm.fields(refusal);
        // the API's command and check (another county's case: 404 here): every problem next to its field at once
        RemedyFiling filing = form.filing(remedies.reviewBodies(actor, caseId));
        for (RemedyFiling.Problem p : remedies.problems(actor, caseId, filing)) {
            String field = form.fieldOf(p);
            if (!errors.hasFieldErrors(field)) {
                errors.rejectValue(field, p.code(), p.message());
            }
        }
        refusal.check(errors);
        remedies.file(actor, caseId, filing);
        return done(flash, caseId, "remedies", "已登记复议（诉讼）");
    }

    @PostMapping("/remedies/{rid}/outcome")
    @PreAuthorize("hasAuthority('case:manage')")
    String outcome(@AuthenticationPrincipal Actor actor, @PathVariable String id, @PathVariable String rid,
                   @RequestParam(required = false) String outcome, @RequestParam(required = false) String outcomeOn,
                   @RequestParam(required = false) String note, PageRefusal refusal, RedirectAttributes flash) {
        long caseId = act(actor, id, refusal, "remedies");
        RemedyOutcome o = outcome == null || outcome.isBlank() ? null
                : Params.choice(RemedyOutcome.class, "结果", outcome, RemedyOutcome::label);
        remedies.decide(actor, caseId, Params.id("rid", rid), o, Params.date("结果日期", outcomeOn), note);
        return done(flash, caseId, "remedies", "已登记复议（诉讼）结果");
    }

    /** A form's checks: a refusal or field error re-renders the case page with the input, the message by its section. */
    private long check(Actor actor, String id, Model model, PageRefusal refusal, BindingResult errors, String section) {
        long caseId = Params.id("id", id);
        refusal.render("error_" + section, () -> pages.render(actor, caseId, model));
        refusal.check(errors);
        return caseId;
    }

    /** A one-button action: a refusal redirects to the section with the message (out of scope stays a 404). */
    private long act(Actor actor, String id, PageRefusal refusal, String section) {
        long caseId = Params.id("id", id);
        cases.get(actor, caseId);
        refusal.redirect("error_" + section, "/cases/" + caseId + "#" + section);
        return caseId;
    }

    private static String done(RedirectAttributes flash, long caseId, String section, String notice) {
        flash.addFlashAttribute("notice", notice);
        return "redirect:/cases/" + caseId + "#" + section;
    }
}
