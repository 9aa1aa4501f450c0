package cn.anjian.enforcement.cases.web;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import cn.anjian.kernel.PageRefusal;
import cn.anjian.documents.DocumentFile;
import cn.anjian.enforcement.CaseKind;
import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.CaseSource;
import cn.anjian.enforcement.CaseStage;
import cn.anjian.enforcement.cases.CaseDocuments;
import cn.anjian.enforcement.cases.CaseList;
import cn.anjian.enforcement.cases.CasePage;
import cn.anjian.kernel.Choice;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import cn.anjian.enforcement.cases.CaseService;
import cn.anjian.enforcement.cases.CaseTransfers;
import cn.anjian.enforcement.cases.NewMember;
import cn.anjian.enforcement.cases.ServiceMethod;
import cn.anjian.enforcement.cases.TeamRole;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Params;
import cn.anjian.enforcement.cases.web.CaseForms.DocumentForm;
import cn.anjian.enforcement.cases.web.CaseForms.NewCaseForm;
import cn.anjian.enforcement.cases.web.CaseForms.TransferForm;
import jakarta.validation.Valid;
import jakarta.servlet.http.HttpServletResponse;
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

/**
 * Pages under {@code /cases}: the keyset list with filters, the new-case form and the detail page with
 * stage timeline, team, documents and service, and transfer (the page's model: {@link CaseDetailPage}; the decision
 * form: {@link CaseDecisionPageController}). Forms are {@code @Valid} records
 * ({@link CaseForms}): a refused form is shown again with the input and every error next to its field;
 * the detail page's one-button actions (team, stage, service) redirect with the message by the section.
 */
@Controller
@RequestMapping("/cases")
@RequiredArgsConstructor
class CasePageController {

    private final CaseService cases;
    private final CaseList list;
    private final CaseDocuments documents;
    private final CaseTransfers transfers;
    private final CaseFormChoices choices;
    private final CaseDetailPage detail;

    private static void rows(Model model, List<CaseListing.Row> rows) {
        model.addAttribute("rows", rows);
        model.addAttribute("rowsHtml", CaseListing.Row.html(rows));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('case:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> params, Model model,
                PageRefusal refusal) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String k : CaseListing.FILTER_KEYS) {
            q.put(k, params.getOrDefault(k, "").strip());
        }
        model.addAttribute("q", q);
        // the page asks only with "我的案件" (the notice that the account has no person shows there alone)
        boolean mine = "true".equals(q.get("mine"));
        model.addAttribute("tabsHtml", CaseListing.tabsHtml(mine, !mine || list.linked(actor)));
        model.addAttribute("mineHiddenHtml", CaseListing.mineHiddenHtml(mine));
        addChoices(model, actor, q);
        refusal.render("filterError", () -> {
            CasePage all = list.list(actor, null, null, null, CaseList.DEFAULT_SIZE);
            model.addAttribute("page", all);
            rows(model, CaseListing.Row.of(all.items()));
            model.addAttribute("kit", CaseListing.controls(Map.of(), CaseList.SORT.defaults(), CaseList.DEFAULT_SIZE));
            return "enforcement/cases/list";
        });
        ListSort.Sort sort = CaseList.SORT.parse(params.get("sort"));
        int size = CaseListing.size(params);
        CasePage page = CaseListing.page(list, actor, CaseForms.filter(q), params, sort, size);
        ListControls kit = CaseListing.controls(q, sort, size);
        model.addAttribute("page", page);
        rows(model, CaseListing.Row.of(page.items()));
        model.addAttribute("kit", kit);
        model.addAttribute("prevUrl", CaseListing.link(kit, page.previous(), false));
        model.addAttribute("nextUrl", CaseListing.link(kit, page.next(), true));
        return "enforcement/cases/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('case:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> params) {
        return CaseListing.export(list, actor, params);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('case:manage')")
    String newForm(@AuthenticationPrincipal Actor actor, Model model) {
        return form(actor, model, NewCaseForm.blank());
    }

    @PostMapping
    @PreAuthorize("hasAuthority('case:manage')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") NewCaseForm form, BindingResult errors,
                  Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render(() -> form(actor, model, form));
        NewCaseForm.fields(refusal);
        form.crossCheck(errors, choices::itemUsable);
        refusal.check(errors);
        CaseRef c = choices.open(actor, form.toNewCase(), form.origin(), form.item());
        flash.addFlashAttribute("notice", "已立案，案号 " + c.caseNumber());
        return "redirect:/cases/" + c.id();
    }

    private String form(Actor actor, Model model, NewCaseForm data) {
        model.addAttribute("form", data);
        model.addAttribute("kinds", CaseKind.values());
        model.addAttribute("sources", CaseSource.values());
        model.addAttribute("enterprises", choices.parties(actor));
        model.addAttribute("items", choices.items());
        model.addAttribute("originLabel", choices.originLabel(actor, data.source(), data.originId()));
        model.addAttribute("originSources", cn.anjian.enforcement.cases.CaseOrigins.Kind.sourceNames());
        model.addAttribute("itemKinds", cn.anjian.enforcement.items.ItemKind.values());
        return "enforcement/cases/form";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('case:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        return detailPage(actor, Params.id("id", id), model);
    }

    /** The detail page; a refused section form keeps its input (already in the model, else a blank one). */
    String detailPage(Actor actor, long caseId, Model model) {
        return detail.render(actor, caseId, model);
    }

    @PostMapping("/{id}/team")
    @PreAuthorize("hasAuthority('case:manage')")
    String team(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam(required = false) String leader,
                @RequestParam(required = false) List<String> members, @RequestParam(required = false) List<String> assistants,
                RedirectAttributes flash, PageRefusal refusal) {
        long caseId = Params.id("id", id);
        return act(actor, caseId, flash, refusal, "team", "执法组已保存", () -> {
            List<NewMember> team = new ArrayList<>();
            Long l = Params.optionalId("leader", leader);
            if (l != null) {
                team.add(new NewMember(l, TeamRole.LEADER));
            }
            for (String m : members == null ? List.<String>of() : members) {
                Long p = Params.optionalId("members", m);
                if (p != null && !p.equals(l)) {
                    team.add(new NewMember(p, TeamRole.MEMBER));
                }
            }
            for (String a : assistants == null ? List.<String>of() : assistants) {
                Long p = Params.optionalId("assistants", a);
                if (p != null) {
                    team.add(new NewMember(p, TeamRole.ASSISTANT));
                }
            }
            cases.setTeam(actor, caseId, team);
        });
    }

    @PostMapping("/{id}/transition")
    @PreAuthorize("hasAuthority('case:manage')")
    String transition(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestParam(required = false) String to,
                      @RequestParam(required = false) String note, RedirectAttributes flash, PageRefusal refusal) {
        long caseId = Params.id("id", id);
        return act(actor, caseId, flash, refusal, "stage", "阶段已变更", () ->
                cases.transition(actor, caseId, CaseForms.choice(CaseStage.class, to, "CASE-STAGE", "阶段"), note));
    }

    @PostMapping("/{id}/documents")
    @PreAuthorize("hasAuthority('case:manage')")
    String generate(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                    @Valid @ModelAttribute("documentForm") DocumentForm form, BindingResult errors, Model model,
                    RedirectAttributes flash, PageRefusal refusal) {
        long caseId = Params.id("id", id);
        checkSection(actor, caseId, model, refusal, errors, "documents", DocumentForm::fields);
        documents.generate(actor, caseId, form.type(), form.toFields());
        return done(flash, caseId, "documents", "文书已生成");
    }

    /** Issue 12 defect 4: the document as it would be generated, to read and print before a number is taken. */
    @PostMapping("/{id}/documents/preview")
    @PreAuthorize("hasAuthority('case:manage')")
    String preview(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                   @Valid @ModelAttribute("documentForm") DocumentForm form, BindingResult errors, Model model,
                   PageRefusal refusal) {
        long caseId = Params.id("id", id);
        checkSection(actor, caseId, model, refusal, errors, "documents", DocumentForm::fields);
        model.addAttribute("preview", documents.preview(actor, caseId, form.type(), form.toFields()));
        model.addAttribute("backUrl", "/cases/" + caseId + "#documents");
        return "documents/preview";
    }

    @PostMapping("/{id}/documents/{documentId}/serve")
    @PreAuthorize("hasAuthority('case:manage')")
    String serve(@AuthenticationPrincipal Actor actor, @PathVariable String id, @PathVariable String documentId,
                 @RequestParam(required = false) String method, @RequestParam(required = false) String recipient,
                 RedirectAttributes flash, PageRefusal refusal) {
        long caseId = Params.id("id", id);
        long docId = Params.id("documentId", documentId);
        return act(actor, caseId, flash, refusal, "documents", "已登记送达并生成送达回执", () -> documents.serve(actor, caseId, docId,
                CaseForms.choice(ServiceMethod.class, method, "CASE-SERVE-METHOD", "送达方式"), recipient));
    }

    @GetMapping("/{id}/documents/{documentId}/download")
    @PreAuthorize("hasAuthority('case:read')")
    void download(@AuthenticationPrincipal Actor actor, @PathVariable String id, @PathVariable String documentId,
                  HttpServletResponse res) throws IOException {
        DocumentFile f = documents.file(actor, Params.id("id", id), Params.id("documentId", documentId));
        CaseApiController.stream(documents, actor, f, res);
    }

    @PostMapping("/{id}/transfer")
    @PreAuthorize("hasAuthority('case:transfer')")
    String transfer(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                    @Valid @ModelAttribute("transferForm") TransferForm form, BindingResult errors, Model model,
                    RedirectAttributes flash, PageRefusal refusal) {
        long caseId = Params.id("id", id);
        checkSection(actor, caseId, model, refusal, errors, "transfer", TransferForm::fields);
        transfers.request(actor, caseId, form.organ(), form.date(), form.reason());
        return done(flash, caseId, "transfer", "已提请移送，待科室负责人和局长审批");
    }

    static String done(RedirectAttributes flash, long caseId, String section, String notice) {
        flash.addFlashAttribute("notice", notice);
        return "redirect:/cases/" + caseId + "#" + section;
    }

    /**
     * The checks of a form in a section of the case page: a refusal, or a field error, re-renders the page with the
     * message next to that section ({@code fields}: the domain codes shown next to their fields).
     */
    private void checkSection(Actor actor, long caseId, Model model, PageRefusal refusal, BindingResult errors, String section,
                              Consumer<PageRefusal> fields) {
        refusal.render("error_" + section, () -> detailPage(actor, caseId, model));
        fields.accept(refusal);
        refusal.check(errors);
    }

    /**
     * Runs a one-button action (team, stage, service); a refusal goes back to the page next to its section
     * (a case out of scope is still a 404).
     */
    private String act(Actor actor, long caseId, RedirectAttributes flash, PageRefusal refusal, String section, String done, Runnable action) {
        cases.get(actor, caseId);
        refusal.redirect("error_" + section, "/cases/" + caseId + "#" + section);
        action.run();
        return done(flash, caseId, section, done);
    }

    /** The filter's options, chosen ones marked, computed once (issue 20 item 7). */
    private void addChoices(Model model, Actor actor, Map<String, String> q) {
        model.addAttribute("kindChoices", Choice.of(CaseKind.values(), CaseKind::label, q.get("kind")));
        model.addAttribute("stageChoices", Choice.of(CaseStage.values(), CaseStage::label, q.get("stage")));
        model.addAttribute("sourceChoices", Choice.of(CaseSource.values(), CaseSource::label, q.get("source")));
        model.addAttribute("unitChoices", Choice.of(choices.units(actor), u -> u.id(), u -> u.name(), q.get("unit")));
    }
}
