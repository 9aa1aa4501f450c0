package cn.anjian.reporting.registers;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.reporting.registers.RegisterForms.DocumentForm;
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
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** STAT-03: the register of normative documents (list kit, entry form, status, text) and the yearly catalogues. */
@Controller
@RequestMapping("/reporting/normative-documents")
@RequiredArgsConstructor
class NormativeDocumentPageController {

    static final List<String> HEADER = List.of("制定单位", "文件名称", "文号", "制定机关", "发布日期", "施行日期", "合法性审核", "审核日期", "状态");
    static final String PATH = "/reporting/normative-documents";

    private final NormativeDocuments documents;
    private final Catalogues catalogues;
    private final PublicityActivityRegister places;
    private final Deadlines deadlines;

    private NormativeDocuments.Filter filter(Actor actor, Map<String, String> q) {
        return new NormativeDocuments.Filter(places.jurisdiction(actor, Params.optionalId("行政区划", q.get("j"))),
                Params.choice(NormativeStatus.class, "文件状态", q.get("status"), NormativeStatus::label),
                q.get("year") == null || q.get("year").isBlank() ? null : Params.integer("年度", q.get("year"), 0, 2000, 2100),
                Params.text("关键词", q.get("q"), 50));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('stat-register:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("form", DocumentForm.blank());
        return page(actor, q, model, refusal);
    }

    private String page(Actor actor, Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("q", q);
        model.addAttribute("statuses", NormativeStatus.values());
        model.addAttribute("mayManage", actor.hasPermission("stat-register:manage"));
        List<Catalogues.Catalogue> recent = catalogues.recent(actor, 10);
        model.addAttribute("catalogues", recent);
        Map<Long, cn.anjian.calendar.DeadlineView> dues = new java.util.HashMap<>();
        deadlines.findAll(recent.stream().filter(c -> c.deadlineId() != null).map(c -> new DeadlineId(c.deadlineId())).toList())
                .forEach((k, v) -> dues.put(k.value(), v));
        model.addAttribute("catalogueDues", dues);
        refusal.render("filterError", () -> {
            NormativeDocuments.Filter none = new NormativeDocuments.Filter(places.jurisdiction(actor, null), null, null, null);
            model.addAttribute("result", documents.list(none, NormativeDocuments.SORT.defaults(), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(FilterUrl.of(PATH), NormativeDocuments.SORT.defaults(), PageSize.DEFAULT));
            return "reporting/registers/documents";
        });
        NormativeDocuments.Filter f = filter(actor, q);
        ListSort.Sort sort = NormativeDocuments.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(FilterUrl.of(PATH).with("j", q.get("j")).with("status", q.get("status"))
                .with("year", q.get("year")).with("q", q.get("q")), sort, size));
        model.addAttribute("result", documents.list(f, sort, Params.page(q.get("page")), size));
        return "reporting/registers/documents";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('stat-register:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        NormativeDocuments.Filter f = filter(actor, q);
        ListSort.Sort sort = NormativeDocuments.SORT.parse(q.get("sort"));
        return SheetExport.attachment("规范性文件.xlsx", "规范性文件", HEADER, rows -> documents.each(f, sort,
                r -> rows.add(r.agencyName(), r.title(), r.docNumber(), r.issuingUnit(), Fmt.date(r.issuedOn()), Fmt.date(r.effectiveOn()),
                        r.reviewed() ? "已审核" : "未审核", r.reviewedOn() == null ? "" : Fmt.date(r.reviewedOn()), r.status().label())));
    }

    @PostMapping
    @PreAuthorize("hasAuthority('stat-register:manage')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") DocumentForm form, BindingResult errors,
                  PageRefusal refusal, Model model, RedirectAttributes flash) {
        refusal.render(() -> page(actor, Map.of(), model, refusal)).field("STAT-03-TITLE", "title").field("STAT-03-NUMBER", "docNumber")
                .field("STAT-03-UNIT", "issuingUnit").field("STAT-03-ISSUED", "issuedOn").field("STAT-03-EFFECTIVE", "effectiveOn")
                .field("STAT-03-REVIEW", "reviewedOn").field("STAT-03-STATUS", "status");
        refusal.check(errors);
        long id = documents.record(actor, new NormativeDocuments.NewDocument(form.title(), form.docNumber(), form.issuingUnit(),
                Params.date("发布日期", form.issuedOn()), Params.date("施行日期", form.effectiveOn()), Params.flag("已经合法性审核", form.reviewed()),
                Params.date("审核日期", form.reviewedOn()),
                Params.requiredChoice("STAT-03-STATUS", NormativeStatus.class, "文件状态", form.status(), NormativeStatus::label)));
        flash.addFlashAttribute("notice", "规范性文件已登记");
        return "redirect:" + PATH + "/" + id;
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('stat-register:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        NormativeDocuments.Row d = documents.get(actor, id);
        model.addAttribute("d", d);
        model.addAttribute("statuses", NormativeStatus.values());
        model.addAttribute("mayManage", actor.hasPermission("stat-register:manage") && d.agencyId() == actor.agencyId());
        return "reporting/registers/document";
    }

    @PostMapping("/{id}/status")
    @PreAuthorize("hasAuthority('stat-register:manage')")
    String status(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Map<String, String> f, PageRefusal refusal,
                  RedirectAttributes flash) {
        documents.get(actor, id); // another county's document: 404 before the form is read
        refusal.redirect(PATH + "/" + id);
        documents.changeStatus(actor, id, Params.requiredChoice("STAT-03-STATUS", NormativeStatus.class, "文件状态", f.get("status"),
                NormativeStatus::label));
        flash.addFlashAttribute("notice", "文件状态已更新");
        return "redirect:" + PATH + "/" + id;
    }

    @PostMapping("/{id}/file")
    @PreAuthorize("hasAuthority('stat-register:manage')")
    String file(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(name = "file", required = false) MultipartFile file,
                PageRefusal refusal, RedirectAttributes flash) throws IOException {
        documents.get(actor, id);
        refusal.redirect(PATH + "/" + id);
        if (file == null || file.isEmpty()) {
            throw BusinessException.badInput("STAT-03-FILE", "请选择文件");
        }
        documents.attach(actor, id, file.getInputStream(), file.getOriginalFilename(), file.getContentType());
        flash.addFlashAttribute("notice", "文件正文已上传");
        return "redirect:" + PATH + "/" + id;
    }

    @GetMapping("/catalogues/{id}")
    @PreAuthorize("hasAuthority('stat-register:read')")
    String catalogue(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        Catalogues.Catalogue c = catalogues.get(actor, id);
        model.addAttribute("c", c);
        model.addAttribute("due", c.deadlineId() == null ? null : deadlines.find(new DeadlineId(c.deadlineId())).orElse(null));
        model.addAttribute("rows", documents.issuedIn(c.agencyId(), c.year()));
        model.addAttribute("mayManage", actor.hasPermission("stat-register:manage") && c.agencyId() == actor.agencyId());
        return "reporting/registers/catalogue";
    }

    @PostMapping("/catalogues/{id}/generation")
    @PreAuthorize("hasAuthority('stat-register:manage')")
    String generate(@AuthenticationPrincipal Actor actor, @PathVariable long id, PageRefusal refusal, RedirectAttributes flash) {
        catalogues.get(actor, id);
        refusal.redirect(PATH + "/catalogues/" + id);
        catalogues.generate(actor, id);
        flash.addFlashAttribute("notice", "规范性文件目录已生成");
        return "redirect:" + PATH + "/catalogues/" + id;
    }

    @PostMapping("/catalogues/{id}/submission")
    @PreAuthorize("hasAuthority('stat-register:manage')")
    String submit(@AuthenticationPrincipal Actor actor, @PathVariable long id, PageRefusal refusal, RedirectAttributes flash) {
        catalogues.get(actor, id);
        refusal.redirect(PATH + "/catalogues/" + id);
        catalogues.submit(actor, id);
        flash.addFlashAttribute("notice", "目录已标记报送，期限已办结");
        return "redirect:" + PATH + "/catalogues/" + id;
    }
}
