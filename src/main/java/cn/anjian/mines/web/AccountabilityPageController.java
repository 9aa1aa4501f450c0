package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.mines.assessment.Accountability;
import cn.anjian.mines.assessment.AssessmentFlows;
import cn.anjian.mines.assessment.CommissionerAssessments;
import cn.anjian.mines.assessment.ExemptionGround;
import cn.anjian.mines.assessment.Measure;
import cn.anjian.mines.assessment.SeriousFailure;
import cn.anjian.mines.web.AssessmentForms.AppealDecisionForm;
import cn.anjian.mines.web.AssessmentForms.AppealForm;
import cn.anjian.mines.web.AssessmentForms.DecisionForm;
import cn.anjian.mines.web.AssessmentForms.ExemptionForm;
import cn.anjian.mines.web.AssessmentForms.InvestigationForm;
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

/** MA-09..MA-11 on an assessment's page: exemptions, investigations, decisions and appeals (scope checked first). */
@Controller
@RequestMapping("/mines/assessments/{id}")
@RequiredArgsConstructor
class AccountabilityPageController {

    private final CommissionerAssessments assessments;
    private final AssessmentFlows flows;
    private final Accountability accountability;
    private final AssessmentDetailPage detail;

    @PostMapping("/exemptions")
    @PreAuthorize("hasAuthority('mine:assess')")
    String exemption(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                     @Valid @ModelAttribute("exemptionForm") ExemptionForm form, BindingResult errors, PageRefusal refusal,
                     Model model, RedirectAttributes flash) {
        assessments.requireVisible(actor, id);
        refusal.render("exemptionError", () -> detail.render(actor, id, model)).field("MA-09-CHECK", "checkRef")
                .field("MA-09-NOTE", "note").field("MA-09-GROUND", "ground");
        refusal.check(errors);
        flows.requestExemption(actor, id, form.checkRef(),
                Params.choice(ExemptionGround.class, "免责情形", form.ground(), ExemptionGround::label), form.note());
        return done(flash, id, "免责申请已提交审批");
    }

    @PostMapping("/investigations")
    @PreAuthorize("hasAuthority('mine:assess')")
    String investigation(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                         @Valid @ModelAttribute("investigationForm") InvestigationForm form, BindingResult errors,
                         PageRefusal refusal, Model model, RedirectAttributes flash) {
        assessments.requireVisible(actor, id);
        refusal.render("investigationError", () -> detail.render(actor, id, model)).field("MA-10-FACTS", "facts")
                .field("MA-10-EXPERTS", "experts");
        refusal.check(errors);
        accountability.openInvestigation(actor, id, Params.choice(SeriousFailure.class, "履职失职情形", form.ground(),
                SeriousFailure::label), form.facts(), AssessmentForms.yesNo("提级调查", form.higherLevel()) == Boolean.TRUE,
                form.experts());
        return done(flash, id, "已启动责任倒查调查");
    }

    @PostMapping("/decisions")
    @PreAuthorize("hasAuthority('mine:assess')")
    String decision(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                    @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, PageRefusal refusal,
                    Model model, RedirectAttributes flash) {
        assessments.requireVisible(actor, id);
        refusal.render("decisionError", () -> detail.render(actor, id, model)).field("MA-11-DATE", "receivedOn")
                .field("MA-11-REASON", "reason");
        refusal.check(errors);
        accountability.issueDecision(actor, id, Params.choice(Measure.class, "问责措施", form.measure(), Measure::label),
                form.reason(), Params.date("作出日期", form.issuedOn()), Params.date("收到日期", form.receivedOn()));
        return done(flash, id, "问责决定已登记，申诉期限已开始计算");
    }

    @PostMapping("/decisions/{decisionId}/appeal")
    @PreAuthorize("hasAuthority('mine:assess')")
    String appeal(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long decisionId,
                  @Valid @ModelAttribute("appealForm") AppealForm form, BindingResult errors, PageRefusal refusal,
                  Model model, RedirectAttributes flash) {
        assessments.requireVisible(actor, id);
        refusal.render("appealError", () -> detail.render(actor, id, model));
        refusal.check(errors);
        accountability.fileAppeal(actor, id, decisionId, Params.date("申诉日期", form.filedOn()), form.text());
        return done(flash, id, "书面申诉已登记（申诉期间不停止问责决定的执行）");
    }

    @PostMapping("/decisions/{decisionId}/appeal-decision")
    @PreAuthorize("hasAuthority('mine:assess')")
    String appealDecision(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long decisionId,
                          @Valid @ModelAttribute("appealDecisionForm") AppealDecisionForm form, BindingResult errors,
                          PageRefusal refusal, Model model, RedirectAttributes flash) {
        assessments.requireVisible(actor, id);
        refusal.render("appealDecisionError", () -> detail.render(actor, id, model));
        refusal.check(errors);
        accountability.decideAppeal(actor, id, decisionId, Params.flag("审查结论", form.upheld()), form.text());
        return done(flash, id, "申诉审查结论已登记");
    }

    private static String done(RedirectAttributes flash, long id, String notice) {
        flash.addFlashAttribute("notice", notice);
        return "redirect:/mines/assessments/" + id;
    }
}
