package cn.anjian.legalreview.web;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.kernel.Zones;
import cn.anjian.legalreview.review.ReviewReports;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** Legal review statistics: reviews per month by outcome, in the user's scope; exportable. */
@Controller
@RequiredArgsConstructor
class ReportPageController {

    static final List<String> HEADER = List.of("月份", "送审", "重大", "待补充材料", "同意", "纠正", "撤销或不予作出", "移送", "复核",
            "报主要负责人", "已集体讨论");

    private final ReviewReports reports;
    private final Clock clock;

    @GetMapping("/legal-review/reports")
    @PreAuthorize("hasAuthority('legalreview:read')")
    String report(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String year, Model model, PageRefusal refusal) {
        int thisYear = LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI).getYear();
        model.addAttribute("year", year == null ? String.valueOf(thisYear) : year);
        refusal.render("filterError", () -> {
            model.addAttribute("months", List.of());
            return "legalreview/reports";
        });
        int y = Params.integer("年份", year, thisYear, 2000, 2100);
        model.addAttribute("months", reports.byMonth(actor, y));
        return "legalreview/reports";
    }

    @GetMapping("/legal-review/reports/export")
    @PreAuthorize("hasAuthority('legalreview:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String year) {
        int y = Params.integer("年份", year, LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI).getYear(), 2000, 2100);
        List<ReviewReports.Month> months = reports.byMonth(actor, y);
        return SheetExport.attachment("法制审核统计-" + y + ".xlsx", "法制审核统计", HEADER, rows -> months.forEach(m -> rows.add(
                m.month(), m.submitted(), m.major(), m.supplement(), m.approve(), m.correct(), m.revoke(), m.transfer(),
                m.reReviewed(), m.escalated(), m.discussed())));
    }
}
