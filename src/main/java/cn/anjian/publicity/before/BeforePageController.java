package cn.anjian.publicity.before;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.enforcement.CaseKind;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Back office of disclosure before enforcement (PUB-01, PUB-03, PUB-10): the list in scope (filter, sort, page size,
 * Excel), new / edit per kind, publish and unpublish. Everything with {@code portal:content}; the domain refuses.
 */
@Controller
@RequiredArgsConstructor
class BeforePageController {

    static final List<String> HEADER = List.of("类别", "名称", "部门", "承办机构", "状态", "更新时间");

    private final DisclosureItems items;
    private final DisclosureItemList list;

    /** Fields as typed; the kind's own fields are {@code values[key]}. */
    record BeforeForm(@NotBlank @Size(max = 200) String title, String caseKind,
                      @NotBlank(message = "请选择承办内设机构") String unitId, String sortOrder, String version,
                      Map<String, String> values) {
        /** Never null: the form's field errors read {@code values[key]}, and a record's null map cannot be auto-grown. */
        BeforeForm {
            values = values == null ? new java.util.LinkedHashMap<>() : values;
        }

        DisclosureItems.Input input() {
            return new DisclosureItems.Input(title, caseKind, unitId, sortOrder, values);
        }
    }

    /** What the detail page reads (the aggregate's accessors are package-private). */
    record Detail(long id, BeforeKind kind, String title, CaseKind caseKind, String unitName, DisclosureItem.Status status,
                  java.time.Instant updatedAt, java.time.Instant publishedAt) {
    }

    @GetMapping("/publicity/before")
    @PreAuthorize("hasAuthority('portal:content')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("fQ", q.getOrDefault("q", "").strip());
        model.addAttribute("fKind", q.getOrDefault("kind", "").strip());
        model.addAttribute("fStatus", q.getOrDefault("status", "").strip());
        model.addAttribute("kinds", BeforeKind.values());
        model.addAttribute("statuses", DisclosureItem.Status.values());
        refusal.render("filterError", () -> {
            model.addAttribute("kit", ListControls.of(filters(q), DisclosureItemList.SORT.defaults(), PageSize.DEFAULT));
            model.addAttribute("result", new DisclosureItemList.Page(List.of(), 0, PageSize.DEFAULT, 0));
            return "publicity/before/list";
        });
        DisclosureItemList.Filter f = DisclosureItemList.Filter.of(q.get("q"), q.get("kind"), q.get("status"));
        ListSort.Sort sort = DisclosureItemList.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(filters(q), sort, size));
        model.addAttribute("result", list.list(actor, f, sort, Params.page(q.get("page")), size));
        return "publicity/before/list";
    }

    static FilterUrl filters(Map<String, String> q) {
        return FilterUrl.of("/publicity/before").with("q", q.get("q")).with("kind", q.get("kind")).with("status", q.get("status"));
    }

    @GetMapping("/publicity/before/export")
    @PreAuthorize("hasAuthority('portal:content')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        DisclosureItemList.Filter f = DisclosureItemList.Filter.of(q.get("q"), q.get("kind"), q.get("status"));
        ListSort.Sort sort = DisclosureItemList.SORT.parse(q.get("sort"));
        return SheetExport.attachment("事前公示事项.xlsx", "事前公示事项", HEADER, rows -> list.each(actor, f, sort,
                r -> rows.add(r.kind().label(), r.title(), r.agencyName(), r.unitName(), r.status().label(),
                        Fmt.dateTime(r.updatedAt()))));
    }

    @GetMapping("/publicity/before/new")
    @PreAuthorize("hasAuthority('portal:content')")
    String newForm(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String kind, Model model) {
        BeforeKind k = kind(kind);
        model.addAttribute("form", new BeforeForm(null, null, null, "0", null, new LinkedHashMap<>()));
        return form(actor, k, null, model);
    }

    @PostMapping("/publicity/before")
    @PreAuthorize("hasAuthority('portal:content')")
    String create(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String kind,
                  @Valid @ModelAttribute("form") BeforeForm form, BindingResult errors, Model model, PageRefusal refusal,
                  RedirectAttributes flash) {
        BeforeKind k = kind(kind);
        fields(refusal.render(() -> form(actor, k, null, model)), k);
        lengths(form, k, errors);
        refusal.check(errors);
        long id = items.create(actor, k, form.input());
        flash.addFlashAttribute("flashMessage", "已保存为草稿，核对后可发布公示");
        return "redirect:/publicity/before/" + id;
    }

    @GetMapping("/publicity/before/{id}")
    @PreAuthorize("hasAuthority('portal:content')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        return detailPage(actor, Params.id("id", id), model);
    }

    private String detailPage(Actor actor, long id, Model model) {
        DisclosureItem item = items.get(actor, id);
        model.addAttribute("item", new Detail(item.id(), item.kind(), item.title(), item.caseKind(), item.unitName(),
                item.status(), item.updatedAt(), item.publishedAt()));
        model.addAttribute("values", item.valueMap());
        model.addAttribute("missing", item.missing());
        model.addAttribute("attachments", item.attachments());
        return "publicity/before/detail";
    }

    /** PUB-01: a legal basis or discretion benchmark (PDF/.docx) attached; the refusal shows next to the file field. */
    @PostMapping("/publicity/before/{id}/attachments")
    @PreAuthorize("hasAuthority('portal:content')")
    String attach(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                  @RequestParam(name = "file", required = false) MultipartFile file, Model model, PageRefusal refusal,
                  RedirectAttributes flash) throws IOException {
        long itemId = Params.id("id", id);
        items.get(actor, itemId); // scope first: another county's item is 404 before the upload is looked at
        refusal.render("attachmentError", () -> detailPage(actor, itemId, model));
        if (file == null || file.isEmpty()) {
            throw BusinessException.badInput("PUB-BEFORE-ATTACHMENT", "请选择要上传的 PDF 或 Word（.docx）文件");
        }
        try (InputStream in = file.getInputStream()) {
            items.attach(actor, itemId, in, file.getOriginalFilename(), file.getSize());
        }
        flash.addFlashAttribute("flashMessage", "附件已上传");
        return "redirect:/publicity/before/" + itemId;
    }

    @PostMapping("/publicity/before/{id}/attachments/{fileId}/remove")
    @PreAuthorize("hasAuthority('portal:content')")
    String detach(@AuthenticationPrincipal Actor actor, @PathVariable String id, @PathVariable String fileId,
                  PageRefusal refusal, RedirectAttributes flash) {
        long itemId = Params.id("id", id);
        refusal.redirect("/publicity/before/" + itemId);
        items.detach(actor, itemId, Params.id("fileId", fileId));
        flash.addFlashAttribute("flashMessage", "附件已移除");
        return "redirect:/publicity/before/" + itemId;
    }

    @GetMapping("/publicity/before/{id}/edit")
    @PreAuthorize("hasAuthority('portal:content')")
    String editForm(@AuthenticationPrincipal Actor actor, @PathVariable String id, Model model) {
        DisclosureItem item = items.get(actor, Params.id("id", id));
        model.addAttribute("form", new BeforeForm(item.title(), item.caseKind() == null ? null : item.caseKind().name(),
                String.valueOf(item.unitId()), String.valueOf(item.sortOrder()), String.valueOf(item.version()),
                new LinkedHashMap<>(item.valueMap())));
        return form(actor, item.kind(), item.id(), model);
    }

    @PostMapping("/publicity/before/{id}")
    @PreAuthorize("hasAuthority('portal:content')")
    String update(@AuthenticationPrincipal Actor actor, @PathVariable String id, @Valid @ModelAttribute("form") BeforeForm form,
                  BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        long itemId = Params.id("id", id);
        BeforeKind k = items.get(actor, itemId).kind();
        fields(refusal.render(() -> form(actor, k, itemId, model)), k);
        lengths(form, k, errors);
        refusal.check(errors);
        items.update(actor, itemId, Params.integer("版本", form.version(), 0, 0, Integer.MAX_VALUE), form.input());
        flash.addFlashAttribute("flashMessage", "已保存");
        return "redirect:/publicity/before/" + itemId;
    }

    @PostMapping("/publicity/before/{id}/publish")
    @PreAuthorize("hasAuthority('portal:content')")
    String publish(@AuthenticationPrincipal Actor actor, @PathVariable String id, PageRefusal refusal, RedirectAttributes flash) {
        long itemId = Params.id("id", id);
        refusal.redirect("/publicity/before/" + itemId);
        items.publish(actor, itemId);
        flash.addFlashAttribute("flashMessage", "已发布，公众可在公示门户查看");
        return "redirect:/publicity/before/" + itemId;
    }

    @PostMapping("/publicity/before/{id}/unpublish")
    @PreAuthorize("hasAuthority('portal:content')")
    String unpublish(@AuthenticationPrincipal Actor actor, @PathVariable String id, PageRefusal refusal, RedirectAttributes flash) {
        long itemId = Params.id("id", id);
        refusal.redirect("/publicity/before/" + itemId);
        items.unpublish(actor, itemId);
        flash.addFlashAttribute("flashMessage", "已撤下，门户不再显示该事项");
        return "redirect:/publicity/before/" + itemId;
    }

    private static BeforeKind kind(String raw) {
        return Params.requiredChoice("PUB-BEFORE-KIND", BeforeKind.class, "公示类别", raw, BeforeKind::label);
    }

    /** Every too-long field at once (the domain checks them again, one at a time). */
    private static void lengths(BeforeForm form, BeforeKind k, BindingResult errors) {
        Map<String, String> v = form.values() == null ? Map.of() : form.values();
        for (BeforeKind.Field f : k.fields()) {
            String s = v.get(f.key());
            if (s != null && s.strip().length() > 4000) {
                errors.rejectValue("values[" + f.key() + "]", "Size", f.label() + "不能超过 4000 个字");
            }
        }
    }

    private static void fields(PageRefusal refusal, BeforeKind k) {
        refusal.field("PUB-BEFORE-TITLE", "title").field("PUB-10", "unitId").field("PUB-BEFORE-CASE-KIND", "caseKind")
                .field("BAD-PARAMETER", "sortOrder");
        k.fields().forEach(f -> refusal.field("PUB-BEFORE-FIELD-" + f.key(), "values[" + f.key() + "]"));
    }

    private String form(Actor actor, BeforeKind kind, Long id, Model model) {
        model.addAttribute("kind", kind);
        model.addAttribute("itemId", id);
        model.addAttribute("units", items.units(actor));
        model.addAttribute("caseKinds", CaseKind.values());
        return "publicity/before/form";
    }
}
