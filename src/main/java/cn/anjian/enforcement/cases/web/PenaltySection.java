package cn.anjian.enforcement.cases.web;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.cases.CaseLimitations;
import cn.anjian.enforcement.cases.CaseService;
import cn.anjian.enforcement.cases.CaseView;
import cn.anjian.enforcement.cases.PenaltyProcedures;
import cn.anjian.enforcement.cases.ServiceMethod;
import cn.anjian.enforcement.cases.TimeLimitExtensions;
import cn.anjian.kernel.Actor;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What the case page's own sections for CASE-11..13 show (fragment {@code enforcement/cases/penalty}): the
 * limitation computation, the notice / statement / hearing of a penalty case, the time limit's extensions, and a
 * blank form for every form not already in the model (a refused form keeps its input).
 */
@Component
@RequiredArgsConstructor
class PenaltySection {

    private final CaseService cases;
    private final CaseLimitations limitations;
    private final PenaltyProcedures procedures;
    private final TimeLimitExtensions extensions;

    void addTo(Actor actor, long caseId, Model model) {
        CaseView c = cases.get(actor, caseId);
        model.addAttribute("limitation", limitations.find(caseId).orElse(null));
        model.addAttribute("penaltyCase", c.kind() == CaseKind.PENALTY);
        model.addAttribute("penalty", procedures.find(actor, caseId).orElse(null));
        model.addAttribute("canNotify", procedures.canNotify(c));
        List<TimeLimitExtensions.ExtensionView> list = extensions.list(actor, caseId);
        model.addAttribute("extensions", list);
        model.addAttribute("canExtend", c.closedAt() == null && list.stream().noneMatch(e -> "PENDING".equals(e.status())));
        model.addAttribute("serviceMethods", ServiceMethod.values());
        blank(model, "noticeForm", PenaltyForms.NoticeForm.blank());
        blank(model, "statementForm", PenaltyForms.StatementForm.blank());
        blank(model, "answerForm", PenaltyForms.AnswerForm.blank());
        blank(model, "hearingRequestForm", PenaltyForms.HearingRequestForm.blank());
        blank(model, "hearingNoticeForm", PenaltyForms.HearingNoticeForm.blank());
        blank(model, "hearingRecordForm", PenaltyForms.HearingRecordForm.blank());
        blank(model, "hearingReportForm", PenaltyForms.HearingReportForm.blank());
        blank(model, "extensionForm", PenaltyForms.ExtensionForm.blank());
    }

    private static void blank(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }
}
