package cn.anjian.enforcement.cases.web;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.cases.CaseDecisions;
import cn.anjian.enforcement.cases.CaseDocuments;
import cn.anjian.enforcement.cases.CaseOrigins;
import cn.anjian.enforcement.cases.CaseService;
import cn.anjian.enforcement.cases.CaseTransfers;
import cn.anjian.enforcement.cases.CaseView;
import cn.anjian.enforcement.cases.Dates;
import cn.anjian.enforcement.cases.ServiceMethod;
import cn.anjian.enforcement.cases.web.CaseForms.DecisionForm;
import cn.anjian.enforcement.cases.web.CaseForms.DocumentForm;
import cn.anjian.enforcement.cases.web.CaseForms.TransferForm;
import cn.anjian.enforcement.items.CaseItemBasis;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Masking;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The model of the case detail page ({@code enforcement/cases/detail}), shared by every controller whose form lives on
 * it (the case page itself, the decision, penalty and coercion sections): a refused section form re-renders the page
 * with its input already in the model (a blank form is added only when none is there).
 */
@Component
@RequiredArgsConstructor
class CaseDetailPage {

    private final CaseService cases;
    private final CaseDocuments documents;
    private final CaseDecisions decisions;
    private final CaseTransfers transfers;
    private final CaseItemBasis itemBasis;
    private final CaseOrigins origins;
    private final Clock clock;

    String render(Actor actor, long caseId, Model model) {
        CaseView c = cases.get(actor, caseId);
        model.addAttribute("c", c);
        model.addAttribute("partyName", c.citizen() && !actor.hasPermission("pii:view-full") ? Masking.name(c.partyName()) : c.partyName());
        model.addAttribute("overdue", c.overdue(clock.instant()));
        model.addAttribute("team", cases.team(actor, caseId));
        model.addAttribute("timeline", cases.timeline(caseId));
        model.addAttribute("documents", documents.list(actor, caseId));
        model.addAttribute("generatable", documents.generatable(c));
        model.addAttribute("lateTypes", documents.lateTypes(c));
        model.addAttribute("decision", decisions.find(actor, caseId).orElse(null));
        // CASE-17: the suggested fine range of the chosen circumstance, on the decision form and with the issued decision
        model.addAttribute("suggestedFine", itemBasis.suggestedFine(caseId).orElse(null));
        // CASE-04: the record the case was opened from (plan item, draw, submission), as a link
        model.addAttribute("origin", origins.describe(actor, c.originType(), c.originId()).orElse(null));
        model.addAttribute("transfers", transfers.list(actor, caseId));
        model.addAttribute("stages", CaseStage.values());
        model.addAttribute("next", c.stage().next());
        model.addAttribute("canSkip", c.kind() == CaseKind.INSPECTION && c.stage() == CaseStage.DECISION && model.getAttribute("decision") == null);
        model.addAttribute("decisionKinds", decisions.allowedKinds(c.kind()));
        model.addAttribute("methods", ServiceMethod.values());
        model.addAttribute("dates", new Fmt());
        model.addAttribute("docTitles", Map.of("INSPECTION_RECORD", "现场检查记录", "RECTIFICATION_ORDER", "责令限期整改指令书",
                "PENALTY_NOTICE", "行政处罚告知书"));
        // issue 12 defect 6: the team form is pre-filled from the team and picks people by typing (TeamCandidatesController)
        model.addAttribute("canEditTeam", actor.hasPermission("case:manage") && actor.hasPermission("personnel:read")
                && c.stage().compareTo(CaseStage.CLOSURE) < 0);
        blank(model, "documentForm", DocumentForm.blank());
        blank(model, "decisionForm", DecisionForm.blank());
        blank(model, "transferForm", TransferForm.blank());
        if (c.kind() == CaseKind.INSPECTION) { // STAT-06: vehicles used on the inspection
            var v = cases.vehicles(caseId);
            model.addAttribute("vehicles", v);
            blank(model, "vehicleForm", new VehicleForm(v.plates()));
        }
        CoercionForms.blanks(model); // CASE-14/15 sections (enforcement/cases/coercion.html)
        return "enforcement/cases/detail";
    }

    private static void blank(Model model, String name, Object form) {
        if (!model.containsAttribute(name)) {
            model.addAttribute(name, form);
        }
    }

    /** Formatting helpers for the templates (Beijing time). */
    static final class Fmt {
        public String minutes(Instant at) {
            return Dates.minutes(at);
        }

        public String day(Instant at) {
            return Dates.day(at);
        }
    }
}
