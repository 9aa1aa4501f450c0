package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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
import cn.anjian.kernel.Zones;
import cn.anjian.mines.planner.AssignmentPlans;
import cn.anjian.mines.planner.PlanOutcome;
import cn.anjian.mines.planner.PlanReport;
import cn.anjian.mines.planner.PlanStatus;
import cn.anjian.mines.planner.PlanView;
import cn.anjian.mines.planner.Violation;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import tools.jackson.databind.json.JsonMapper;

/**
 * MC-09: the plans' pages — history (list kit), a plan by group / by mine / by commissioner with the scatter, the
 * unstaffed mines and hard violations, the live progress while solving (polled JSON), and the diff of two plans.
 */
@Controller
@RequiredArgsConstructor
class MinePlanPageController {

    static final List<String> HEADER = List.of("行政区划", "方案年度", "状态", "方案评分", "计算时间", "报省时间");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final PlanReport report;
    private final AssignmentPlans plans;
    private final java.time.Clock clock;

    @GetMapping("/mines/plans")
    @PreAuthorize("hasAuthority('mine:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("q", q);
        model.addAttribute("statuses", PlanStatus.values());
        model.addAttribute("mayPlan", actor.hasPermission("mine:plan"));
        int year = LocalDate.now(clock.withZone(Zones.SHANGHAI)).getYear();
        model.addAttribute("years", List.of(year, year + 1, year + 2));
        refusal.render("filterError", () -> {
            model.addAttribute("result", report.list(actor, new PlanReport.Filter(null, null), PlanReport.SORT.defaults(), 0,
                    PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(FilterUrl.of("/mines/plans"), PlanReport.SORT.defaults(), PageSize.DEFAULT));
            return "mines/plans/plans";
        });
        PlanReport.Filter f = filter(q);
        ListSort.Sort sort = PlanReport.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(FilterUrl.of("/mines/plans").with("year", q.get("year"))
                .with("status", q.get("status")), sort, size));
        model.addAttribute("result", report.list(actor, f, sort, Params.page(q.get("page")), size));
        return "mines/plans/plans";
    }

    @GetMapping("/mines/plans/export")
    @PreAuthorize("hasAuthority('mine:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        PlanReport.Filter f = filter(q);
        ListSort.Sort sort = PlanReport.SORT.parse(q.get("sort"));
        return SheetExport.attachment("监管专员派驻方案.xlsx", "派驻方案", HEADER, rows -> report.each(actor, f, sort,
                r -> rows.add(r.jurisdictionName(), String.valueOf(r.year()), r.status().label(), ScoreText.of(r.score()),
                        Fmt.dateTime(r.createdAt()), r.reportedAt() == null ? "" : Fmt.dateTime(r.reportedAt()))));
    }

    @GetMapping("/mines/plans/{id:\\d+}")
    @PreAuthorize("hasAuthority('mine:read')")
    String plan(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String view,
                Model model) {
        PlanReport.Page page = report.page(actor, id);
        String v = view == null || view.isBlank() ? "group" : view.strip();
        if (!List.of("group", "mine", "commissioner").contains(v)) {
            throw cn.anjian.kernel.BusinessException.badInput("MC-09-VIEW", "查看方式只能是按监管组、按矿山或按监管专员");
        }
        model.addAttribute("p", page);
        model.addAttribute("view", v);
        model.addAttribute("score", ScoreText.of(page.view().score()));
        model.addAttribute("mayPlan", actor.hasPermission("mine:plan"));
        model.addAttribute("editable", page.view().status() == PlanStatus.SOLVED || page.view().status() == PlanStatus.RETURNED);
        model.addAttribute("chart", page.view().outcome() == null ? "" : JSON.writeValueAsString(chart(page)));
        model.addAttribute("earlier", report.earlier(actor, id));
        model.addAttribute("idle", page.people().keySet().stream().filter(c -> !page.byCommissioner().containsKey(c)).toList());
        boolean retry = page.view().outcome() != null && page.view().outcome().unstaffed().stream()
                .anyMatch(PlanOutcome.Unstaffed::notFoundInTime);
        model.addAttribute("retry", retry && page.view().status() != PlanStatus.SOLVING);
        model.addAttribute("retrySeconds", retry ? plans.retrySeconds(page.view().year()) : 0);
        return "mines/plans/plan";
    }

    /** The live progress while the solver runs (polled by static/js/mine-plan.js). */
    @GetMapping("/mines/plans/{id:\\d+}/progress")
    @PreAuthorize("hasAuthority('mine:read')")
    @ResponseBody
    Map<String, Object> progress(@AuthenticationPrincipal Actor actor, @PathVariable long id) {
        PlanView v = plans.get(actor, id);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("running", v.status() == PlanStatus.SOLVING);
        m.put("status", v.status().label());
        m.put("score", ScoreText.of(v.score()));
        m.put("violations", v.hardViolations().stream().map(Violation::message).limit(50).toList());
        m.put("violationCount", v.hardViolations().size());
        return m;
    }

    @GetMapping("/mines/plans/{id:\\d+}/diff")
    @PreAuthorize("hasAuthority('mine:read')")
    String diff(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String other,
                Model model) {
        PlanReport.Page page = report.page(actor, id);
        Long otherId = Params.optionalId("比较方案", other);
        if (otherId == null) {
            otherId = page.view().previousPlanId();
        }
        model.addAttribute("p", page);
        model.addAttribute("earlier", report.earlier(actor, id));
        model.addAttribute("otherId", otherId);
        model.addAttribute("moves", otherId == null ? List.of() : report.diff(actor, id, otherId));
        return "mines/plans/diff";
    }

    /** Scatter data: mines and home bases by coordinates, one line per assignment (names only, no ids). */
    private static Map<String, Object> chart(PlanReport.Page page) {
        List<Object[]> mines = new ArrayList<>();
        page.mines().values().forEach(m -> mines.add(new Object[] {m.lon(), m.lat(), m.name()}));
        List<Object[]> homes = new ArrayList<>();
        page.people().values().forEach(c -> homes.add(new Object[] {c.lon(), c.lat(), c.name()}));
        List<double[][]> lines = new ArrayList<>();
        page.byCommissioner().forEach((c, ms) -> ms.forEach(mid -> {
            PlanReport.MineInfo m = page.mines().get(mid);
            PlanReport.PersonInfo p = page.people().get(c);
            if (m != null && p != null) {
                lines.add(new double[][] {{p.lon(), p.lat()}, {m.lon(), m.lat()}});
            }
        }));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("mines", mines);
        out.put("homes", homes);
        out.put("lines", lines);
        return out;
    }

    private static PlanReport.Filter filter(Map<String, String> q) {
        String y = q.get("year");
        Integer year = y == null || y.isBlank() ? null : Params.integer("方案年度", y, 0, 2000, 2100);
        return new PlanReport.Filter(year, Params.choice(PlanStatus.class, "方案状态", q.get("status"), PlanStatus::label));
    }
}
