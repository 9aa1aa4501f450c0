package cn.anjian.enforcement.items;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.enforcement.items.ItemForms.ItemForm;
import cn.anjian.enforcement.items.ItemViews.ItemPage;
import cn.anjian.enforcement.items.ItemViews.ItemView;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Pages of the enforcement-item catalogue (CASE-17): list (filter, sort, page, Excel), detail, new and edit. */
@Controller
@RequestMapping("/enforcement-items")
@RequiredArgsConstructor
class ItemPageController {

    static final List<String> HEADER = List.of("事项编码", "事项名称", "类别", "法律依据", "实施层级", "裁量基准条数", "状态", "更新时间");

    private final EnforcementItems items;

    @GetMapping
    @PreAuthorize("hasAuthority('item:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q,
                @RequestParam(required = false) String kind, @RequestParam(required = false) String level,
                @RequestParam(required = false) String active, @RequestParam(required = false) String sort,
                @RequestParam(required = false) String size, @RequestParam(required = false) String page,
                Model model, PageRefusal refusal) {
        FilterUrl url = FilterUrl.of("/enforcement-items").with("q", q).with("kind", kind).with("level", level)
                .with("active", active);
        model.addAttribute("fQ", q == null ? "" : q.strip());
        model.addAttribute("fKind", kind == null ? "" : kind.strip());
        model.addAttribute("fLevel", level == null ? "" : level.strip());
        model.addAttribute("fActive", active == null ? "" : active.strip());
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("levels", AgencyLevel.values());
        model.addAttribute("mayManage", EnforcementItems.mayManage(actor));
        refusal.render("filterError", () -> {
            model.addAttribute("result", new ItemPage(List.of(), 0, PageSize.DEFAULT, 0));
            model.addAttribute("kit", ListControls.of(url, EnforcementItems.SORT.defaults(), PageSize.DEFAULT));
            return "enforcement/items/list";
        });
        EnforcementItems.Filter f = EnforcementItems.filter(q, kind, level, active, sort);
        ListControls kit = ListControls.of(url, f.sort(), PageSize.parse(size));
        ItemPage result = items.list(f, Params.page(page), kit.size());
        model.addAttribute("kit", kit);
        model.addAttribute("result", result);
        return "enforcement/items/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('item:read')")
    ResponseEntity<StreamingResponseBody> export(@RequestParam(required = false) String q, @RequestParam(required = false) String kind,
                                                 @RequestParam(required = false) String level, @RequestParam(required = false) String active,
                                                 @RequestParam(required = false) String sort) {
        EnforcementItems.Filter f = EnforcementItems.filter(q, kind, level, active, sort);
        return SheetExport.attachment("执法事项目录.xlsx", "执法事项", HEADER, rows -> items.each(f, r -> rows.add(r.code(), r.name(),
                r.kind().label(), r.basis(), r.agencyLevel().label(), r.benchmarkCount(), r.active() ? "有效" : "已停用",
                Fmt.dateTime(r.updatedAt()))));
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('item:manage')")
    String newForm(@AuthenticationPrincipal Actor actor, Model model) {
        EnforcementItems.requireManager(actor);
        model.addAttribute("form", ItemForm.blank());
        return form(model, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('item:manage')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") ItemForm form, BindingResult errors,
                  Model model, PageRefusal refusal, RedirectAttributes flash) {
        ItemForm.fields(refusal.render(() -> form(model, null)));
        refusal.check(errors);
        long id = items.create(actor, form.input());
        flash.addFlashAttribute("notice", "已新增执法事项");
        return "redirect:/enforcement-items/" + id;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('item:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        ItemView item = items.get(Params.id("id", id));
        model.addAttribute("item", item);
        model.addAttribute("mayManage", EnforcementItems.mayManage(actor));
        return "enforcement/items/detail";
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('item:manage')")
    String editForm(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        EnforcementItems.requireManager(actor);
        ItemView item = items.get(Params.id("id", id));
        model.addAttribute("form", ItemForm.of(item));
        return form(model, item.id());
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('item:manage')")
    String update(@AuthenticationPrincipal Actor actor, @PathVariable String id, @Valid @ModelAttribute("form") ItemForm form,
                  BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        long itemId = Params.id("id", id);
        ItemForm.fields(refusal.render(() -> form(model, itemId)));
        refusal.check(errors);
        items.update(actor, itemId, Params.integer("版本", form.version(), 0, 0, Integer.MAX_VALUE), form.input());
        flash.addFlashAttribute("notice", "已保存执法事项");
        return "redirect:/enforcement-items/" + itemId;
    }

    private String form(Model model, Long id) {
        model.addAttribute("itemId", id);
        model.addAttribute("kinds", ItemKind.values());
        model.addAttribute("levels", AgencyLevel.values());
        return "enforcement/items/form";
    }
}
