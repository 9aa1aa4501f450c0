package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import cn.anjian.documents.IssuedDocument;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Attachment;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.kernel.Zones;
import cn.anjian.mines.assessment.AssessmentFlows;
import cn.anjian.mines.assessment.AssessmentList;
import cn.anjian.mines.assessment.AssessmentPages;
import cn.anjian.mines.assessment.AssessmentReport;
import cn.anjian.mines.assessment.CommissionerAssessments;
import cn.anjian.mines.assessment.Grade;
import cn.anjian.mines.web.AssessmentForms.OverrideForm;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
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

/**
 * MA-01..MA-05, MA-12: the department's list of commissioners' assessments (filters, sort, pages, the Excel roster),
 * the computation of a year, the report .docx, an assessment with every reason, its confirmation or override; and a
 * commissioner's own year so far.
 */
@Controller
@RequiredArgsConstructor
class AssessmentPageController {

    static final String PATH = "/mines/assessments";
    static final List<String> HEADER = List.of("姓名", "所在单位", "年度", "考核等次", "计算等次", "状态", "检查完成率",
            "年度考核衔接", "奖励", "推荐奖励");

    private final AssessmentList list;
    private final CommissionerAssessments assessments;
    private final AssessmentFlows flows;
    private final AssessmentPages pages;
    private final AssessmentReport report;
    private final AssessmentDetailPage detail;
    private final Clock clock;

    @GetMapping(PATH)
    @PreAuthorize("hasAuthority('mine:assessment-read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        int thisYear = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI).getYear();
        model.addAttribute("q", q);
        model.addAttribute("grades", Grade.values());
        model.addAttribute("statuses", AssessmentList.STATUSES);
        model.addAttribute("thisYear", thisYear);
        model.addAttribute("mayAssess", actor.hasPermission("mine:assess"));
        refusal.render("filterError", () -> {
            model.addAttribute("result", list.list(actor, new AssessmentList.Filter(null, null, null, null),
                    AssessmentList.SORT.defaults(), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(FilterUrl.of(PATH), AssessmentList.SORT.defaults(), PageSize.DEFAULT));
            return "mines/assessment/list";
        });
        AssessmentList.Filter f = filter(q);
        ListSort.Sort sort = AssessmentList.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(url(q), sort, size));
        model.addAttribute("result", list.list(actor, f, sort, Params.page(q.get("page")), size));
        return "mines/assessment/list";
    }

    private static FilterUrl url(Map<String, String> q) {
        return FilterUrl.of(PATH).with("year", q.get("year")).with("grade", q.get("grade")).with("status", q.get("status"))
                .with("name", q.get("name"));
    }

    static AssessmentList.Filter filter(Map<String, String> q) {
        Integer year = Params.optionalInteger("年度", q.get("year"));
        Grade grade = Params.choice(Grade.class, "考核等次", q.get("grade"), Grade::label);
        String status = q.get("status") == null || q.get("status").isBlank() ? null : q.get("status").strip();
        if (status != null && !AssessmentList.STATUSES.containsKey(status)) {
            throw cn.anjian.kernel.BusinessException.badInput("BAD-PARAMETER", "“状态”的取值不正确，可选：" + String.join("、",
                    AssessmentList.STATUSES.values()));
        }
        return new AssessmentList.Filter(year, grade, status, Params.text("姓名", q.get("name"), 50));
    }

    @GetMapping(PATH + "/export")
    @PreAuthorize("hasAuthority('mine:assessment-read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        AssessmentList.Filter f = filter(q);
        ListSort.Sort sort = AssessmentList.SORT.parse(q.get("sort"));
        return SheetExport.attachment("监管专员年度考核花名册.xlsx", "考核花名册", HEADER, rows -> list.each(actor, f, sort,
                r -> rows.add(r.name(), r.agencyName(), String.valueOf(r.year()), r.grade().label(), r.computedGrade().label(),
                        r.status(), r.completion(), r.linkage().appraisal(), r.linkage().reward(), r.linkage().award())));
    }

    @PostMapping(PATH + "/compute")
    @PreAuthorize("hasAuthority('mine:assess')")
    String compute(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String year, PageRefusal refusal,
                   RedirectAttributes flash) {
        refusal.redirect(PATH);
        int y = Params.integer("考核年度", year, LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI).getYear(), 2000, 2100);
        flash.addFlashAttribute("notice", y + " 年度考核已计算：" + assessments.computeAll(actor, y).text());
        return "redirect:" + PATH + "?year=" + y;
    }

    @PostMapping(PATH + "/report")
    @PreAuthorize("hasAuthority('mine:assess')")
    ResponseEntity<StreamingResponseBody> report(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String year,
                                                 PageRefusal refusal) {
        refusal.redirect(PATH);
        int y = Params.integer("考核年度", year, LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI).getYear(), 2000, 2100);
        IssuedDocument d = report.issue(actor, y);
        return ResponseEntity.ok().header(HttpHeaders.CONTENT_DISPOSITION, Attachment.disposition(d.fileName()))
                .header(HttpHeaders.CONTENT_TYPE, "application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                .body(out -> report.copy(actor, d.fileId(), out));
    }

    @GetMapping(PATH + "/{id}")
    @PreAuthorize("hasAuthority('mine:assessment-read')")
    String show(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        return detail.render(actor, id, model);
    }

    @PostMapping(PATH + "/{id}/confirm")
    @PreAuthorize("hasAuthority('mine:assess')")
    String confirm(@AuthenticationPrincipal Actor actor, @PathVariable long id, PageRefusal refusal, RedirectAttributes flash) {
        refusal.redirect(PATH + "/" + id);
        flows.submit(actor, id);
        flash.addFlashAttribute("notice", "已提交科室负责人审核确认");
        return "redirect:" + PATH + "/" + id;
    }

    @PostMapping(PATH + "/{id}/override")
    @PreAuthorize("hasAuthority('mine:assess')")
    String override(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                    @Valid @ModelAttribute("overrideForm") OverrideForm form, BindingResult errors, PageRefusal refusal,
                    Model model, RedirectAttributes flash) {
        assessments.requireVisible(actor, id);
        refusal.render("overrideError", () -> detail.render(actor, id, model)).field("MA-01-OVERRIDE", "grade")
                .field("MA-01-OVERRIDE-REASON", "reason");
        refusal.check(errors);
        flows.override(actor, id, Params.choice(Grade.class, "考核等次", form.grade(), Grade::label), form.reason());
        flash.addFlashAttribute("notice", "调整考核等次已提交审批");
        return "redirect:" + PATH + "/" + id;
    }

    @GetMapping("/mines/my-assessment")
    @PreAuthorize("hasAuthority('mine:assessment-self')")
    String mine(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("a", pages.own(actor).orElse(null));
        return "mines/assessment/mine";
    }
}
