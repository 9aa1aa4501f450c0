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
import cn.anjian.mines.work.ChecklistItem;
import cn.anjian.mines.work.ChecklistQueries;
import cn.anjian.mines.work.Checklists;
import cn.anjian.mines.work.KindGroup;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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

/** MW-05: the checklist templates and local additions (list kit), the forms to revise them, a mine's own table. */
@Controller
@RequestMapping("/mines/checklists")
@RequiredArgsConstructor
class ChecklistPageController {

    static final List<String> HEADER = List.of("所属部分", "检查事项", "必查/抽查", "依据", "来源", "补充单位");

    record ItemForm(@NotBlank @Size(max = 100) String section, @NotBlank @Size(max = 500) String text, String mandatory,
                    @Size(max = 200) String basis) {
        static ItemForm blank() {
            return new ItemForm("", "", "true", "");
        }
    }

    private final Checklists checklists;
    private final ChecklistQueries queries;

    @GetMapping
    @PreAuthorize("hasAuthority('mine:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model) {
        return page(actor, q, model);
    }

    private String page(Actor actor, Map<String, String> q, Model model) {
        ChecklistQueries.Filter f = filter(q);
        ListSort.Sort sort = ChecklistQueries.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("q", q);
        model.addAttribute("kind", f.kind());
        model.addAttribute("kinds", KindGroup.values());
        model.addAttribute("sources", List.of(ChecklistItem.Source.TEMPLATE, ChecklistItem.Source.LOCAL));
        model.addAttribute("kit", ListControls.of(url(q), sort, size));
        model.addAttribute("result", queries.list(actor, f, sort, Params.page(q.get("page")), size));
        model.addAttribute("mayRevise", Checklists.mayReviseTemplate(actor));
        model.addAttribute("mayAddLocal", actor.hasPermission("mine:checklist") && !actor.scope().isProvince());
        model.addAttribute("jurisdictionId", actor.jurisdictionId());
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", ItemForm.blank());
        }
        return "mines/checklists";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('mine:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        ChecklistQueries.Filter f = filter(q);
        ListSort.Sort sort = ChecklistQueries.SORT.parse(q.get("sort"));
        return SheetExport.attachment("监管专员检查工作表.xlsx", f.kind().label(), HEADER, rows -> queries.each(actor, f, sort,
                i -> rows.add(i.section(), i.text(), i.mandatory() ? "必查" : "抽查", i.basis(), i.source().label(),
                        i.jurisdictionName() == null ? "" : i.jurisdictionName())));
    }

    /** The province revises its template (a new revision); a city or county adds an item for its mines. */
    @PostMapping("/items")
    @PreAuthorize("hasAuthority('mine:checklist')")
    String add(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, @Valid @ModelAttribute("form") ItemForm form,
               BindingResult errors, PageRefusal refusal, Model model, RedirectAttributes flash) {
        refusal.render(() -> page(actor, Map.of("kind", q.getOrDefault("kind", "COAL")), model))
                .field("MINE-CHECKLIST-SECTION", "section").field("MINE-CHECKLIST-TEXT", "text").field("MINE-CHECKLIST-BASIS", "basis");
        refusal.check(errors);
        KindGroup kind = filter(q).kind();
        boolean mandatory = Params.flag("必查", form.mandatory());
        if (actor.scope().isProvince()) {
            checklists.addTemplateItem(actor, kind, form.section(), form.text(), mandatory, form.basis());
            flash.addFlashAttribute("notice", "已修订省级检查工作表模板（新版本）");
        } else {
            checklists.addLocalItem(actor, kind, form.section(), form.text(), mandatory, form.basis());
            flash.addFlashAttribute("notice", "已添加补充检查事项");
        }
        return "redirect:" + FilterUrl.of("/mines/checklists").with("kind", kind.name());
    }

    @PostMapping("/items/{itemId}/retire")
    @PreAuthorize("hasAuthority('mine:checklist')")
    String retire(@AuthenticationPrincipal Actor actor, @PathVariable long itemId, @RequestParam(required = false) String kind,
                  PageRefusal refusal, RedirectAttributes flash) {
        String back = FilterUrl.of("/mines/checklists").with("kind", kind).toString();
        refusal.redirect(back);
        if (actor.scope().isProvince()) {
            checklists.removeTemplateItem(actor, itemId);
            flash.addFlashAttribute("notice", "已从省级模板删除该事项（新版本）");
        } else {
            checklists.retireLocalItem(actor, itemId);
            flash.addFlashAttribute("notice", "已停用该补充检查事项");
        }
        return "redirect:" + back;
    }

    /** MW-05: a mine's own table (一矿一表). */
    @GetMapping("/mines/{mineId}")
    @PreAuthorize("hasAuthority('mine:read')")
    String mine(@AuthenticationPrincipal Actor actor, @PathVariable long mineId, Model model) {
        model.addAttribute("table", checklists.table(actor, mineId));
        return "mines/checklist-mine";
    }

    static ChecklistQueries.Filter filter(Map<String, String> q) {
        KindGroup kind = Params.choice(KindGroup.class, "矿山类型", q.get("kind"), KindGroup::label);
        return new ChecklistQueries.Filter(kind == null ? KindGroup.COAL : kind,
                Params.choice(ChecklistItem.Source.class, "来源", q.get("source"), ChecklistItem.Source::label),
                Params.text("检查事项", q.get("q"), 50));
    }

    static FilterUrl url(Map<String, String> q) {
        return FilterUrl.of("/mines/checklists").with("kind", q.get("kind")).with("source", q.get("source")).with("q", q.get("q"));
    }
}
