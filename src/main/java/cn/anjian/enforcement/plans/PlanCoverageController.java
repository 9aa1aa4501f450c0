package cn.anjian.enforcement.plans;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.enterprises.RiskGrade;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
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

/** CASE-10: the plan's coverage of its area's enterprises by risk grade, filtered, paged and exported to Excel. */
@Controller
@RequestMapping("/plans/{id}/coverage")
@RequiredArgsConstructor
class PlanCoverageController {

    static final List<String> HEADER = List.of("单位名称", "统一社会信用代码", "行业领域", "风险等级", "年度检查频次（不少于）",
            "计划安排（家次）", "实际检查（次）", "计划是否不足", "实际是否不足");

    private final InspectionPlans plans;
    private final PlanCoverage coverage;

    @GetMapping
    @PreAuthorize("hasAuthority('case:read')")
    String page(@AuthenticationPrincipal Actor actor, @PathVariable long id, @RequestParam(required = false) String grade,
                @RequestParam(required = false) String shortfall, @RequestParam(required = false) String q,
                @RequestParam(required = false) String sort, @RequestParam(required = false) String size,
                @RequestParam(required = false) String page, Model model, PageRefusal refusal) {
        PlanViews.Plan plan = plans.get(actor, id);
        model.addAttribute("plan", plan);
        model.addAttribute("grades", RiskGrade.values());
        model.addAttribute("shortfalls", PlanCoverage.Shortfall.values());
        model.addAttribute("f", new Raw(grade, shortfall, q));
        FilterUrl url = FilterUrl.of("/plans/" + id + "/coverage").with("grade", grade).with("shortfall", shortfall)
                .with("q", q);
        refusal.render("filterError", () -> {
            model.addAttribute("result", coverage.page(plan, new PlanCoverage.Filter(null, null, null, null), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(url, PlanCoverage.SORT.defaults(), PageSize.DEFAULT));
            return "enforcement/plans/coverage";
        });
        PlanCoverage.Filter filter = filter(grade, shortfall, q, sort);
        ListControls kit = ListControls.of(url, filter.order(), PageSize.parse(size));
        model.addAttribute("kit", kit);
        model.addAttribute("result", coverage.page(plan, filter, Params.page(page), kit.size()));
        return "enforcement/plans/coverage";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('case:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @PathVariable long id,
                                                 @RequestParam(required = false) String grade,
                                                 @RequestParam(required = false) String shortfall,
                                                 @RequestParam(required = false) String q,
                                                 @RequestParam(required = false) String sort) {
        PlanViews.Plan plan = plans.get(actor, id);
        PlanCoverage.Filter filter = filter(grade, shortfall, q, sort);
        return SheetExport.attachment(plan.year() + "年度分类分级检查覆盖情况.xlsx", "覆盖情况", HEADER,
                rows -> coverage.each(plan, filter, r -> rows.add(r.name(), r.creditCode(), r.industry().label(),
                        r.grade().label(), r.required(), r.planned(), r.actual(), r.plannedShort() ? "是" : "否",
                        r.actualShort() ? "是" : "否")));
    }

    /** The filters as typed, kept in the form. */
    record Raw(String grade, String shortfall, String q) {
    }

    static PlanCoverage.Filter filter(String grade, String shortfall, String q, String sort) {
        return new PlanCoverage.Filter(Params.choice(RiskGrade.class, "风险等级", grade, RiskGrade::label),
                Params.choice(PlanCoverage.Shortfall.class, "不足情况", shortfall, PlanCoverage.Shortfall::label),
                Params.text("单位名称或信用代码", q, 100), PlanCoverage.SORT.parse(sort));
    }
}
