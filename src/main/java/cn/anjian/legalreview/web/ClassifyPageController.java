package cn.anjian.legalreview.web;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.anjian.enforcement.CaseRef;
import cn.anjian.enforcement.Cases;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.Zones;
import cn.anjian.legalreview.Classification;
import cn.anjian.legalreview.MajorDecisions;
import cn.anjian.legalreview.Measure;
import cn.anjian.legalreview.PartyKind;
import cn.anjian.legalreview.review.ApplicationForm;
import cn.anjian.legalreview.review.ClassifyRequests;
import cn.anjian.legalreview.review.EmergencyMeasures;
import cn.anjian.legalreview.review.NewMaterial;
import cn.anjian.legalreview.review.ReviewEnums.MaterialKind;
import cn.anjian.legalreview.review.ReviewQueries;
import cn.anjian.legalreview.review.ReviewSubmissions;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The what-if classifier of a case (LR-02, linked from the case page), the submission form (LR-05) and the
 * emergency on-site measures awaiting the head's decision (LR-04).
 */
@Controller
@RequestMapping("/legal-review")
@RequiredArgsConstructor
class ClassifyPageController {

    private final MajorDecisions classifier;
    private final Cases cases;
    private final ReviewQueries queries;
    private final ReviewSubmissions submissions;
    private final EmergencyMeasures emergencies;
    private final Uploads store;
    private final Clock clock;

    /** LR-05: the application form (annex 1) and the proposed decision; amounts stay text so every error shows at once. */
    record SubmitForm(String caseKind, String partyKind, String fineYuan, String confiscationYuan, List<String> measures,
                      @NotBlank(message = "请填写决定事项简要情况") @Size(max = 4000) String summary,
                      @NotBlank(message = "请填写违法条款和处罚依据") @Size(max = 4000) String basis,
                      @NotBlank(message = "请填写执法人员资格情况") @Size(max = 2000) String officers,
                      @NotBlank(message = "请填写拟作出决定意见") @Size(max = 4000) String proposal,
                      @Size(max = 2000) String notes, @Size(max = 100) String signedUnitHead,
                      @Size(max = 100) String signedDeputy, String hadHearing, String internalRoute) {
    }

    @GetMapping("/classify")
    @PreAuthorize("hasAuthority('legalreview:read')")
    String classify(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String caseId,
                    @RequestParam(required = false) String caseKind, @RequestParam(required = false) String partyKind,
                    @RequestParam(required = false) String fineYuan, @RequestParam(required = false) String confiscationYuan,
                    @RequestParam(required = false) List<String> measures, Model model, PageRefusal refusal) {
        choices(model);
        model.addAttribute("q", new SubmitForm(caseKind, partyKind, fineYuan, confiscationYuan, measures == null ? List.of() : measures,
                null, null, null, null, null, null, null, null, null));
        refusal.render("classifyError", () -> "legalreview/classify");
        Long id = Params.optionalId("案件", caseId);
        if (id != null) {
            CaseRef c = cases.ref(id, actor);
            model.addAttribute("theCase", c);
            model.addAttribute("reviews", queries.forCase(actor, id));
        }
        if (caseKind != null) {
            Classification result = classifier.classify(ClassifyRequests.parse(caseKind, partyKind, fineYuan, confiscationYuan, measures),
                    LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI));
            model.addAttribute("result", result);
        }
        return "legalreview/classify";
    }

    @GetMapping("/cases/{caseId}/new")
    @PreAuthorize("hasAuthority('legalreview:submit')")
    String newForm(@AuthenticationPrincipal Actor actor, @PathVariable long caseId, Model model) {
        model.addAttribute("form", new SubmitForm("PENALTY", "ORGANIZATION", null, null, List.of(), null, null, null, null, null,
                null, null, null, null));
        caseChoices(actor, caseId, model);
        return "legalreview/new";
    }

    @PostMapping("/cases/{caseId}")
    @PreAuthorize("hasAuthority('legalreview:submit')")
    String submit(@AuthenticationPrincipal Actor actor, @PathVariable long caseId, @Valid @ModelAttribute("form") SubmitForm form,
                  BindingResult errors,
                  @RequestParam(required = false) org.springframework.util.MultiValueMap<String, MultipartFile> uploads,
                  @RequestParam Map<String, String> params, Model model, PageRefusal refusal, RedirectAttributes flash) {
        caseChoices(actor, caseId, model);
        refusal.render(() -> "legalreview/new");
        refusal.check(errors);
        var proposed = ClassifyRequests.parse(form.caseKind(), form.partyKind(), form.fineYuan(), form.confiscationYuan(), form.measures());
        List<NewMaterial> materials = new ArrayList<>();
        for (MaterialKind k : MaterialKind.values()) {
            List<MultipartFile> files = uploads == null ? null : uploads.get("file_" + k.name());
            for (MultipartFile f : files == null ? List.<MultipartFile>of() : files) {
                if (!f.isEmpty()) {
                    materials.add(new NewMaterial(k.name(), store.store(actor, f), k.label()));
                }
            }
        }
        // LR-05: documents already generated for the case, each picked as one kind of material (doc_<id> = kind)
        params.forEach((name, kind) -> {
            if (name.startsWith("doc_") && kind != null && !kind.isBlank()) {
                materials.add(NewMaterial.document(kind, Params.id("文书", name.substring(4)), null));
            }
        });
        long id = submissions.submit(actor, caseId, proposed, new ApplicationForm(form.summary(), form.basis(), form.officers(),
                form.proposal(), form.notes(), form.signedUnitHead(), form.signedDeputy(), "true".equals(form.hadHearing())), materials,
                "true".equals(form.internalRoute()));
        flash.addFlashAttribute("notice", "法制审核申请已提交");
        return "redirect:/legal-review/" + id;
    }

    @GetMapping("/emergencies")
    @PreAuthorize("hasAuthority('legalreview:read')")
    String emergencies(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("rows", emergencies.list(actor));
        return "legalreview/emergencies";
    }

    @PostMapping("/emergencies/{id}")
    @PreAuthorize("hasAuthority('legalreview:approve')")
    String decideEmergency(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String required,
                           @RequestParam(required = false) String note, RedirectAttributes flash, PageRefusal refusal) {
        refusal.redirect("/legal-review/emergencies");
        emergencies.decide(actor, id, "true".equals(required), note);
        flash.addFlashAttribute("notice", "已记录是否补办法制审核的决定");
        return "redirect:/legal-review/emergencies";
    }

    /** The case, the documents generated for it (LR-05) and whether the internal route may be asked (LR-14). */
    private void caseChoices(Actor actor, long caseId, Model model) {
        model.addAttribute("theCase", cases.ref(caseId, actor));
        model.addAttribute("caseDocuments", cases.documents(caseId, actor));
        model.addAttribute("entrusted", submissions.entrustedCase(actor, caseId));
        choices(model);
    }

    private static void choices(Model model) {
        model.addAttribute("kinds", Measure.Kind.values());
        model.addAttribute("parties", PartyKind.values());
        model.addAttribute("measureChoices", Measure.values());
        model.addAttribute("materialKinds", MaterialKind.values());
    }
}
