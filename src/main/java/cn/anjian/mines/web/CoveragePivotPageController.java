package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.mines.work.CoveragePeriod;
import cn.anjian.mines.work.CoveragePivots;
import cn.anjian.mines.work.CoverageQueries;
import cn.anjian.mines.work.KindGroup;
import cn.anjian.org.Jurisdictions;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * Issue 17 item 7: the coverage view per coal group (MW-02) and per commissioner, for any week or month, with the
 * mine view's filters; each row drills down to the mine view filtered to the group's or commissioner's mines.
 */
@Controller
@RequestMapping("/mines/coverage")
@RequiredArgsConstructor
class CoveragePivotPageController {

    static final List<String> GROUP_HEADER = List.of("组长", "矿山数", "矿山", "巡回检查次数", "应巡回检查（矿·周）", "达标情况", "原因");
    static final List<String> COMMISSIONER_HEADER = List.of("监管专员", "矿山数", "远程监管次数", "应远程监管次数", "现场检查次数",
            "应现场检查（矿·周）", "未达标矿山数", "达标情况", "未达标矿山");

    private final CoverageQueries coverage;
    private final CoveragePivots pivots;
    private final Jurisdictions jurisdictions;

    @GetMapping("/groups")
    @PreAuthorize("hasAuthority('mine:read')")
    String groups(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        return page(actor, q, model, refusal, "groups", CoveragePivots.GROUP_SORT, (p, f, sort, page, size) ->
                pivots.groups(actor, p, f, sort, page, size));
    }

    @GetMapping("/commissioners")
    @PreAuthorize("hasAuthority('mine:read')")
    String commissioners(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model,
                         PageRefusal refusal) {
        return page(actor, q, model, refusal, "commissioners", CoveragePivots.COMMISSIONER_SORT, (p, f, sort, page, size) ->
                pivots.commissioners(actor, p, f, sort, page, size));
    }

    @GetMapping("/groups/export")
    @PreAuthorize("hasAuthority('mine:read')")
    ResponseEntity<StreamingResponseBody> groupExport(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        CoveragePeriod p = coverage.period(q.get("week"), q.get("month"));
        CoverageQueries.Filter f = CoveragePageController.filter(actor, q, jurisdictions);
        ListSort.Sort sort = CoveragePivots.GROUP_SORT.parse(q.get("sort"));
        return SheetExport.attachment("煤矿监管组巡回检查情况.xlsx", p.label(), GROUP_HEADER, rows -> pivots.eachGroup(actor, p, f, sort,
                r -> rows.add(r.leader() == null ? "" : r.leader(), r.mines(), r.mineNames(), r.onsite(),
                        r.onsiteRequired(), r.stateLabel(), r.reason())));
    }

    @GetMapping("/commissioners/export")
    @PreAuthorize("hasAuthority('mine:read')")
    ResponseEntity<StreamingResponseBody> commissionerExport(@AuthenticationPrincipal Actor actor,
                                                             @RequestParam Map<String, String> q) {
        CoveragePeriod p = coverage.period(q.get("week"), q.get("month"));
        CoverageQueries.Filter f = CoveragePageController.filter(actor, q, jurisdictions);
        ListSort.Sort sort = CoveragePivots.COMMISSIONER_SORT.parse(q.get("sort"));
        return SheetExport.attachment("监管专员检查完成情况.xlsx", p.label(), COMMISSIONER_HEADER, rows -> pivots.eachCommissioner(actor,
                p, f, sort, r -> rows.add(r.name(), r.mines(), r.remote(), r.remoteRequired(), r.onsite(), r.onsiteRequired(),
                        r.redMines(), r.stateLabel(), r.redNames() == null ? "" : r.redNames())));
    }

    interface Query {
        CoveragePivots.Result<?> run(CoveragePeriod p, CoverageQueries.Filter f, ListSort.Sort sort, int page, int size);
    }

    private String page(Actor actor, Map<String, String> q, Model model, PageRefusal refusal, String view, ListSort sorts,
                        Query query) {
        model.addAttribute("q", q);
        model.addAttribute("kinds", KindGroup.values());
        model.addAttribute("regions", CoveragePageController.regions(actor, jurisdictions));
        model.addAttribute("view", view);
        String template = "mines/coverage-" + view;
        refusal.render("filterError", () -> {
            model.addAttribute("result", query.run(coverage.period(null, null), CoverageQueries.Filter.none(), sorts.defaults(), 0,
                    PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(url(view, Map.of()), sorts.defaults(), PageSize.DEFAULT));
            return template;
        });
        CoveragePeriod p = coverage.period(q.get("week"), q.get("month"));
        CoverageQueries.Filter f = CoveragePageController.filter(actor, q, jurisdictions);
        ListSort.Sort sort = sorts.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(url(view, q), sort, size));
        model.addAttribute("result", query.run(p, f, sort, Params.page(q.get("page")), size));
        return template;
    }

    static FilterUrl url(String view, Map<String, String> q) {
        return FilterUrl.of("/mines/coverage/" + view).with("week", q.get("week")).with("month", q.get("month"))
                .with("region", q.get("region")).with("kind", q.get("kind")).with("red", q.get("red"));
    }
}
