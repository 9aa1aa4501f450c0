package cn.anjian.documents.web;

import lombok.RequiredArgsConstructor;


import cn.anjian.kernel.Attachment;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.SheetExport;
import java.util.List;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import cn.anjian.documents.DocType;
import cn.anjian.documents.DocumentGenerator;
import cn.anjian.documents.DocumentNumbers;
import cn.anjian.documents.NumberFilter;
import cn.anjian.documents.NumberPage;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.BusinessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** 执法文书: issued numbers in scope, a number-format preview, blank forms per type. */
@Controller
@RequestMapping("/documents")
@RequiredArgsConstructor
class DocumentPageController {

    static final MediaType DOCX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final int PAGE_SIZE = 20;

    private final DocumentNumbers numbers;
    private final DocumentGenerator generator;

    record Filters(String type, String year, String agencyId) {
        /** The filters, kept in the pager, sort, size and export links. */
        FilterUrl url() {
            return FilterUrl.of("/documents").with("type", type).with("year", year).with("agencyId", agencyId);
        }

        /** The filters as the register and its export parse them (400 on a bad value); pages start at 1. */
        NumberFilter parse(String page, int size) {
            Integer y = DocumentPageController.parse("年度", year, 4);
            Long a = agencyId == null || agencyId.isBlank() ? null : Long.valueOf(DocumentPageController.parse("机构", agencyId, 18));
            Integer p = DocumentPageController.parse("页码", page, 6);
            return new NumberFilter(type, y, a, p == null ? 1 : p, size);
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('document:generate')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String type,
                @RequestParam(required = false) String year, @RequestParam(required = false) String agencyId,
                @RequestParam(required = false) String page, @RequestParam(required = false) String previewType,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String size,
                Model model, PageRefusal refusal) {
        Filters f = new Filters(type, year, agencyId);
        model.addAttribute("f", f);
        model.addAttribute("types", numbers.types());
        model.addAttribute("templateTypes", generator.templateTypes());
        model.addAttribute("agencies", numbers.agencyChoices(actor));
        model.addAttribute("previewType", previewType);
        refusal.render("filterError", () -> listPage(ListControls.of(f.url(), DocumentNumbers.SORT.defaults(), PAGE_SIZE),
                new NumberPage(java.util.List.of(), 0, 1, PAGE_SIZE), model));
        ListSort.Sort order = DocumentNumbers.SORT.parse(sort);
        int n = PageSize.parse(size);
        String view = listPage(ListControls.of(f.url(), order, n), numbers.list(actor, f.parse(page, n), order), model);
        if (previewType != null && !previewType.isBlank()) {
            refusal.render("previewError", () -> view); // the list is in the model already
            DocType t = numbers.type(previewType);
            model.addAttribute("preview", numbers.preview(actor, t.code(), null));
            model.addAttribute("previewTypeName", t.name());
            model.addAttribute("previewPattern", t.formatPattern());
        }
        return view;
    }

    private String listPage(ListControls kit, NumberPage result, Model model) {
        model.addAttribute("kit", kit);
        model.addAttribute("result", result);
        // the register's pages count from 1
        model.addAttribute("prevUrl", result.page() > 1 ? kit.page(result.page() - 1) : null);
        model.addAttribute("nextUrl", result.page() < result.pages() ? kit.page(result.page() + 1) : null);
        return "documents/list";
    }

    static final List<String> HEADER = List.of("文号", "文书种类", "机构", "年度", "序号", "取号时间", "取号人");

    /** The register as Excel (issue 12): the page's filters, scope and sort; the issuer's name, not the login name. */
    @GetMapping("/export")
    @PreAuthorize("hasAuthority('document:generate')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String type,
                                                 @RequestParam(required = false) String year,
                                                 @RequestParam(required = false) String agencyId,
                                                 @RequestParam(required = false) String sort) {
        return export(numbers, actor, new Filters(type, year, agencyId), sort);
    }

    static ResponseEntity<StreamingResponseBody> export(DocumentNumbers numbers, Actor actor, Filters filters, String sort) {
        NumberFilter f = filters.parse(null, PAGE_SIZE);
        ListSort.Sort order = DocumentNumbers.SORT.parse(sort);
        numbers.check(actor, f);
        return SheetExport.attachment("执法文书文号.xlsx", "已取文号", HEADER, rows -> numbers.each(actor, f, order,
                r -> rows.add(r.text(), r.typeName(), r.agencyName(), r.year(), r.n(), r.issuedAtText(), r.issuedBy())));
    }

    @GetMapping("/blank/{type}")
    @PreAuthorize("hasAuthority('document:generate')")
    ResponseEntity<byte[]> blank(@PathVariable String type) {
        byte[] bytes = generator.blank(type);
        String name = generator.title(type) + "（空白）.docx";
        return ResponseEntity.ok().contentType(DOCX)
                .header(HttpHeaders.CONTENT_DISPOSITION, Attachment.disposition(name))
                .body(bytes);
    }

    /** A positive whole number of at most {@code digits} digits, or null when blank; else 400 with the field's name. */
    static Integer parse(String label, String value, int digits) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (!v.matches("\\d{1," + Math.min(digits, 9) + "}")) {
            throw BusinessException.badInput("BAD-PARAMETER", label + "应为正整数");
        }
        return Integer.valueOf(v);
    }
}
