package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.mines.Availability;
import cn.anjian.mines.Employment;
import cn.anjian.mines.Specialty;
import cn.anjian.mines.registry.CommissionerList;
import cn.anjian.mines.registry.MineRegistry;
import cn.anjian.mines.web.MineForms.CommissionerForm;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** MC-04/MC-05: the commissioners' pages — list and export, detail, selection, availability, work phone. */
@Controller
@RequiredArgsConstructor
class MineCommissionerPageController {

    static final List<String> HEADER = List.of("姓名", "所在单位", "层级", "人员身份", "专业", "检查工作表培训", "可派驻状态", "工作电话");

    private final CommissionerList list;
    private final MineRegistry registry;

    @GetMapping("/mines/commissioners")
    @PreAuthorize("hasAuthority('mine:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("q", q);
        model.addAttribute("availabilities", Availability.values());
        model.addAttribute("specialties", Specialty.values());
        model.addAttribute("mayManage", actor.hasPermission("mine:manage"));
        refusal.render("filterError", () -> {
            model.addAttribute("result", list.list(actor, new CommissionerList.Filter(null, null, null),
                    CommissionerList.SORT.defaults(), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(FilterUrl.of("/mines/commissioners"), CommissionerList.SORT.defaults(),
                    PageSize.DEFAULT));
            return "mines/registry/commissioners";
        });
        CommissionerList.Filter f = filter(q);
        ListSort.Sort sort = CommissionerList.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(FilterUrl.of("/mines/commissioners").with("q", q.get("q"))
                .with("availability", q.get("availability")).with("specialty", q.get("specialty")), sort, size));
        model.addAttribute("result", list.list(actor, f, sort, Params.page(q.get("page")), size));
        return "mines/registry/commissioners";
    }

    @GetMapping("/mines/commissioners/export")
    @PreAuthorize("hasAuthority('mine:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        CommissionerList.Filter f = filter(q);
        ListSort.Sort sort = CommissionerList.SORT.parse(q.get("sort"));
        return SheetExport.attachment("矿山安全监管专员.xlsx", "监管专员", HEADER, rows -> list.each(actor, f, sort,
                r -> rows.add(r.name(), r.agencyName(), r.level().label(), r.employment().label(), r.specialtyLabels(),
                        r.trainingPassedOn() == null ? "未通过" : Fmt.date(r.trainingPassedOn()), r.availability().label(),
                        r.workPhone())));
    }

    @GetMapping("/mines/commissioners/{id:\\d+}")
    @PreAuthorize("hasAuthority('mine:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("c", list.detail(actor, id));
        model.addAttribute("availabilities", Availability.values());
        model.addAttribute("mayManage", actor.hasPermission("mine:manage"));
        return "mines/registry/commissioner";
    }

    @GetMapping("/mines/commissioners/new")
    @PreAuthorize("hasAuthority('mine:manage')")
    String form(Model model) {
        model.addAttribute("form", CommissionerForm.blank());
        return formPage(model);
    }

    @PostMapping("/mines/commissioners")
    @PreAuthorize("hasAuthority('mine:manage')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") CommissionerForm form,
                  BindingResult errors, PageRefusal refusal, Model model, RedirectAttributes flash) {
        refusal.render(() -> formPage(model));
        CommissionerForm.fields(refusal);
        refusal.check(errors);
        long id = registry.select(actor, form.toNew(registry.personByIdCard(actor, form.idCard())));
        flash.addFlashAttribute("notice", "监管专员已选派");
        return "redirect:/mines/commissioners/" + id;
    }

    @PostMapping("/mines/commissioners/{id:\\d+}/availability")
    @PreAuthorize("hasAuthority('mine:manage')")
    String availability(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                        @RequestParam(required = false) String availability, PageRefusal refusal, RedirectAttributes flash) {
        list.detail(actor, id);
        refusal.redirect("/mines/commissioners/" + id);
        registry.changeAvailability(actor, id, Params.requiredChoice("MC-05-AVAILABILITY", Availability.class, "可派驻状态",
                availability, Availability::label));
        flash.addFlashAttribute("notice", "可派驻状态已变更");
        return "redirect:/mines/commissioners/" + id;
    }

    @PostMapping("/mines/commissioners/{id:\\d+}/contact")
    @PreAuthorize("hasAuthority('mine:manage')")
    String contact(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                   @RequestParam(required = false) String workPhone, PageRefusal refusal, RedirectAttributes flash) {
        list.detail(actor, id);
        refusal.redirect("/mines/commissioners/" + id);
        registry.changeContact(actor, id, Params.text("工作电话", workPhone, 30));
        flash.addFlashAttribute("notice", "工作电话已保存");
        return "redirect:/mines/commissioners/" + id;
    }

    private String formPage(Model model) {
        model.addAttribute("employments", Employment.values());
        model.addAttribute("specialties", Specialty.values());
        return "mines/registry/commissioner-new";
    }

    private static CommissionerList.Filter filter(Map<String, String> q) {
        return new CommissionerList.Filter(Params.text("姓名", q.get("q"), 50),
                Params.choice(Availability.class, "可派驻状态", q.get("availability"), Availability::label),
                Params.choice(Specialty.class, "专业", q.get("specialty"), Specialty::label));
    }
}
