package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.mines.planner.ReportedPlans;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * MC-06 (art. 9): the plans reported to the province — every approved plan of the reader's subtree with its approval
 * date and the mines staffed and left short (list kit: filter, sort, page, Excel; the page and {@code /api/v1} export).
 */
@Controller
@RequiredArgsConstructor
class ReportedPlanPageController {

    static final List<String> HEADER = List.of("行政区划", "行政区划代码", "方案年度", "批准日期", "报送时间",
            "足额配备矿山", "未足额配备矿山");

    private final ReportedPlans reported;

    @GetMapping("/mines/plans/reported")
    @PreAuthorize("hasAuthority('mine:plan-receive')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("q", q);
        refusal.render("filterError", () -> {
            model.addAttribute("result", reported.list(actor, new ReportedPlans.Filter(null, null),
                    ReportedPlans.SORT.defaults(), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(FilterUrl.of("/mines/plans/reported"), ReportedPlans.SORT.defaults(),
                    PageSize.DEFAULT));
            return "mines/plans/reported";
        });
        ReportedPlans.Filter f = filter(q);
        ListSort.Sort sort = ReportedPlans.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(FilterUrl.of("/mines/plans/reported").with("q", q.get("q"))
                .with("year", q.get("year")), sort, size));
        model.addAttribute("result", reported.list(actor, f, sort, Params.page(q.get("page")), size));
        return "mines/plans/reported";
    }

    @GetMapping({"/mines/plans/reported/export", "/api/v1/mines/assignment-plans/reported/export"})
    @PreAuthorize("hasAuthority('mine:plan-receive')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        ReportedPlans.Filter f = filter(q);
        ListSort.Sort sort = ReportedPlans.SORT.parse(q.get("sort"));
        return SheetExport.attachment("上报的监管专员派驻方案.xlsx", "上报方案", HEADER, rows -> reported.each(actor, f, sort,
                r -> rows.add(r.jurisdictionName(), r.jurisdictionCode(), String.valueOf(r.year()), Fmt.date(r.approvedAt()),
                        Fmt.dateTime(r.reportedAt()), String.valueOf(r.staffed()), String.valueOf(r.unstaffed()))));
    }

    private static ReportedPlans.Filter filter(Map<String, String> q) {
        String y = q.get("year");
        Integer year = y == null || y.isBlank() ? null : Params.integer("方案年度", y, 0, 2000, 2100);
        return new ReportedPlans.Filter(Params.text("行政区划", q.get("q"), 50), year);
    }
}
