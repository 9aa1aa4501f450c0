package cn.anjian.enterprises.web;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.enterprises.Blacklist;
import cn.anjian.enterprises.Conflicts;
import cn.anjian.enterprises.EnterpriseFilter;
import cn.anjian.enterprises.EnterpriseForm;
import cn.anjian.enterprises.EnterpriseKind;
import cn.anjian.enterprises.EnterpriseStatus;
import cn.anjian.enterprises.EnterpriseView;
import cn.anjian.enterprises.Enterprises;
import cn.anjian.enterprises.Industry;
import cn.anjian.enterprises.NewConflict;
import cn.anjian.enterprises.NewListing;
import cn.anjian.enterprises.Relation;
import cn.anjian.enterprises.RiskGrade;
import cn.anjian.enterprises.internal.EnterpriseImport;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Pages under {@code /enterprises}. Form fields arrive as text and are converted here, so anything a
 * user can type comes back inline on the form (with the domain's message), never as an error page.
 */
@Controller
@RequestMapping("/enterprises")
class EnterprisePageController {

    private static final int PAGE_SIZE = 20;

    private final Enterprises enterprises;
    private final Conflicts conflicts;
    private final Blacklist blacklist;
    private final EnterpriseImport importer;

    EnterprisePageController(Enterprises enterprises, Conflicts conflicts, Blacklist blacklist, EnterpriseImport importer) {
        this.enterprises = enterprises;
        this.conflicts = conflicts;
        this.blacklist = blacklist;
        this.importer = importer;
    }

    /** The form as typed (all text). */
    record FormData(String name, String creditCode, String kind, String industry, String address, String latitude,
                    String longitude, String riskGrade, String status) {

        static FormData of(EnterpriseView e) {
            return new FormData(e.name(), e.creditCode(), e.kind().name(), e.industry().name(), e.address(),
                    e.latitude() == null ? null : e.latitude().toPlainString(),
                    e.longitude() == null ? null : e.longitude().toPlainString(), e.riskGrade().name(), e.status().name());
        }

        static FormData blank() {
            return new FormData(null, null, "LEGAL_PERSON", null, null, null, null, "C", "OPERATING");
        }

        EnterpriseForm toForm(Long jurisdictionId) {
            return new EnterpriseForm(name, creditCode, choice(EnterpriseKind.class, kind, "ENT-KIND", "主体类型"),
                    choice(Industry.class, industry, "ENT-INDUSTRY", "行业类别"), address,
                    number(latitude, "ENT-LATITUDE", "纬度"), number(longitude, "ENT-LONGITUDE", "经度"), jurisdictionId,
                    choice(RiskGrade.class, riskGrade, "ENT-RISK", "风险等级"),
                    choice(EnterpriseStatus.class, status, "ENT-STATUS", "经营状态"));
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('enterprise:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> params, Model model,
                PageRefusal refusal) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String k : new String[] {"q", "industry", "riskGrade", "status", "blacklisted", "page"}) {
            q.put(k, params.getOrDefault(k, "").strip());
        }
        model.addAttribute("q", q);
        addChoices(model);
        refusal.render("filterError", () -> {
            model.addAttribute("result", enterprises.search(actor, EnterpriseFilter.none(), 0, PAGE_SIZE));
            return "enterprises/list";
        });
        EnterpriseFilter filter = new EnterpriseFilter(q.get("q"), Params.choice(Industry.class, "行业类别", q.get("industry"), Industry::label),
                Params.choice(RiskGrade.class, "风险等级", q.get("riskGrade"), RiskGrade::label),
                Params.choice(EnterpriseStatus.class, "经营状态", q.get("status"), EnterpriseStatus::label),
                q.get("blacklisted").isEmpty() ? null : Boolean.valueOf(q.get("blacklisted")));
        model.addAttribute("result", enterprises.search(actor, filter, Params.page(q.get("page")), PAGE_SIZE));
        return "enterprises/list";
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('enterprise:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("e", enterprises.get(actor, id));
        model.addAttribute("conflicts", conflicts.of(actor, id));
        model.addAttribute("listings", blacklist.of(actor, id));
        model.addAttribute("relations", Relation.values());
        return "enterprises/detail";
    }

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('enterprise:manage')")
    String newForm(Model model) {
        return form(model, FormData.blank(), null, null);
    }

    @PostMapping
    @PreAuthorize("hasAuthority('enterprise:manage')")
    String create(@AuthenticationPrincipal Actor actor, FormData data, Model model, PageRefusal refusal,
                  RedirectAttributes flash) {
        refusal.render("error", () -> form(model, data, null, null));
        EnterpriseView e = enterprises.create(actor, data.toForm(null));
        flash.addFlashAttribute("notice", "已登记");
        return "redirect:/enterprises/" + e.id();
    }

    @GetMapping("/{id}/edit")
    @PreAuthorize("hasAuthority('enterprise:manage')")
    String editForm(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        EnterpriseView e = enterprises.get(actor, id);
        return form(model, FormData.of(e), id, e.version());
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('enterprise:manage')")
    String update(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(defaultValue = "-1") String version,
                  FormData data, Model model, PageRefusal refusal, RedirectAttributes flash) {
        EnterpriseView current = enterprises.get(actor, id);
        refusal.render("error", () -> form(model, data, id, current.version()));
        enterprises.update(actor, id, parseVersion(version), data.toForm(current.jurisdictionId()));
        flash.addFlashAttribute("notice", "已保存");
        return "redirect:/enterprises/" + id;
    }

    @PostMapping("/{id}/conflicts")
    @PreAuthorize("hasAuthority('enterprise:manage')")
    String addConflict(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Map<String, String> p,
                       RedirectAttributes flash, PageRefusal refusal) {
        enterprises.get(actor, id);
        refusal.redirect("conflictError", "/enterprises/" + id + "#conflicts");
        Long personId;
        try {
            personId = Long.valueOf(p.getOrDefault("personId", "").strip());
        } catch (NumberFormatException e) {
            throw BusinessException.badInput("ENT-PERSON", "人员编号应为数字");
        }
        conflicts.add(actor, id, new NewConflict(personId, p.get("personName"),
                choice(Relation.class, p.get("relation"), "ENT-RELATION", "关系类型"),
                date(p.get("fromDate"), "起始日期"), date(p.get("toDate"), "终止日期"), p.get("note")));
        flash.addFlashAttribute("notice", "已登记利害关系");
        return "redirect:/enterprises/" + id + "#conflicts";
    }

    @PostMapping("/{id}/blacklist")
    @PreAuthorize("hasAuthority('enterprise:manage')")
    String putOnBlacklist(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam Map<String, String> p,
                          RedirectAttributes flash, PageRefusal refusal) {
        enterprises.get(actor, id);
        refusal.redirect("blacklistError", "/enterprises/" + id + "#blacklist");
        blacklist.put(actor, id, new NewListing(p.get("grounds"), p.get("decisionDoc"), date(p.get("fromDate"), "列入日期"),
                date(p.get("toDate"), "移出期限")));
        flash.addFlashAttribute("notice", "已列入失信联合惩戒黑名单");
        return "redirect:/enterprises/" + id + "#blacklist";
    }

    @PostMapping("/{id}/blacklist/{entryId}/remove")
    @PreAuthorize("hasAuthority('enterprise:manage')")
    String removeFromBlacklist(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long entryId,
                               @RequestParam(defaultValue = "-1") String version,
                               @RequestParam(defaultValue = "") String reason, RedirectAttributes flash, PageRefusal refusal) {
        enterprises.get(actor, id);
        refusal.redirect("blacklistError", "/enterprises/" + id + "#blacklist");
        blacklist.remove(actor, entryId, parseVersion(version), reason);
        flash.addFlashAttribute("notice", "已移出黑名单");
        return "redirect:/enterprises/" + id + "#blacklist";
    }

    @GetMapping("/import")
    @PreAuthorize("hasAuthority('enterprise:import')")
    String importPage() {
        return "enterprises/import";
    }

    @GetMapping("/import/template")
    @PreAuthorize("hasAuthority('enterprise:import')")
    void template(HttpServletResponse res) throws IOException {
        res.setContentType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        res.setHeader("Content-Disposition", ContentDisposition.attachment()
                .filename("生产经营单位导入模板.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString());
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

    private String form(Model model, FormData data, Long id, Integer version) {
        model.addAttribute("form", data);
        model.addAttribute("id", id);
        model.addAttribute("version", version);
        addChoices(model);
        return "enterprises/form";
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

    static <E extends Enum<E>> E choice(Class<E> type, String value, String code, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.strip());
        } catch (IllegalArgumentException e) {
            throw BusinessException.badInput(code, label + "不是可选值");
        }
    }

    static BigDecimal number(String value, String code, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return new BigDecimal(value.strip().length() > 30 ? "x" : value.strip());
        } catch (NumberFormatException e) {
            throw BusinessException.badInput(code, label + "应为数字，例如 35.49");
        }
    }

    static LocalDate date(String value, String label) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip(), DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));
        } catch (DateTimeParseException e) {
            throw BusinessException.badInput("ENT-DATE", label + "“" + (value.length() > 20 ? value.substring(0, 20) : value)
                    + "”不是有效日期");
        }
    }
}
