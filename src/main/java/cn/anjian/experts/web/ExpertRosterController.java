package cn.anjian.experts.web;

import lombok.RequiredArgsConstructor;

import cn.anjian.enterprises.Enterprises;
import cn.anjian.experts.pool.ExpertDetails;
import cn.anjian.experts.pool.ExpertLevel;
import cn.anjian.experts.pool.ExpertRegistry;
import cn.anjian.experts.pool.PoolStructure;
import cn.anjian.experts.meetings.EvaluationGrade;
import cn.anjian.experts.meetings.Evaluations;
import cn.anjian.experts.web.ExpertForms.CommendationForm;
import cn.anjian.experts.web.ExpertForms.ConflictForm;
import cn.anjian.experts.web.ExpertForms.EvaluationForm;
import cn.anjian.experts.web.ExpertForms.ExpertForm;
import cn.anjian.experts.web.ExpertForms.RemoveForm;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The roster forms (expert:manage): admit by hand within the cap (EXP-02), edit, suspend and resume, remove with a
 * reason, declared conflicts (EXP-08), field leaders and deputies (EXP-01); and an expert's detail page (expert:read).
 */
@Controller
@RequestMapping("/experts")
@RequiredArgsConstructor
class ExpertRosterController {

    private final ExpertRegistry registry;
    private final ExpertDetails details;
    private final PoolStructure structure;
    private final Enterprises enterprises;
    private final Evaluations evaluations;
    private final java.time.Clock clock;

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('expert:manage')")
    String newForm(Model model) {
        model.addAttribute("form", ExpertForm.blank());
        return formPage(model, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('expert:manage')")
    String admit(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") ExpertForm form, BindingResult errors,
                 Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render(() -> formPage(model, null));
        ExpertForm.fields(refusal);
        if (form.idCard() == null || form.idCard().isBlank()) {
            errors.rejectValue("idCard", "required", "请填写身份证号码");
        }
        if (form.phone() == null || form.phone().isBlank()) {
            errors.rejectValue("phone", "required", "请填写手机号码");
        }
        refusal.check(errors);
        long id = registry.admit(actor, form.expert());
        flash.addFlashAttribute("notice", "专家已入库");
        return "redirect:/experts/" + id;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('expert:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        return detailPage(actor, id, model);
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('expert:manage')")
    String editForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        ExpertDetails.Detail d = details.get(actor, id);
        model.addAttribute("form", ExpertForm.of(d));
        return formPage(model, d);
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('expert:manage')")
    String edit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") ExpertForm form,
                BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render(() -> formPage(model, details.get(actor, id)));
        ExpertForm.fields(refusal);
        refusal.check(errors);
        registry.edit(actor, id, form.expert());
        flash.addFlashAttribute("notice", "已保存");
        return "redirect:/experts/" + id;
    }

    @PostMapping("/{id}/suspend")
    @PreAuthorize("hasAuthority('expert:manage')")
    String suspend(@AuthenticationPrincipal Actor actor, @PathVariable long id, PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect("/experts/" + id);
        registry.suspend(actor, id);
        flash.addFlashAttribute("notice", "已暂停使用");
        return "redirect:/experts/" + id;
    }

    @PostMapping("/{id}/resume")
    @PreAuthorize("hasAuthority('expert:manage')")
    String resume(@AuthenticationPrincipal Actor actor, @PathVariable long id, PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect("/experts/" + id);
        registry.reinstate(actor, id);
        flash.addFlashAttribute("notice", "已恢复使用");
        return "redirect:/experts/" + id;
    }

    @PostMapping("/{id}/remove")
    @PreAuthorize("hasAuthority('expert:manage')")
    String remove(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("removeForm") RemoveForm form,
                  BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("removeError", () -> detailPage(actor, id, model)).field("EXP-REASON", "reason");
        refusal.check(errors);
        registry.remove(actor, id, form.reason());
        flash.addFlashAttribute("notice", "专家已出库");
        return "redirect:/experts/" + id;
    }

    @PostMapping("/{id}/conflicts")
    @PreAuthorize("hasAuthority('expert:manage')")
    String declare(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("conflictForm") ConflictForm form,
                   BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("conflictError", () -> detailPage(actor, id, model)).field("EXP-TARGET", "creditCode")
                .field("EXP-CONFLICT", "relation").field("EXP-CONFLICT-FROM", "from").field("EXP-CONFLICT-TO", "to")
                .field("BAD-DATE", "from");
        refusal.check(errors);
        long enterprise = enterprises.findByCreditCode(actor, form.creditCode().strip()).orElseThrow(() ->
                BusinessException.badInput("EXP-TARGET", "您管辖范围内没有这个统一社会信用代码的生产经营单位")).id();
        registry.declareConflict(actor, id, enterprise, form.relation(), Params.date("起始日期", form.from()),
                Params.date("终止日期", form.to()));
        flash.addFlashAttribute("notice", "已登记利害关系");
        return "redirect:/experts/" + id;
    }

    /** EXP-01: {@code role} LEADER (组长) or DEPUTY (副组长). */
    @PostMapping("/{id}/appoint")
    @PreAuthorize("hasAuthority('expert:manage')")
    String appoint(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String role,
                   PageRefusal refusal, RedirectAttributes flash) {
        details.get(actor, id);   // another county's expert: 404 before the role is read
        refusal.redirect("/experts/" + id);
        if (!"LEADER".equals(role) && !"DEPUTY".equals(role)) {
            throw BusinessException.badInput("EXP-ROLE", "请选择组长或副组长");
        }
        registry.appoint(actor, id, "LEADER".equals(role));
        flash.addFlashAttribute("notice", "LEADER".equals(role) ? "已任命为组长" : "已任命为副组长");
        return "redirect:/experts/" + id;
    }

    @PostMapping("/{id}/relieve")
    @PreAuthorize("hasAuthority('expert:manage')")
    String relieve(@AuthenticationPrincipal Actor actor, @PathVariable long id, PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect("/experts/" + id);
        registry.relieve(actor, id);
        flash.addFlashAttribute("notice", "已免去专业组职务");
        return "redirect:/experts/" + id;
    }

    /** EXP-17: the yearly evaluation; an unqualified expert leaves the pool. */
    @PostMapping("/{id}/evaluations")
    @PreAuthorize("hasAuthority('expert:manage')")
    String evaluate(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("evaluationForm") EvaluationForm form,
                    BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("evaluationError", () -> detailPage(actor, id, model)).field("EXP-17-YEAR", "year")
                .field("EXP-17-GRADE", "grade").field("EXP-17-REASON", "reason");
        refusal.check(errors);
        EvaluationGrade grade = Params.choice("EXP-17-GRADE", EvaluationGrade.class, "考核等次", form.grade(), EvaluationGrade::label);
        evaluations.evaluate(actor, id, Integer.valueOf(form.year().strip()), grade, form.reason());
        flash.addFlashAttribute("notice", grade == EvaluationGrade.UNQUALIFIED ? "已登记考核结果，该专家已出库" : "已登记考核结果");
        return "redirect:/experts/" + id;
    }

    @PostMapping("/{id}/commendations")
    @PreAuthorize("hasAuthority('expert:manage')")
    String commend(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("commendationForm") CommendationForm form,
                   BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("commendationError", () -> detailPage(actor, id, model)).field("EXP-17-YEAR", "year")
                .field("EXP-17-COMMENDATION", "reason");
        refusal.check(errors);
        evaluations.commend(actor, id, Integer.valueOf(form.year().strip()), form.reason());
        flash.addFlashAttribute("notice", "已登记表彰");
        return "redirect:/experts/" + id;
    }

    private String detailPage(Actor actor, long id, Model model) {
        model.addAttribute("expert", details.get(actor, id));
        int year = java.time.LocalDate.ofInstant(clock.instant(), cn.anjian.kernel.Zones.SHANGHAI).getYear();
        model.addAttribute("grades", EvaluationGrade.values());
        model.addAttribute("record", evaluations.record(actor, id));
        model.addAttribute("registerGrades", evaluations.registerGrades(actor, id));
        if (!model.containsAttribute("evaluationForm")) {
            model.addAttribute("evaluationForm", EvaluationForm.blank(year));
        }
        if (!model.containsAttribute("commendationForm")) {
            model.addAttribute("commendationForm", CommendationForm.blank(year));
        }
        if (!model.containsAttribute("conflictForm")) {
            model.addAttribute("conflictForm", ConflictForm.blank());
        }
        if (!model.containsAttribute("removeForm")) {
            model.addAttribute("removeForm", RemoveForm.blank());
        }
        return "experts/detail";
    }

    private String formPage(Model model, ExpertDetails.Detail editing) {
        model.addAttribute("editing", editing);
        model.addAttribute("fields", structure.fields());
        model.addAttribute("levels", ExpertLevel.values());
        return "experts/form";
    }
}
