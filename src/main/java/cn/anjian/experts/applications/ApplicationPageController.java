package cn.anjian.experts.applications;

import lombok.RequiredArgsConstructor;

import java.util.LinkedHashMap;
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
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** EXP-03..05 for staff: the applications list (masked, list kit), one application with its eligibility and actions. */
@Controller
@RequestMapping("/experts/applications")
@RequiredArgsConstructor
class ApplicationPageController {

    static final String[] FILTERS = {"q", "status", "level"};
    static final List<String> HEADER = List.of("姓名", "身份证号码", "手机号码", "申报方式", "申报类别", "行业领域", "工作单位",
            "职务（职称）", "状态", "申报时间", "资料保存至");

    private final ApplicationQueries queries;
    private final ApplicationReview review;
    private final ApplicationWindows windows;
    private final ApplicationDocuments documents;

    @GetMapping
    @PreAuthorize("hasAuthority('expert:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> params, Model model, PageRefusal refusal) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String k : FILTERS) {
            q.put(k, params.getOrDefault(k, "").strip());
        }
        model.addAttribute("q", q);
        model.addAttribute("statuses", ApplicationStatus.values());
        model.addAttribute("levels", ApplicationLevel.values());
        model.addAttribute("windows", windows.windows(actor));
        model.addAttribute("mayManage", actor.hasPermission("expert:manage"));
        refusal.render("filterError", () -> {
            model.addAttribute("result", queries.list(actor, ApplicationQueries.Filter.none(), ApplicationQueries.SORT.defaults(), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(filters(q), ApplicationQueries.SORT.defaults(), PageSize.DEFAULT));
            return "experts/applications/list";
        });
        ApplicationQueries.Filter filter = filter(q);
        ListSort.Sort sort = ApplicationQueries.SORT.parse(params.get("sort"));
        int size = PageSize.parse(params.get("size"));
        ListControls kit = ListControls.of(filters(q), sort, size);
        ApplicationQueries.ResultPage result = queries.list(actor, filter, sort, Params.page(params.get("page")), size);
        model.addAttribute("kit", kit);
        model.addAttribute("result", result);
        return "experts/applications/list";
    }

    static ApplicationQueries.Filter filter(Map<String, String> q) {
        return new ApplicationQueries.Filter(q.get("q"),
                Params.choice(ApplicationStatus.class, "状态", q.get("status"), ApplicationStatus::label),
                Params.choice(ApplicationLevel.class, "申报类别", q.get("level"), ApplicationLevel::label));
    }

    static FilterUrl filters(Map<String, String> q) {
        FilterUrl url = FilterUrl.of("/experts/applications");
        for (String k : FILTERS) {
            url = url.with(k, q.get(k));
        }
        return url;
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('expert:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        ApplicationQueries.Filter f = filter(q);
        ListSort.Sort sort = ApplicationQueries.SORT.parse(q.get("sort"));
        queries.check(f);
        return SheetExport.attachment("专家申报.xlsx", "专家申报", HEADER, rows -> queries.each(actor, f, sort,
                r -> rows.add(r.name(), r.idCard(), r.phone(), r.source().label(), r.level().label(), r.fieldName(),
                        r.employer(), r.title(), r.status().label(), cn.anjian.kernel.Fmt.dateTime(r.submittedAt()),
                        cn.anjian.kernel.Fmt.date(r.retainUntil()))));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('expert:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("a", queries.detail(actor, id));
        model.addAttribute("mayManage", actor.hasPermission("expert:manage"));
        model.addAttribute("me", actor.username());
        return "experts/applications/detail";
    }

    /** EXP-05: the joint document of an admitted applicant (.docx through documents). */
    @GetMapping("/{id}/joint-document.docx")
    @PreAuthorize("hasAuthority('expert:read')")
    ResponseEntity<byte[]> jointDocument(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return docx(documents.jointDocument(actor, id));
    }

    /** EXP-05: the certificate (聘书) of an admitted applicant (.docx through documents). */
    @GetMapping("/{id}/certificate.docx")
    @PreAuthorize("hasAuthority('expert:read')")
    ResponseEntity<byte[]> certificate(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        return docx(documents.certificate(actor, id));
    }

    private static ResponseEntity<byte[]> docx(ApplicationDocuments.Docx d) {
        return ResponseEntity.ok().header(org.springframework.http.HttpHeaders.CONTENT_DISPOSITION,
                        cn.anjian.kernel.Attachment.disposition(d.fileName()))
                .header(org.springframework.http.HttpHeaders.CACHE_CONTROL, "no-store")
                .contentType(org.springframework.http.MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.wordprocessingml.document"))
                .body(d.bytes());
    }

    @PostMapping("/windows")
    @PreAuthorize("hasAuthority('expert:manage')")
    String openWindow(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String opensOn,
                      @RequestParam(required = false) String closesOn, @RequestParam(required = false) String reason,
                      PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect("/experts/applications");
        windows.open(actor, Params.date("开始日期", opensOn), Params.date("截止日期", closesOn), reason);
        flash.addFlashAttribute("notice", "已增开申报期");
        return "redirect:/experts/applications";
    }

    @PostMapping("/{id}/exception")
    @PreAuthorize("hasAuthority('expert:manage')")
    String requestException(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                            @RequestParam(required = false) String reason, PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect(url(id));
        review.requestException(actor, id, reason);
        flash.addFlashAttribute("notice", "已提出破格申请，须由其他人员批准");
        return "redirect:" + url(id);
    }

    @PostMapping("/{id}/exception/approve")
    @PreAuthorize("hasAuthority('expert:manage')")
    String approveException(@AuthenticationPrincipal Actor actor, @PathVariable long id, PageRefusal refusal,
                            RedirectAttributes flash) {
        refusal.redirect(url(id));
        review.approveException(actor, id);
        flash.addFlashAttribute("notice", "已批准破格");
        return "redirect:" + url(id);
    }

    @PostMapping("/{id}/review")
    @PreAuthorize("hasAuthority('expert:manage')")
    String startReview(@AuthenticationPrincipal Actor actor, @PathVariable long id, PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect(url(id));
        review.startReview(actor, id);
        flash.addFlashAttribute("notice", "已送牵头股室初审");
        return "redirect:" + url(id);
    }

    @PostMapping("/{id}/meeting")
    @PreAuthorize("hasAuthority('expert:manage')")
    String startMeeting(@AuthenticationPrincipal Actor actor, @PathVariable long id, PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect(url(id));
        review.startMeeting(actor, id);
        flash.addFlashAttribute("notice", "已提交局长办公会审定");
        return "redirect:" + url(id);
    }

    @PostMapping("/{id}/objections/{objectionId}")
    @PreAuthorize("hasAuthority('expert:manage')")
    String handleObjection(@AuthenticationPrincipal Actor actor, @PathVariable long id, @PathVariable long objectionId,
                           @RequestParam(required = false) String upheld, @RequestParam(required = false) String result,
                           PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect(url(id));
        review.handleObjection(actor, id, objectionId, Params.flag("异议是否成立", upheld), result);
        flash.addFlashAttribute("notice", "异议已处理");
        return "redirect:" + url(id);
    }

    @PostMapping("/{id}/delete")
    @PreAuthorize("hasAuthority('expert:manage')")
    String delete(@AuthenticationPrincipal Actor actor, @PathVariable long id, PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect(url(id));
        review.deleteArchive(actor, id);
        flash.addFlashAttribute("notice", "保存期满的申报资料已删除");
        return "redirect:/experts/applications";
    }

    private static String url(long id) {
        return "/experts/applications/" + id;
    }
}
