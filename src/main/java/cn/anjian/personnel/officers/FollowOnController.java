package cn.anjian.personnel.officers;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.PageRefusal;
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
    String page(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String year,
                @RequestParam(required = false) String gap, @RequestParam(required = false) String name,
                @RequestParam(required = false) String page, Model model, PageRefusal refusal) {
        model.addAttribute("gaps", Gap.values());
        model.addAttribute("q", java.util.Map.of("year", year == null ? "" : year, "gap", gap == null ? "" : gap,
                "name", name == null ? "" : name));
        refusal.render("filterError", () -> {
            model.addAttribute("result", new PageResult<FollowOnRow>(List.of(), 0, 50, 0));
            return "personnel/officer-follow-on";
        });
        FollowOnReports.Filter f = filter(year, gap, name);
        int pg = Params.integer("页码", page, 0, 0, 100_000);
        PageResult<FollowOnRow> result = reports.list(actor, f, pg, 50);
        FilterUrl url = FilterUrl.of("/personnel/officers/follow-on").with("year", f.year()).with("gap", gap).with("name", name);
        model.addAttribute("year", f.year());
        model.addAttribute("result", result);
        model.addAttribute("prevUrl", result.hasPrevious() ? url.page(pg - 1) : null);
        model.addAttribute("nextUrl", result.hasNext() ? url.page(pg + 1) : null);
        model.addAttribute("exportUrl", FilterUrl.of("/personnel/officers/follow-on/export").with("year", f.year())
                .with("gap", gap).with("name", name).toString());
        return "personnel/officer-follow-on";
    }

    @GetMapping("/personnel/officers/follow-on/export")
    @PreAuthorize("hasAuthority('personnel:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String year,
                                                 @RequestParam(required = false) String gap,
                                                 @RequestParam(required = false) String name) {
        FollowOnReports.Filter f = filter(year, gap, name);
        return SheetExport.attachment("持证培训与更新培训缺项.xlsx", "缺项名单", HEADER,
                rows -> reports.each(actor, f, r -> rows.add(r.name(), r.agencyName(), r.unitName(), r.hiredOn(),
                        r.probationEnds(), r.reasons())));
    }

    @GetMapping("/api/v1/personnel/officers/follow-on")
    @PreAuthorize("hasAuthority('personnel:read')")
    @ResponseBody
    PageResult<FollowOnRow> api(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String year,
                                @RequestParam(required = false) String gap, @RequestParam(required = false) String name,
                                @RequestParam(required = false) String page, @RequestParam(required = false) String size) {
        return reports.list(actor, filter(year, gap, name), Params.integer("page", page, 0, 0, 100_000),
                Params.integer("size", size, 50, 1, 1000));
    }
}
