package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.mines.MineKind;
import cn.anjian.mines.ProductionStatus;
import cn.anjian.mines.SupervisingLevel;
import cn.anjian.mines.registry.MineList;
import cn.anjian.mines.registry.MineRegistry;
import cn.anjian.mines.web.MineForms.MineForm;
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

/** MC-01: the mine registry's pages — list (filters, sort, pages, export), detail, new mine, production status. */
@Controller
@RequiredArgsConstructor
class MinePageController {

    static final List<String> HEADER = List.of("矿山名称", "矿山类型", "生产状态", "监管层级", "年采剥量（吨）", "所属矿山", "所在地");

    private final MineList list;
    private final MineRegistry registry;

    @GetMapping("/mines")
    @PreAuthorize("hasAuthority('mine:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("q", q);
        model.addAttribute("kinds", MineKind.values());
        model.addAttribute("statuses", ProductionStatus.values());
        model.addAttribute("levels", SupervisingLevel.values());
        model.addAttribute("mayManage", actor.hasPermission("mine:manage"));
        model.addAttribute("areas", list.areas(actor));
        refusal.render("filterError", () -> {
            model.addAttribute("result", list.list(actor, new MineList.Filter(null, null, null, null, null),
                    MineList.SORT.defaults(), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(FilterUrl.of("/mines"), MineList.SORT.defaults(), PageSize.DEFAULT));
            return "mines/registry/mines";
        });
        MineList.Filter f = filter(q);
        ListSort.Sort sort = MineList.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(FilterUrl.of("/mines").with("q", q.get("q")).with("kind", q.get("kind"))
                .with("status", q.get("status")).with("level", q.get("level")).with("area", q.get("area")), sort, size));
        model.addAttribute("result", list.list(actor, f, sort, Params.page(q.get("page")), size));
        return "mines/registry/mines";
    }

    @GetMapping("/mines/export")
    @PreAuthorize("hasAuthority('mine:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        MineList.Filter f = filter(q);
        ListSort.Sort sort = MineList.SORT.parse(q.get("sort"));
        list.check(actor, f);
        return SheetExport.attachment("矿山.xlsx", "矿山", HEADER, rows -> list.each(actor, f, sort, r -> rows.add(r.name(),
                r.kind().label(), r.status().label(), r.level().label(), String.valueOf(r.annualStrippingTonnes()),
                r.parentName() == null ? "" : r.parentName(), r.areaName())));
    }

    @GetMapping("/mines/{id:\\d+}")
    @PreAuthorize("hasAuthority('mine:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("mine", list.detail(actor, id));
        model.addAttribute("statuses", ProductionStatus.values());
        model.addAttribute("mayManage", actor.hasPermission("mine:manage"));
        return "mines/registry/mine";
    }

    @GetMapping("/mines/new")
    @PreAuthorize("hasAuthority('mine:manage')")
    String form(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("form", MineForm.blank());
        return formPage(actor, model);
    }

    @PostMapping("/mines")
    @PreAuthorize("hasAuthority('mine:manage')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") MineForm form, BindingResult errors,
                  PageRefusal refusal, Model model, RedirectAttributes flash) {
        refusal.render(() -> formPage(actor, model));
        MineForm.fields(refusal);
        refusal.check(errors);
        long id = registry.register(actor, form.toNew(registry.enterpriseByCode(actor, form.creditCode())));
        flash.addFlashAttribute("notice", "矿山已登记");
        return "redirect:/mines/" + id;
    }

    @PostMapping("/mines/{id:\\d+}/status")
    @PreAuthorize("hasAuthority('mine:manage')")
    String status(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String status,
                  PageRefusal refusal, RedirectAttributes flash) {
        list.detail(actor, id);
        refusal.redirect("/mines/" + id);
        registry.changeStatus(actor, id, Params.requiredChoice("MC-01-STATUS", ProductionStatus.class, "生产状态", status,
                ProductionStatus::label));
        flash.addFlashAttribute("notice", "生产状态已变更");
        return "redirect:/mines/" + id;
    }

    private String formPage(Actor actor, Model model) {
        model.addAttribute("kinds", MineKind.values());
        model.addAttribute("statuses", ProductionStatus.values());
        model.addAttribute("levels", SupervisingLevel.values());
        model.addAttribute("parents", list.parents(actor));
        return "mines/registry/mine-new";
    }

    private static MineList.Filter filter(Map<String, String> q) {
        return new MineList.Filter(Params.text("矿山名称", q.get("q"), 100),
                Params.choice(MineKind.class, "矿山类型", q.get("kind"), MineKind::label),
                Params.choice(ProductionStatus.class, "生产状态", q.get("status"), ProductionStatus::label),
                Params.choice(SupervisingLevel.class, "监管层级", q.get("level"), SupervisingLevel::label),
                Params.text("所在地", q.get("area"), 12));
    }
}
