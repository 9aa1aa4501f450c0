package cn.anjian.enterprises.web;

import lombok.RequiredArgsConstructor;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Attachment;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.SheetExport;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListCount;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.enterprises.EnterprisePage;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import cn.anjian.kernel.Params;
import cn.anjian.enterprises.Blacklist;
import cn.anjian.enterprises.Conflicts;
import cn.anjian.enterprises.EnterpriseContacts;
import cn.anjian.enterprises.EnterpriseFilter;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.EnterpriseView;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.Relation;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.enterprises.internal.EnterpriseImport;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Choice;
import cn.anjian.kernel.BusinessException;
import cn.anjian.enterprises.web.EnterpriseForms.ConflictForm;
import cn.anjian.enterprises.web.EnterpriseForms.ContactsForm;
import cn.anjian.enterprises.web.EnterpriseForms.EnterpriseData;
import cn.anjian.enterprises.web.EnterpriseForms.ListingForm;
import jakarta.validation.Valid;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
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
 * Pages under {@code /enterprises}. Forms are {@code @Valid} records ({@link EnterpriseForms}): every field
 * error and a domain refusal about a field show inline next to it, with what the user typed.
 */
@Controller
@RequestMapping("/enterprises")
@RequiredArgsConstructor
class EnterprisePageController {

    private static final int PAGE_SIZE = 20;

    private final Enterprises enterprises;
    private final Conflicts conflicts;
    private final Blacklist blacklist;
    private final EnterpriseImport importer;
    private final EnterpriseContacts contacts;

    @GetMapping
    @PreAuthorize("hasAuthority('enterprise:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> params, Model model,
                PageRefusal refusal) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String k : new String[] {"q", "industry", "riskGrade", "status", "blacklisted", "page"}) {
            q.put(k, params.getOrDefault(k, "").strip());
        }
        model.addAttribute("q", q);
        model.addAttribute("industryChoices", Choice.of(Industry.values(), Industry::label, q.get("industry")));
        model.addAttribute("riskChoices", Choice.of(RiskGrade.values(), RiskGrade::label, q.get("riskGrade")));
        model.addAttribute("statusChoices", Choice.of(EnterpriseStatus.values(), EnterpriseStatus::label, q.get("status")));
        refusal.render("filterError", () -> {
            EnterprisePage all = enterprises.search(actor, EnterpriseFilter.none(), 0, PAGE_SIZE);
            model.addAttribute("result", all);
            model.addAttribute("rows", EnterpriseListRow.of(all.items()));
            model.addAttribute("kit", ListControls.of(filters(q), Enterprises.SORT.defaults(), PageSize.DEFAULT));
            return "enterprises/list";
        });
        EnterpriseFilter filter = filter(q);
        ListSort.Sort sort = Enterprises.SORT.parse(params.get("sort"));
        int size = PageSize.parse(params.get("size"));
        ListControls kit = ListControls.of(filters(q), sort, size);
        // counted as the API counts (issue 20): at most 1,000, the pager then says "1000 条以上"
        EnterprisePage result = enterprises.search(actor, filter, sort, Params.page(q.get("page")), size, ListCount.CAPPED);
        model.addAttribute("kit", kit);
        model.addAttribute("result", result);
        model.addAttribute("rows", EnterpriseListRow.of(result.items()));
        model.addAttribute("prevUrl", result.page() > 0 ? kit.page(result.page() - 1) : null);
        model.addAttribute("nextUrl", result.hasNext() ? kit.page(result.page() + 1) : null);
        return "enterprises/list";
    }

    /** The list's filters as the page and its export parse them (400 on a bad value). */
    static EnterpriseFilter filter(Map<String, String> q) {
        String blacklisted = q.getOrDefault("blacklisted", "").strip();
        return new EnterpriseFilter(q.get("q"), Params.choice(Industry.class, "行业类别", q.get("industry"), Industry::label),
                Params.choice(RiskGrade.class, "风险等级", q.get("riskGrade"), RiskGrade::label),
                Params.choice(EnterpriseStatus.class, "经营状态", q.get("status"), EnterpriseStatus::label),
                blacklisted.isEmpty() ? null : Boolean.valueOf(blacklisted));
    }

    static FilterUrl filters(Map<String, String> q) {
        FilterUrl url = FilterUrl.of("/enterprises");
        for (String k : new String[] {"q", "industry", "riskGrade", "status", "blacklisted"}) {
            url = url.with(k, q.get(k));
        }
        return url;
    }

    static final List<String> HEADER = List.of("单位名称", "统一社会信用代码", "行业类别", "属地", "地址", "风险等级",
            "经营状态", "黑名单");

    /** The list as Excel (issue 12): the list's filters, scope and sort. */
    @GetMapping("/export")
    @PreAuthorize("hasAuthority('enterprise:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        return export(enterprises, actor, q);
    }

    static ResponseEntity<StreamingResponseBody> export(Enterprises enterprises, Actor actor, Map<String, String> q) {
        EnterpriseFilter f = filter(q);
        ListSort.Sort sort = Enterprises.SORT.parse(q.get("sort"));
        enterprises.check(actor, f);
        return SheetExport.attachment("生产经营单位.xlsx", "生产经营单位", HEADER, rows -> enterprises.each(actor, f, sort,
                e -> rows.add(e.name(), e.creditCode(), e.industry().label(), e.jurisdictionName(), e.address(),
                        e.riskGrade().label(), e.status().label(), e.blacklisted() ? "是" : "否")));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('enterprise:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        return detailPage(actor, id, model);
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('enterprise:manage')")
    String newForm(Model model) {
        return form(model, EnterpriseData.blank(), null, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('enterprise:manage')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") EnterpriseData form,
                  BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render(() -> form(model, form, null, null));
        EnterpriseData.fields(refusal);
        refusal.check(errors);
        EnterpriseView e = enterprises.create(actor, form.toForm(null));
        return done(flash, e.id(), null, "已登记");
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('enterprise:manage')")
    String editForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        EnterpriseView e = enterprises.get(actor, id);
        return form(model, EnterpriseData.of(e), id, e.version());
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('enterprise:manage')")
    String update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(defaultValue = "-1") String version,
                  @Valid @ModelAttribute("form") EnterpriseData form, BindingResult errors, Model model, PageRefusal refusal,
                  RedirectAttributes flash) {
        EnterpriseView current = enterprises.get(actor, id);
        refusal.render(() -> form(model, form, id, current.version()));
        EnterpriseData.fields(refusal);
        refusal.check(errors);
        enterprises.update(actor, id, parseVersion(version), form.toForm(current.jurisdictionId()));
        return done(flash, id, null, "已保存");
    }

    @PostMapping("/{id}/conflicts")
    @PreAuthorize("hasAuthority('enterprise:manage')")
    String addConflict(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                       @Valid @ModelAttribute("conflictForm") ConflictForm form, BindingResult errors, Model model,
                       PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("conflictError", () -> detailPage(actor, id, model));
        ConflictForm.fields(refusal);
        refusal.check(errors);
        conflicts.add(actor, id, form.toConflict());
        return done(flash, id, "conflicts", "已登记利害关系");
    }

    /** Issue 12: legal representative and contact, with the version the user saw. */
    @PostMapping("/{id}/contacts")
    @PreAuthorize("hasAuthority('enterprise:manage')")
    String changeContacts(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                          @RequestParam(defaultValue = "-1") String version,
                          @Valid @ModelAttribute("contactsForm") ContactsForm form, BindingResult errors, Model model,
                          PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("contactsError", () -> detailPage(actor, id, model));
        ContactsForm.fields(refusal);
        refusal.check(errors);
        contacts.change(actor, id, parseVersion(version), form.toContacts());
        return done(flash, id, "contacts", "已保存法定代表人和联系人");
    }

    @PostMapping("/{id}/blacklist")
    @PreAuthorize("hasAuthority('enterprise:manage')")
    String putOnBlacklist(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                          @Valid @ModelAttribute("listingForm") ListingForm form, BindingResult errors, Model model,
                          PageRefusal refusal, RedirectAttributes flash) {
        refusal.render("blacklistError", () -> detailPage(actor, id, model));
        ListingForm.fields(refusal);
        refusal.check(errors);
        blacklist.put(actor, id, form.toListing());
        return done(flash, id, "blacklist", "已列入失信联合惩戒黑名单");
    }

    /** A one-field action: the refusal is flashed next to the blacklist section. */
    @PostMapping("/{id}/blacklist/{entryId}/remove")
    @PreAuthorize("hasAuthority('enterprise:manage')")
    String removeFromBlacklist(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long entryId,
                               @RequestParam(defaultValue = "-1") String version,
                               @RequestParam(defaultValue = "") String reason, RedirectAttributes flash, PageRefusal refusal) {
        enterprises.get(actor, id);
        refusal.redirect("blacklistError", "/enterprises/" + id + "#blacklist");
        blacklist.remove(actor, entryId, parseVersion(version), reason);
        return done(flash, id, "blacklist", "已移出黑名单");
    }

    @GetMapping("/import")
    @PreAuthorize("hasAuthority('enterprise:import')")
    String importPage() {
        return "enterprises/import";
    }

    @GetMapping("/import/template")
    @PreAuthorize("hasAuthority('enterprise:import')")
    void template(HttpServletResponse res) throws IOException {
        res.setContentType(SheetExport.XLSX.toString());
        res.setHeader(HttpHeaders.CONTENT_DISPOSITION, Attachment.disposition("生产经营单位导入模板.xlsx"));
        importer.writeTemplate(res.getOutputStream());
    }

    @PostMapping("/import")
    @PreAuthorize("hasAuthority('enterprise:import')")
    String importFile(@AuthenticationPrincipal Actor actor, @RequestParam(value = "file", required = false) MultipartFile file,
                      Model model, HttpServletResponse res, PageRefusal refusal) throws IOException {
        if (file == null || file.isEmpty()) {
            res.setStatus(400);
            model.addAttribute("error", "请选择要导入的 Excel 文件");
            return "enterprises/import";
        }
        refusal.render("error", () -> "enterprises/import");
        try (var in = file.getInputStream()) {
            model.addAttribute("created", importer.importFile(actor, in));
        }
        return "enterprises/import";
    }

    private String form(Model model, EnterpriseData data, Long id, Integer version) {
        model.addAttribute("form", data);
        model.addAttribute("id", id);
        model.addAttribute("version", version);
        addChoices(model);
        return "enterprises/form";
    }

    /** The detail page; a refused conflict or listing form keeps its input (already in the model). */
    private String detailPage(Actor actor, long id, Model model) {
        model.addAttribute("e", enterprises.get(actor, id));
        model.addAttribute("conflicts", conflicts.of(actor, id));
        model.addAttribute("listings", blacklist.of(actor, id));
        model.addAttribute("relations", Relation.values());
        EnterpriseContacts.Contacts c = contacts.of(actor, id);
        model.addAttribute("contacts", c);
        if (!model.containsAttribute("contactsForm")) {
            model.addAttribute("contactsForm", ContactsForm.of(c));
        }
        if (!model.containsAttribute("conflictForm")) {
            model.addAttribute("conflictForm", ConflictForm.blank());
        }
        if (!model.containsAttribute("listingForm")) {
            model.addAttribute("listingForm", ListingForm.blank());
        }
        return "enterprises/detail";
    }

    private static void addChoices(Model model) {
        model.addAttribute("kinds", EnterpriseKind.values());
        model.addAttribute("industries", Industry.values());
        model.addAttribute("risks", RiskGrade.values());
        model.addAttribute("statuses", EnterpriseStatus.values());
    }

    private static int parseVersion(String v) {
        try {
            return Integer.parseInt(v.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.badInput("ENT-STALE", "缺少记录版本号，请刷新页面后重试");
        }
    }

    /** Back to the enterprise's page (at {@code section}, when there is one) with the notice shown on top. */
    private static String done(RedirectAttributes flash, long id, String section, String notice) {
        flash.addFlashAttribute("notice", notice);
        return "redirect:/enterprises/" + id + (section == null ? "" : "#" + section);
    }
}
