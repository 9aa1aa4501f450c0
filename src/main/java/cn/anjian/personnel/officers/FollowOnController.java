package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.personnel.PageResult;
import cn.anjian.personnel.officers.FollowOnReports.FollowOnRow;
import cn.anjian.personnel.officers.FollowOnReports.Gap;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** OFF-09 follow-on training shortfalls: the filterable, paginated page, its Excel export and the API list. */
@Controller
@RequiredArgsConstructor
class FollowOnController {

    static final List<String> HEADER = List.of("姓名", "单位", "内设机构", "入职日期", "试用期满", "缺项");

    private final FollowOnReports reports;
    private final Clock clock;

    private FollowOnReports.Filter filter(String year, String gap, String name) {
        return new FollowOnReports.Filter(Params.integer("年度", year, LocalDate.now(clock).getYear(), 2000, 2100),
                Params.choice(Gap.class, "缺项", gap, Gap::label), Params.text("姓名", name, 50));
    }

    @GetMapping("/personnel/officers/follow-on")
    @PreAuthorize("hasAuthority('personnel:read')")
    String page(@AuthenticationPrincipal Actor actor, @RequestParam java.util.Map<String, String> q, Model model,
                PageRefusal refusal) {
        model.addAttribute("gaps", Gap.values());
        model.addAttribute("q", java.util.Map.of("year", q.getOrDefault("year", ""), "gap", q.getOrDefault("gap", ""),
                "name", q.getOrDefault("name", "")));
        refusal.render("filterError", () -> {
            model.addAttribute("kit", ListControls.of(filters(q), FollowOnReports.SORT.defaults(), PageSize.DEFAULT));
            model.addAttribute("result", new PageResult<FollowOnRow>(List.of(), 0, PageSize.DEFAULT, 0));
            return "personnel/officer-follow-on";
        });
        FollowOnReports.Filter f = filter(q.get("year"), q.get("gap"), q.get("name"));
        ListSort.Sort sort = FollowOnReports.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        PageResult<FollowOnRow> result = reports.list(actor, f, sort, Params.integer("页码", q.get("page"), 0, 0, 100_000), size);
        ListControls kit = ListControls.of(filters(q), sort, size);
        model.addAttribute("kit", kit);
        model.addAttribute("year", f.year());
        model.addAttribute("result", result);
        model.addAttribute("prevUrl", kit.prev(result.page()));
        model.addAttribute("nextUrl", kit.next(result.page(), result.total()));
        return "personnel/officer-follow-on";
    }

    /** The list's filters, kept in its pager, sort, size and export links. */
    static FilterUrl filters(java.util.Map<String, String> q) {
        return FilterUrl.of("/personnel/officers/follow-on").with("year", q.get("year")).with("gap", q.get("gap"))
                .with("name", q.get("name"));
    }

    @GetMapping({"/personnel/officers/follow-on/export", "/api/v1/personnel/officers/follow-on/export"})
    @PreAuthorize("hasAuthority('personnel:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam java.util.Map<String, String> q) {
        FollowOnReports.Filter f = filter(q.get("year"), q.get("gap"), q.get("name"));   // refused before the response starts
        ListSort.Sort sort = FollowOnReports.SORT.parse(q.get("sort"));
        return SheetExport.attachment("持证培训与更新培训缺项.xlsx", "缺项名单", HEADER,
                rows -> reports.each(actor, f, sort, r -> rows.add(r.name(), r.agencyName(), r.unitName(), r.hiredOn(),
                        r.probationEnds(), r.reasons())));
    }

    @GetMapping("/api/v1/personnel/officers/follow-on")
    @PreAuthorize("hasAuthority('personnel:read')")
    @ResponseBody
    PageResult<FollowOnRow> api(@AuthenticationPrincipal Actor actor, @RequestParam java.util.Map<String, String> q) {
        return reports.list(actor, filter(q.get("year"), q.get("gap"), q.get("name")), FollowOnReports.SORT.parse(q.get("sort")),
                Params.integer("page", q.get("page"), 0, 0, 100_000), PageSize.parse(q.get("size")));
    }
}
