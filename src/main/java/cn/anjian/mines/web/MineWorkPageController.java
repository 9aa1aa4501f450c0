package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.files.Files;
import cn.anjian.files.StoredFile;
import cn.anjian.files.VerifiedDownloads;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.mines.app.LeaveList;
import cn.anjian.mines.app.LeaveStatus;
import cn.anjian.mines.app.WorkReportList;
import cn.anjian.mines.app.WorkReportStatus;
import cn.anjian.mines.app.WorkReports;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The department's view of commissioners' leave (MW-11) and half-year work reports (MW-13). */
@Controller
@RequestMapping("/mines")
@RequiredArgsConstructor
class MineWorkPageController {

    static final List<String> LEAVE_HEADER = List.of("监管专员", "开始日期", "结束日期", "事由", "代岗监管专员", "状态", "审批意见", "申请时间");
    static final List<String> REPORT_HEADER = List.of("监管专员", "述职期间", "状态", "提交时间", "文号");

    private final LeaveList leaveList;
    private final WorkReportList reportList;
    private final WorkReports reports;
    private final Files files;

    @GetMapping("/leaves")
    @PreAuthorize("hasAuthority('mine:work-read')")
    String leaves(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("q", q);
        model.addAttribute("statuses", LeaveStatus.values());
        refusal.render("filterError", () -> {
            model.addAttribute("result", leaveList.list(actor, new LeaveList.Filter(null, null), LeaveList.SORT.defaults(), 0,
                    PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(FilterUrl.of("/mines/leaves"), LeaveList.SORT.defaults(), PageSize.DEFAULT));
            return "mines/leaves";
        });
        LeaveList.Filter f = leaveFilter(q);
        ListSort.Sort sort = LeaveList.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(FilterUrl.of("/mines/leaves").with("name", q.get("name"))
                .with("status", q.get("status")), sort, size));
        model.addAttribute("result", leaveList.list(actor, f, sort, Params.page(q.get("page")), size));
        return "mines/leaves";
    }

    @GetMapping("/leaves/export")
    @PreAuthorize("hasAuthority('mine:work-read')")
    ResponseEntity<StreamingResponseBody> exportLeaves(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        LeaveList.Filter f = leaveFilter(q);
        ListSort.Sort sort = LeaveList.SORT.parse(q.get("sort"));
        return cn.anjian.kernel.SheetExport.attachment("监管专员请假.xlsx", "请假", LEAVE_HEADER, rows -> leaveList.each(actor, f, sort,
                r -> rows.add(r.commissioner(), Fmt.date(r.startsOn()), Fmt.date(r.endsOn()), r.reason(), r.substitute(),
                        r.status().label(), r.opinion() == null ? "" : r.opinion(), Fmt.dateTime(r.createdAt()))));
    }

    private static LeaveList.Filter leaveFilter(Map<String, String> q) {
        return new LeaveList.Filter(Params.text("监管专员", q.get("name"), 50),
                Params.choice(LeaveStatus.class, "状态", q.get("status"), LeaveStatus::label));
    }

    @GetMapping("/reports")
    @PreAuthorize("hasAuthority('mine:work-read')")
    String reportList(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("q", q);
        model.addAttribute("statuses", WorkReportStatus.values());
        refusal.render("filterError", () -> {
            model.addAttribute("result", reportList.list(actor, new WorkReportList.Filter(null, null, null),
                    WorkReportList.SORT.defaults(), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(FilterUrl.of("/mines/reports"), WorkReportList.SORT.defaults(), PageSize.DEFAULT));
            return "mines/reports";
        });
        WorkReportList.Filter f = reportFilter(q);
        ListSort.Sort sort = WorkReportList.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(FilterUrl.of("/mines/reports").with("name", q.get("name"))
                .with("year", q.get("year")).with("status", q.get("status")), sort, size));
        model.addAttribute("result", reportList.list(actor, f, sort, Params.page(q.get("page")), size));
        return "mines/reports";
    }

    @GetMapping("/reports/export")
    @PreAuthorize("hasAuthority('mine:work-read')")
    ResponseEntity<StreamingResponseBody> exportReports(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        WorkReportList.Filter f = reportFilter(q);
        ListSort.Sort sort = WorkReportList.SORT.parse(q.get("sort"));
        return cn.anjian.kernel.SheetExport.attachment("监管专员述职报告.xlsx", "述职报告", REPORT_HEADER, rows -> reportList.each(actor, f,
                sort, r -> rows.add(r.commissioner(), r.period().label(), r.status().label(), Fmt.dateTime(r.submittedAt()),
                        r.docNumber() == null ? "" : r.docNumber())));
    }

    private static WorkReportList.Filter reportFilter(Map<String, String> q) {
        Integer year = Params.optionalInteger("年度", q.get("year"));
        if (year != null && (year < 2000 || year > 2100)) {
            throw BusinessException.badInput("MW-13-PERIOD", "年度须为 2000 至 2100 之间的四位数字");
        }
        return new WorkReportList.Filter(Params.text("监管专员", q.get("name"), 50), year,
                Params.choice(WorkReportStatus.class, "状态", q.get("status"), WorkReportStatus::label));
    }

    @GetMapping("/reports/{id}")
    @PreAuthorize("hasAuthority('mine:work-read')")
    String report(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        model.addAttribute("r", reports.get(actor, id));
        return "mines/report";
    }

    /** The generated .docx: the commissioner's own, or any in scope for the department. */
    @GetMapping("/reports/{id}/document")
    @PreAuthorize("hasAnyAuthority('mine:app','mine:work-read')")
    void document(@AuthenticationPrincipal Actor actor, @PathVariable long id, HttpServletResponse response) {
        WorkReports.View v = reports.get(actor, id);
        if (v.fileId() == null) {
            throw BusinessException.notFound("述职报告文书");
        }
        StoredFile f = files.find(v.fileId(), actor);
        VerifiedDownloads.send(f, response, files::copyVerified);
    }
}
