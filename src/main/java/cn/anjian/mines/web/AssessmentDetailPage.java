package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Actor;
import cn.anjian.mines.assessment.AppealStatus;
import cn.anjian.mines.assessment.AssessmentPages;
import cn.anjian.mines.assessment.AssessmentView;
import cn.anjian.mines.assessment.ExemptionGround;
import cn.anjian.mines.assessment.Grade;
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
import cn.anjian.mines.web.AssessmentForms.OverrideForm;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Builds the assessment page (every section controller re-renders it with its form's errors). */
@Component
@RequiredArgsConstructor
class AssessmentDetailPage {

    static final String VIEW = "mines/assessment/detail";

    private final AssessmentPages pages;
    private final InvestigationExperts experts;

    String render(Actor actor, long id, Model model) {
        AssessmentView v = pages.view(actor, id);
        model.addAttribute("a", v);
        model.addAttribute("mayAssess", actor.hasPermission("mine:assess"));
        model.addAttribute("grades", Grade.values());
        model.addAttribute("grounds", ExemptionGround.values());
        model.addAttribute("failures", SeriousFailure.values());
        model.addAttribute("measures", Measure.values());
        model.addAttribute("appealNone", AppealStatus.NONE);
        blank(model, "overrideForm", OverrideForm.blank());
        blank(model, "exemptionForm", ExemptionForm.blank());
        blank(model, "investigationForm", InvestigationForm.blank());
        blank(model, "decisionForm", DecisionForm.blank());
        blank(model, "expertDrawForm", ExpertDrawForm.blank());
        blank(model, "expertPickForm", ExpertPickForm.blank());
        model.addAttribute("mayDrawExperts", actor.hasPermission("mine:assess") && actor.hasPermission("expert:draw"));
        model.addAttribute("mayReadDraws", actor.hasPermission("expert:read"));
        model.addAttribute("expertFields", experts.fields());
        blank(model, "appealForm", new AppealForm("", ""));
        blank(model, "appealDecisionForm", new AppealDecisionForm("", ""));
        return VIEW;
    }

    private static void blank(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
