package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Choice;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.personnel.OfficerRow;
import cn.anjian.personnel.PageResult;
import cn.anjian.org.Agencies;
import cn.anjian.org.OrgUnit;
import cn.anjian.personnel.CertificateStatus;
import cn.anjian.personnel.Education;
import cn.anjian.personnel.OfficerFilter;
import cn.anjian.personnel.People;
import cn.anjian.personnel.PersonView;
import cn.anjian.personnel.PostStatus;
import cn.anjian.personnel.officers.OfficerForms.CertificateForm;
import cn.anjian.personnel.officers.OfficerForms.NewOfficerForm;
import cn.anjian.personnel.officers.OfficerForms.TrainingForm;
import jakarta.validation.Valid;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
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
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Officer pages: the scoped list with filters, the officer page with its forms (training, certificate,
 * status, return, post, award flag) and the Excel import. A refusal re-renders the page with the
 * domain's message next to the form that caused it and the values typed kept.
 */
@Controller
@RequestMapping("/personnel/officers")
@RequiredArgsConstructor
class OfficerPageController {

    private final OfficerService officers;
    private final People people;
    private final Agencies agencies;
    private final OfficerImport importer;
    private final Clock clock;

    @GetMapping
    @PreAuthorize("hasAuthority('personnel:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("q", q);
        model.addAttribute("unitChoices", Choice.of(agencies.listedUnits(actor.agencyId()), OrgUnit::id, OrgUnit::name, q.get("unitId")));
        model.addAttribute("certificateChoices", certificateChoices(q.get("certificate")));
        model.addAttribute("postChoices", postChoices(q.get("post")));
        refusal.render("filterError", () -> {
            PageResult<OfficerRow> all = officers.list(actor, OfficerFilter.none(), 0, 20);
            model.addAttribute("result", all);
            rows(model, OfficerListRow.of(all.items(), LocalDate.now(clock)));
            ListControls first = ListControls.of(filters(q), OfficerReports.SORT.defaults(), PageSize.DEFAULT);
            model.addAttribute("kit", first);
            kitHtml(model, first, all, null, null);
            return listPage(actor, model);
        });
        OfficerFilter f = filter(q);
        ListSort.Sort sort = OfficerReports.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        ListControls kit = ListControls.of(filters(q), sort, size);
        PageResult<OfficerRow> result = officers.list(actor, f, sort, Params.integer("页码", q.get("page"), 0, 0, 100_000), size);
        model.addAttribute("kit", kit);
        model.addAttribute("result", result);
        rows(model, OfficerListRow.of(result.items(), LocalDate.now(clock)));
        kitHtml(model, kit, result, result.hasPrevious() ? kit.page(result.page() - 1) : null,
                result.hasNext() ? kit.page(result.page() + 1) : null);
        return listPage(actor, model);
    }

    /** The export link and the pager, written once here (not by an interpreted expression per request). */
    private static void kitHtml(Model model, ListControls kit, PageResult<?> result, String prevUrl, String nextUrl) {
        model.addAttribute("exportHtml", kit.exportHtml("/personnel/officers/export"));
        model.addAttribute("pagerHtml", kit.pagerHtml(result.page(), result.pages(), result.totalCapped(), prevUrl, nextUrl));
    }

    /** The list's filters as the page and its export parse them (400 on a bad value). */
    static OfficerFilter filter(Map<String, String> q) {
        return new OfficerFilter(q.get("name"), Params.optionalId("内设机构", q.get("unitId")),
                blank(q.get("certificate")), "true".equals(q.get("shortfall")) ? Boolean.TRUE : null,
                Params.enumValue(PostStatus.class, "岗位", q.get("post")));
    }

    static FilterUrl filters(Map<String, String> q) {
        return FilterUrl.of("/personnel/officers").with("name", q.get("name")).with("unitId", q.get("unitId"))
                .with("certificate", q.get("certificate")).with("shortfall", q.get("shortfall")).with("post", q.get("post"));
    }

    private static void rows(Model model, List<OfficerListRow> rows) {
        model.addAttribute("rows", rows);
        model.addAttribute("rowsHtml", OfficerListRow.html(rows));
    }

    /** The certificate filter's options: today's validity, then each status. */
    static List<Choice> certificateChoices(String current) {
        List<Choice> out = new java.util.ArrayList<>(List.of(new Choice("VALID", "今日有效", "VALID".equals(current)),
                new Choice("EXPIRED", "已过期", "EXPIRED".equals(current)), new Choice("NONE", "无有效证件", "NONE".equals(current))));
        out.addAll(Choice.of(CertificateStatus.values(), s -> "有" + s.label() + "证件", current));
        return out;
    }

    /** The post filter's options. */
    static List<Choice> postChoices(String current) {
        return List.of(new Choice("ON_POST", "在执法岗位", "ON_POST".equals(current)),
                new Choice("OFF_POST", "不在执法岗位", "OFF_POST".equals(current)));
    }

    private String listPage(Actor actor, Model model) {
        List<PostCaseView> cases = officers.postCases(actor, false);
        model.addAttribute("cases", cases);
        model.addAttribute("postCasesHtml", OfficerListRow.postCasesHtml(cases));
        model.addAttribute("shortfallsUrl", "/personnel/officers/shortfalls?year=" + LocalDate.now(clock).getYear());
        return "personnel/officers";
    }

    @GetMapping("/{personId}")
    @PreAuthorize("hasAuthority('personnel:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable String personId, Model model) {
        return render(actor, Params.optionalId("人员编号", personId), model, null);
    }

    /** The officer page; {@code openForm} names the small form a refusal belongs to (its input is in {@code v}). */
    private String render(Actor actor, long personId, Model model, String openForm) {
        model.addAttribute("o", officers.get(actor, personId));
        model.addAttribute("openForm", openForm);
        if (!model.containsAttribute("v")) {
            model.addAttribute("v", Map.of());
        }
        if (!model.containsAttribute("trainingForm")) {
            model.addAttribute("trainingForm", TrainingForm.empty());
        }
        if (!model.containsAttribute("certificateForm")) {
            model.addAttribute("certificateForm", CertificateForm.empty());
        }
        model.addAttribute("today", LocalDate.now(clock));
        model.addAttribute("trainingKinds", TrainingKind.values());
        model.addAttribute("examResults", ExamResult.values());
        model.addAttribute("attendances", Attendance.values());
        model.addAttribute("certKinds", CertificateKind.values());
        model.addAttribute("actions", CertificateAction.values());
        return "personnel/officer";
    }

    @PostMapping("/{personId}/trainings")
    @PreAuthorize("hasAuthority('personnel:manage')")
    String addTraining(@AuthenticationPrincipal Actor actor, @PathVariable String personId,
                       @Valid @ModelAttribute("trainingForm") TrainingForm form, BindingResult errors, Model model,
                       PageRefusal refusal, RedirectAttributes flash) {
        long id = Params.optionalId("人员编号", personId);
        refusal.render("trainingError", () -> render(actor, id, model, null))
                .field("OFF-HOURS", "classHours").field("OFF-TRAINING-DATES", "endDate").field("OFF-EXAM", "examDate");
        refusal.check(errors);
        officers.addTraining(actor, id, form.training());
        flash.addFlashAttribute("message", "已登记培训记录");
        return "redirect:/personnel/officers/" + id;
    }

    @PostMapping("/{personId}/certificates")
    @PreAuthorize("hasAuthority('personnel:manage')")
    String addCertificate(@AuthenticationPrincipal Actor actor, @PathVariable String personId,
                          @Valid @ModelAttribute("certificateForm") CertificateForm form, BindingResult errors, Model model,
                          PageRefusal refusal, RedirectAttributes flash) {
        long id = Params.optionalId("人员编号", personId);
        refusal.render("certificateError", () -> render(actor, id, model, null))
                .field("OFF-CERT-NUMBER", "number").field("OFF-CERT-DUPLICATE", "number");
        refusal.check(errors);
        officers.addCertificate(actor, id, form.certificate());
        flash.addFlashAttribute("message", "已登记执法证件");
        return "redirect:/personnel/officers/" + id;
    }

    @PostMapping("/{personId}/certificates/{certificateId}/status")
    @PreAuthorize("hasAuthority('personnel:manage')")
    String changeStatus(@AuthenticationPrincipal Actor actor, @PathVariable String personId, @PathVariable String certificateId,
                        @RequestParam Map<String, String> f, Model model, PageRefusal refusal, RedirectAttributes flash) {
        return onPage(actor, personId, "status-" + certificateId, f, model, refusal, flash, "证件状态已变更", id -> {
            officers.changeCertificate(actor, Params.optionalId("证件编号", certificateId),
                    Params.integer("版本", f.get("version"), -1, 0, Integer.MAX_VALUE),
                    Params.enumValue(CertificateAction.class, "操作", f.get("action")), Params.date("日期", f.get("on")),
                    f.get("reason"));
        });
    }

    @PostMapping("/{personId}/certificates/{certificateId}/return")
    @PreAuthorize("hasAuthority('personnel:manage')")
    String returnCertificate(@AuthenticationPrincipal Actor actor, @PathVariable String personId,
                             @PathVariable String certificateId, @RequestParam Map<String, String> f, Model model,
                             PageRefusal refusal, RedirectAttributes flash) {
        return onPage(actor, personId, "return-" + certificateId, f, model, refusal, flash, "已登记证件交回", id -> {
            officers.returnCertificate(actor, Params.optionalId("证件编号", certificateId),
                    Params.integer("版本", f.get("version"), -1, 0, Integer.MAX_VALUE), Params.date("交回日期", f.get("on")),
                    f.get("receivedBy"));
        });
    }

    @PostMapping("/{personId}/post")
    @PreAuthorize("hasAuthority('personnel:manage')")
    String changePost(@AuthenticationPrincipal Actor actor, @PathVariable String personId,
                      @RequestParam Map<String, String> f, Model model, PageRefusal refusal, RedirectAttributes flash) {
        return onPage(actor, personId, "post", f, model, refusal, flash, "岗位已调整", id -> {
            officers.changePost(actor, id, Params.integer("版本", f.get("version"), -1, 0, Integer.MAX_VALUE),
                    Params.enumValue(PostStatus.class, "岗位状态", f.get("status")), Params.date("日期", f.get("on")),
                    f.get("reason"));
        });
    }

    @PostMapping("/{personId}/award-flags")
    @PreAuthorize("hasAuthority('personnel:manage')")
    String flag(@AuthenticationPrincipal Actor actor, @PathVariable String personId, @RequestParam Map<String, String> f,
                Model model, PageRefusal refusal, RedirectAttributes flash) {
        return onPage(actor, personId, "award", f, model, refusal, flash, "已记录", id -> {
            officers.flagDeliberateNoCertificate(actor, id, Params.integer("年度", f.get("year"), 0, 2000, 2100), f.get("reason"));
        });
    }

    /**
     * One of the small forms of the officer page (a status change, a return, a post change, an award flag): a refusal
     * re-renders the page at that form with the input; success flashes {@code done}.
     */
    private String onPage(Actor actor, String personId, String form, Map<String, String> f, Model model, PageRefusal refusal,
                          RedirectAttributes flash, String done, java.util.function.LongConsumer action) {
        long id = Params.optionalId("人员编号", personId);
        model.addAttribute("v", f);
        refusal.render("error", () -> render(actor, id, model, form));
        action.accept(id);
        flash.addFlashAttribute("message", done);
        return "redirect:/personnel/officers/" + id;
    }

    // ---- registering an officer (new person or one already recorded) ----

    @GetMapping("/new")
    @PreAuthorize("hasAuthority('personnel:manage')")
    String newForm(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("form", NewOfficerForm.empty());
        return newPage(actor, model);
    }

    private String newPage(Actor actor, Model model) {
        model.addAttribute("units", agencies.units(actor.agencyId()).stream().filter(OrgUnit::active).toList());
        model.addAttribute("educations", Education.values());
        return "personnel/officer-new";
    }

    @PostMapping("/new")
    @PreAuthorize("hasAuthority('personnel:manage')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") NewOfficerForm form,
                  BindingResult errors, Model model, PageRefusal refusal, RedirectAttributes flash) {
        refusal.render(() -> newPage(actor, model)).field("PERSON-ID-CARD", "idCard").field("PERSON-PHONE", "phone");
        refusal.check(errors);
        long personId = enrol(actor, form);
        flash.addFlashAttribute("message", "已登记执法人员");
        return "redirect:/personnel/officers/" + personId;
    }

    /** The same steps as the import: attach to the person recorded under the ID card, or record the person first. */
    private long enrol(Actor actor, NewOfficerForm form) {
        NewOfficer officer = form.officer();
        Optional<PersonView> existing = people.findByIdCard(actor, form.idCard());
        long personId = existing.map(PersonView::id).orElseGet(() -> people.create(actor, form.person()).id());
        officers.register(actor, personId, officer);
        return personId;
    }

    // ---- reports ----

    @GetMapping("/shortfalls")
    @PreAuthorize("hasAuthority('personnel:read')")
    String shortfalls(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String year,
                      @RequestParam(required = false) String page, Model model) {
        int y = Params.integer("年度", year, LocalDate.now(clock).getYear(), 2000, 2100);
        model.addAttribute("year", y);
        model.addAttribute("result", officers.shortfalls(actor, y, Params.integer("页码", page, 0, 0, 100_000), 50));
        model.addAttribute("rotation", officers.rotationDue(actor, LocalDate.now(clock), 90));
        return "personnel/officer-reports";
    }

    // ---- import ----

    @GetMapping("/import")
    @PreAuthorize("hasAuthority('personnel:import')")
    String importPage() {
        return "personnel/officer-import";
    }

    @PostMapping("/import")
    @PreAuthorize("hasAuthority('personnel:import')")
    String importFile(@AuthenticationPrincipal Actor actor, @RequestPart(name = "file", required = false) MultipartFile file,
                      Model model, PageRefusal refusal) {
        if (file == null || file.isEmpty()) {
            model.addAttribute("error", "请选择要导入的 Excel 文件");
            return "personnel/officer-import";
        }
        refusal.render("error", () -> "personnel/officer-import");
        try (InputStream in = file.getInputStream()) {
            model.addAttribute("result", importer.importFile(actor, in));
        } catch (IOException e) {
            model.addAttribute("error", "文件读取失败，请重新上传");
        }
        return "personnel/officer-import";
    }

    @GetMapping("/import/template.xlsx")
    @PreAuthorize("hasAuthority('personnel:import')")
    ResponseEntity<ByteArrayResource> template() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        importer.writeTemplate(out);
        return templateResponse(out.toByteArray());
    }

    static ResponseEntity<ByteArrayResource> templateResponse(byte[] bytes) {
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("执法人员导入模板.xlsx", java.nio.charset.StandardCharsets.UTF_8).build().toString())
                .body(new ByteArrayResource(bytes));
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    static Map<String, String> copy(Map<String, String> m) {
        return new LinkedHashMap<>(m);
    }
}
