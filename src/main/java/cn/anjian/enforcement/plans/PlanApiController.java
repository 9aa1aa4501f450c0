package cn.anjian.enforcement.plans;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** CASE-10 through the API: a plan's grade frequencies (changed while it is a draft) and its enterprise coverage. */
@RestController
@RequestMapping("/api/v1/plans")
@RequiredArgsConstructor
class PlanApiController {

    /** Minimum inspections a year per risk grade A–D; 0 = double-random only. */
    record Frequencies(Integer a, Integer b, Integer c, Integer d) {
        static Frequencies of(GradeFrequencies f) {
            return new Frequencies(f.a(), f.b(), f.c(), f.d());
        }
    }

    record Coverage(long planId, int year, Frequencies frequencies, List<PlanCoverage.GradeSummary> summary,
                    List<PlanCoverage.Row> items, int page, int size, long total) {
    }

    private final InspectionPlans plans;
    private final PlanCoverage coverage;

    @GetMapping("/{id}/coverage")
    @PreAuthorize("hasAuthority('case:read')")
    Coverage coverage(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                      @RequestParam(required = false) String grade, @RequestParam(required = false) String shortfall,
                      @RequestParam(required = false) String q, @RequestParam(required = false) String sort,
                      @RequestParam(required = false) String size, @RequestParam(required = false) String page) {
        PlanViews.Plan plan = plans.get(actor, Params.id("id", id));
        PlanCoverage.Page p = coverage.page(plan, PlanCoverageController.filter(grade, shortfall, q, sort), Params.page(page),
                PageSize.parse(size));
        return new Coverage(plan.id(), plan.year(), Frequencies.of(plan.frequencies()), p.summary(), p.rows(), p.page(),
                p.size(), p.total());
    }

    @PutMapping("/{id}/frequencies")
    @PreAuthorize("hasAuthority('plan:manage')")
    Frequencies frequencies(@AuthenticationPrincipal Actor actor, @PathVariable String id, @RequestBody Frequencies body) {
        long planId = Params.id("id", id);
        if (body == null || body.a() == null || body.b() == null || body.c() == null || body.d() == null) {
            throw BusinessException.badInput("PLAN-FREQUENCY", "请填写 A、B、C、D 四个风险等级的年度检查频次");
        }
        plans.changeFrequencies(actor, planId, new GradeFrequencies(body.a(), body.b(), body.c(), body.d()));
        return Frequencies.of(plans.get(actor, planId).frequencies());
    }
}
