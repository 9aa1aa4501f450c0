package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.util.Map;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.DateText;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.personnel.NewPerson;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonView;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** OFF-10 page: the auxiliary staff in scope, registering one (a recorded person or a new one) and his leaving. */
@Controller
@RequestMapping("/personnel/auxiliaries")
@RequiredArgsConstructor
class AuxiliaryPageController {

    private final AuxiliaryStaff staff;
    private final AuxiliaryList auxiliaries;
    private final People people;

    /** Registering: the person recorded under the ID card, or a new one, and the auxiliary role. */
    record AuxiliaryForm(@NotBlank @Size(max = 50) String name,
                         @NotBlank @Pattern(regexp = "\\s*\\d{17}[\\dXx]\\s*", message = "应为 18 位公民身份号码") String idCard,
                         @Pattern(regexp = "\\s*([0-9+\\- ]{5,20})?\\s*", message = "只能包含数字、空格、+ 和 -，5 到 20 位")
                         String phone,
                         @NotBlank @Size(max = 200) String duties, @DateText String registeredOn) {

        static AuxiliaryForm empty() {
            return new AuxiliaryForm(null, null, null, null, null);
        }
    }

    /** OFF-10: a training an auxiliary took part in (their training is recorded like officers' own). */
    record TrainingForm(@NotBlank(message = "请选择执法辅助人员") String personId, @NotBlank @Size(max = 200) String course,
                        @NotBlank @Pattern(regexp = "\\s*\\d{1,3}(\\.\\d)?\\s*", message = "须为数字，至多一位小数")
                        String classHours, @NotBlank @DateText String startDate, @NotBlank @DateText String endDate) {

        static TrainingForm empty() {
            return new TrainingForm(null, null, null, null, null);
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('personnel:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("q", q);
        refusal.render("filterError", () -> {
            model.addAttribute("kit", ListControls.of(filters(q), AuxiliaryList.SORT.defaults(), PageSize.DEFAULT));
            model.addAttribute("result", auxiliaries.page(actor, new AuxiliaryList.Filter(null, null),
                    AuxiliaryList.SORT.defaults(), 0, PageSize.DEFAULT));
            return page(actor, model);
        });
        AuxiliaryList.Filter f = filter(q);
        ListSort.Sort sort = AuxiliaryList.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(filters(q), sort, size));
        model.addAttribute("result", auxiliaries.page(actor, f, sort, Params.page(q.get("page")), size));
        return page(actor, model);
    }

    /** The page after a refused form: the list unfiltered, the form with its errors. */
    private String list(Actor actor, Model model) {
        model.addAttribute("q", Map.of());
        model.addAttribute("kit", ListControls.of(filters(Map.of()), AuxiliaryList.SORT.defaults(), PageSize.DEFAULT));
        model.addAttribute("result", auxiliaries.page(actor, new AuxiliaryList.Filter(null, null),
                AuxiliaryList.SORT.defaults(), 0, PageSize.DEFAULT));
        return page(actor, model);
    }

    private String page(Actor actor, Model model) {
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", AuxiliaryForm.empty());
        }
        if (!model.containsAttribute("trainingForm")) {
            model.addAttribute("trainingForm", TrainingForm.empty());
        }
        model.addAttribute("active", auxiliaries.active(actor));
        return "personnel/auxiliaries";
    }

    static AuxiliaryList.Filter filter(Map<String, String> q) {
        return new AuxiliaryList.Filter(q.get("name"), q.get("status"));
    }

    /** The list's filters, kept in its pager, sort, size and export links. */
    static FilterUrl filters(Map<String, String> q) {
        return FilterUrl.of("/personnel/auxiliaries").with("name", q.get("name")).with("status", q.get("status"));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('personnel:manage')")
    String register(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") AuxiliaryForm form,
                    BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render(() -> list(actor, model)).field("PERSON-ID-CARD", "idCard").field("PERSON-PHONE", "phone");
        refusal.check(errors);
        Optional<PersonView> existing = people.findByIdCard(actor, form.idCard());
        long personId = existing.map(PersonView::id)
                .orElseGet(() -> people.create(actor, NewPerson.basic(form.name(), form.idCard(), form.phone())).id());
        staff.register(actor, personId, form.duties(), Params.date("登记日期", form.registeredOn()));
        flash.addFlashAttribute("message", "已登记执法辅助人员");
        return "redirect:/personnel/auxiliaries";
    }

    @PostMapping("/trainings")
    @PreAuthorize("hasAuthority('personnel:manage')")
    String train(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("trainingForm") TrainingForm form,
                 BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("trainingRefusal", () -> list(actor, model));
        refusal.check(errors);
        staff.addTraining(actor, Params.id("执法辅助人员", form.personId()), form.course(),
                Params.decimal("学时", form.classHours()), Params.date("开始日期", form.startDate()),
                Params.date("结束日期", form.endDate()));
        flash.addFlashAttribute("message", "已登记培训");
        return "redirect:/personnel/auxiliaries";
    }

    @PostMapping("/{personId}/leave")
    @PreAuthorize("hasAuthority('personnel:manage')")
    String leave(@AuthenticationPrincipal Actor actor, @PathVariable String personId, PageRefusal refusal,
                 RedirectAttributes flash) {
        refusal.redirect("/personnel/auxiliaries");
        staff.leave(actor, Params.optionalId("人员编号", personId), null);
        flash.addFlashAttribute("message", "已登记离岗");
        return "redirect:/personnel/auxiliaries";
    }
}
