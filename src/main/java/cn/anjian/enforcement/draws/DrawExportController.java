package cn.anjian.enforcement.draws;

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

/** The random-draw list (双随机抽查) as Excel (issue 12), for the page and the API: the list's filters, scope and sort. */
@RestController
@RequiredArgsConstructor
class DrawExportController {

    static final List<String> HEADER = List.of("任务", "抽取日", "抽中家数", "名录家数", "每家执法人员数", "待配人员家数", "机构",
            "公开状态", "公开时间");

    private final DrawQueries queries;

    @GetMapping({"/plans/draws/export", "/api/v1/draws/export"})
    @PreAuthorize("hasAuthority('case:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        Boolean published = DrawPageController.published(q);         // refused before the response starts
        DrawQueries.check(q.get("q"));
        ListSort.Sort sort = DrawQueries.SORT.parse(q.get("sort"));
        return SheetExport.attachment("双随机抽查.xlsx", "双随机抽查", HEADER, rows -> queries.each(actor, q.get("q"), published, sort,
                d -> rows.add(d.title(), Fmt.date(d.drawDay()), d.targetCount(), d.poolSize(), d.officersPerTarget(),
                        d.unstaffedCount(), d.agencyName(), d.publishedAt() != null ? "已公开" : "未公开",
                        Fmt.dateTime(d.publishedAt()))));
    }
}
