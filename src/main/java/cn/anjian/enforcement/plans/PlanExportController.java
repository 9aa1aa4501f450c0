package cn.anjian.enforcement.plans;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.SheetExport;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The plan list as Excel (issue 12), for the page and the API: the list's filters, scope and sort. */
@RestController
@RequiredArgsConstructor
class PlanExportController {

    static final List<String> HEADER = List.of("计划名称", "年度", "修订版次", "机构", "状态", "检查事项数", "计划家次",
            "编制人", "公布时间");

    private final InspectionPlans plans;

    @GetMapping({"/plans/export", "/api/v1/plans/export"})
    @PreAuthorize("hasAuthority('case:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        Integer year = PlanPageController.year(q);                       // refused before the response starts
        PlanStatus status = PlanPageController.status(q);
        ListSort.Sort sort = PlanQueries.SORT.parse(q.get("sort"));
        return SheetExport.attachment("检查计划.xlsx", "检查计划", HEADER, rows -> plans.each(actor, year, status, sort,
                p -> rows.add(p.title(), p.year(), p.revision(), p.agencyName(), p.status().label(), p.itemCount(),
                        p.plannedTotal(), p.createdBy(), Fmt.dateTime(p.publishedAt()))));
    }
}
