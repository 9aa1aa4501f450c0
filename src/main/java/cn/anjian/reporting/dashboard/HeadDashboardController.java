package cn.anjian.reporting.dashboard;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.calendar.DeadlineKind;
import cn.anjian.calendar.Deadlines;
import cn.anjian.complaints.SubmissionFigures;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Zones;
import cn.anjian.reporting.EnforcementStatistics;
import cn.anjian.reporting.StatFigure;
import cn.anjian.reporting.StatPeriod;
import cn.anjian.reporting.StatTable;
import cn.anjian.reporting.capacity.CapacityIndicators;
import cn.anjian.workflow.InboxFilter;
import cn.anjian.workflow.Workflows;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The heads' home card (issue 19, conventions "Workbench cards"): the jurisdiction's key figures this year and the
 * overdue work of every module, each number counted by the query of the list it links to — inspections, penalties,
 * fines and complaints of the year are figures of the statistical table (one mechanism: the same number as on the
 * statistics page, linked to the same drill-down), complaints waiting and overdue (complaints), capacity indicators in
 * red (this module), overdue deadlines per kind (one grouped query of the calendar) and approval steps waiting (workflow).
 */
@Controller
@RequiredArgsConstructor
class HeadDashboardController {

    /** The statistical table's figures on the card, in this order. */
    static final List<String> KEY_FIGURES = List.of("inspections.special", "inspections.patrol", "penalties.opened",
            "penalties.closed", "penalties.fines", "complaints.reports");

    private final EnforcementStatistics statistics;
    private final SubmissionFigures submissions;
    private final CapacityIndicators capacity;
    private final Deadlines deadlines;
    private final Workflows workflows;
    private final Clock clock;

    /** One figure of the card: what, how many, where the records behind it are listed. */
    record Figure(String label, String value, String url) {
    }

    @GetMapping("/reporting/dashboard/head")
    @PreAuthorize("hasAuthority('dashboard:head')")
    String head(@AuthenticationPrincipal Actor actor, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
        StatTable year = statistics.figures(actor.jurisdictionId(), StatPeriod.year(today.getYear()), KEY_FIGURES);
        List<Figure> key = new ArrayList<>();
        for (StatFigure f : year.figures()) {
            key.add(new Figure(year.period().label() + f.group().label() + "：" + f.label() + "（" + f.unit() + "）",
                    f.value().toPlainString(), year.recordsLink(f.key())));
        }
        key.add(new Figure("待受理投诉举报", String.valueOf(submissions.waiting(actor)), "/complaints/submissions?status=SUBMITTED"));
        key.add(new Figure("逾期未办结投诉举报", String.valueOf(submissions.overdue(actor)), "/complaints/submissions?overdue=true"));
        if (actor.hasPermission("capacity:read")) {
            long red = capacity.dashboard(actor, actor.jurisdictionId(), today.getYear()).get(0).red();
            key.add(new Figure("能力建设未达标指标", String.valueOf(red), "/reporting/capacity?j=" + actor.jurisdictionId()));
        }
        Map<DeadlineKind, Long> byKind = new LinkedHashMap<>();
        deadlines.overdueByRule(actor).forEach((rule, n) -> byKind.merge(DeadlineKind.of(rule.isEmpty() ? null : rule), n, Long::sum));
        List<Figure> overdue = new ArrayList<>();
        byKind.forEach((k, n) -> overdue.add(new Figure(k.label(), String.valueOf(n), "/calendar/deadlines?state=OVERDUE&kind=" + k.name())));
        overdue.add(new Figure("待我审批", String.valueOf(workflows.inbox(actor, InboxFilter.all(), PageRequest.of(0, 1)).getTotalElements()),
                "/workflow/inbox"));
        overdue.add(new Figure("审批逾期", String.valueOf(workflows.inbox(actor, new InboxFilter(null, true), PageRequest.of(0, 1))
                .getTotalElements()), "/workflow/inbox?overdue=true"));
        model.addAttribute("key", key);
        model.addAttribute("overdue", overdue);
        return "reporting/dashboard :: head";
    }
}
