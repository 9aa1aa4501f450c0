package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.mines.assessment.Accountability;
import cn.anjian.mines.assessment.AssessmentFlows;
import cn.anjian.mines.assessment.CommissionerAssessments;
import cn.anjian.mines.assessment.ExemptionGround;
import cn.anjian.mines.assessment.InvestigationExperts;
import cn.anjian.mines.assessment.Measure;
import cn.anjian.mines.assessment.SeriousFailure;
import cn.anjian.mines.web.AssessmentForms.AppealDecisionForm;
import cn.anjian.mines.web.AssessmentForms.AppealForm;
import cn.anjian.mines.web.AssessmentForms.DecisionForm;
import cn.anjian.mines.web.AssessmentForms.ExemptionForm;
import cn.anjian.mines.web.AssessmentForms.ExpertDrawForm;
import cn.anjian.mines.web.AssessmentForms.ExpertPickForm;
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

/** MA-09..MA-11 on an assessment's page: exemptions, investigations and their experts, decisions and appeals (scope checked first). */
@Controller
@RequestMapping("/mines/assessments/{id}")
@RequiredArgsConstructor
class AccountabilityPageController {

    private final CommissionerAssessments assessments;
    private final AssessmentFlows flows;
    private final Accountability accountability;
    private final AssessmentDetailPage detail;
    private final InvestigationExperts experts;

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
                .field("MA-10-MINE", "mineId");
        refusal.check(errors);
        accountability.openInvestigation(actor, id, Params.choice(SeriousFailure.class, "履职失职情形", form.ground(),
                SeriousFailure::label), form.facts(), AssessmentForms.yesNo("提级调查", form.higherLevel()) == Boolean.TRUE,
                Params.optionalId("矿山", form.mineId() == null ? null : form.mineId().strip()));
        return done(flash, id, "已启动责任倒查调查");
    }

    /** MA-10: experts drawn from the pool join the investigation (the draw is the pool's, with its replay). */
    @PostMapping("/investigations/{investigationId}/experts/draw")
    @PreAuthorize("hasAuthority('mine:assess')")
    String drawExperts(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long investigationId,
                       @Valid @ModelAttribute("expertDrawForm") ExpertDrawForm form, BindingResult errors, PageRefusal refusal,
                       Model model, RedirectAttributes flash) {
        assessments.requireVisible(actor, id);
        model.addAttribute("expertInvestigationId", investigationId);
        refusal.render("expertDrawError", () -> detail.render(actor, id, model)).field("EXP-FIELD", "field")
                .field("EXP-COUNT", "count");
        refusal.check(errors);
        var drawn = experts.draw(actor, id, investigationId, form.field(), Integer.parseInt(form.count().strip()));
        return done(flash, id, "已从专家库随机抽取 " + drawn.experts().size() + " 名专家参与调查");
    }

    /** MA-10: an expert of the pool picked by hand (one in conflict with the mine's enterprise is refused, EXP-08). */
    @PostMapping("/investigations/{investigationId}/experts/pick")
    @PreAuthorize("hasAuthority('mine:assess')")
    String pickExpert(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long investigationId,
                      @Valid @ModelAttribute("expertPickForm") ExpertPickForm form, BindingResult errors, PageRefusal refusal,
                      Model model, RedirectAttributes flash) {
        assessments.requireVisible(actor, id);
        model.addAttribute("expertInvestigationId", investigationId);
        refusal.render("expertPickError", () -> detail.render(actor, id, model)).field("EXP-EXPERT", "name")
                .field("EXP-08", "name");
        refusal.check(errors);
        var picked = experts.pick(actor, id, investigationId, form.name());
        return done(flash, id, picked.name() + " 已参与调查");
    }

    @PostMapping("/decisions")
    @PreAuthorize("hasAuthority('mine:assess')")
    String decision(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                    @Valid @ModelAttribute("decisionForm") DecisionForm form, BindingResult errors, PageRefusal refusal,
                    Model model, RedirectAttributes flash) {
        assessments.requireVisible(actor, id);
        refusal.render("decisionError", () -> detail.render(actor, id, model)).field("MA-11-DATE", "receivedOn")
                .field("MA-11-REASON", "reason").field("MA-11-INVESTIGATION", "investigationId");
        refusal.check(errors);
        accountability.issueDecision(actor, id, Params.optionalId("责任倒查调查", form.investigationId()),
                Params.choice(Measure.class, "问责措施", form.measure(), Measure::label),
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
