package cn.anjian.mines.web;

import lombok.RequiredArgsConstructor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.mines.work.MineCheckQueries;
import cn.anjian.mines.work.CoveragePeriod;
import cn.anjian.mines.work.CoverageQueries;
import cn.anjian.mines.work.KindGroup;
import cn.anjian.org.Jurisdiction;
import cn.anjian.org.Jurisdictions;
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

/** MW-01..MW-03: the department's coverage view per mine for a week or month, and a mine's checks of the period. */
@Controller
@RequestMapping("/mines/coverage")
@RequiredArgsConstructor
class CoveragePageController {

    static final List<String> HEADER = List.of("矿山", "类型", "所在地", "监管专员", "远程监管次数", "应远程监管次数", "现场检查次数",
            "达标情况", "原因");
    static final List<String> CHECK_HEADER = List.of("检查时间", "矿山", "监管专员", "方式", "四不两直/夜查", "签到距离（米）", "状态",
            "必查漏检", "抽查未查", "发现隐患");

    private final CoverageQueries coverage;
    private final MineCheckQueries checks;
    private final Jurisdictions jurisdictions;

    @GetMapping
    @PreAuthorize("hasAuthority('mine:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("q", q);
        model.addAttribute("kinds", KindGroup.values());
        model.addAttribute("regions", regions(actor, jurisdictions));
        refusal.render("filterError", () -> {
            CoveragePeriod p = coverage.period(null, null);
            model.addAttribute("result", coverage.list(actor, p, CoverageQueries.Filter.none(), CoverageQueries.SORT.defaults(), 0,
                    PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(url(Map.of()), CoverageQueries.SORT.defaults(), PageSize.DEFAULT));
            return "mines/coverage";
        });
        CoveragePeriod p = coverage.period(q.get("week"), q.get("month"));
        CoverageQueries.Filter f = filter(actor, q);
        ListSort.Sort sort = CoverageQueries.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(url(q), sort, size));
        model.addAttribute("result", coverage.list(actor, p, f, sort, Params.page(q.get("page")), size));
        return "mines/coverage";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('mine:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        CoveragePeriod p = coverage.period(q.get("week"), q.get("month"));
        CoverageQueries.Filter f = filter(actor, q);
        ListSort.Sort sort = CoverageQueries.SORT.parse(q.get("sort"));
        return SheetExport.attachment("监管专员检查覆盖情况.xlsx", p.label(), HEADER, rows -> coverage.each(actor, p, f, sort,
                r -> rows.add(r.mineName(), r.kind().label(), r.jurisdictionName(), r.commissioners() == null ? "" : r.commissioners(),
                        r.remote(), r.remoteRequired(), r.onsite(), r.stateLabel(), CoverageQueries.reason(r))));
    }

    /** A mine's checks of the period (drill-down), scoped: another jurisdiction's mine has none to show. */
    @GetMapping("/mines/{mineId}")
    @PreAuthorize("hasAuthority('mine:read')")
    String mine(@AuthenticationPrincipal Actor actor, @PathVariable long mineId, @RequestParam Map<String, String> q, Model model) {
        CoveragePeriod p = coverage.period(q.get("week"), q.get("month"));
        ListSort.Sort sort = MineCheckQueries.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        MineCheckQueries.Result result = checks.list(actor, new MineCheckQueries.Filter(mineId, p.from(), p.to(), null, null), sort,
                Params.page(q.get("page")), size);
        String name = mineName(actor, mineId);
        model.addAttribute("mineName", name);
        model.addAttribute("mineId", mineId);
        model.addAttribute("period", p);
        model.addAttribute("result", result);
        model.addAttribute("kit", ListControls.of(FilterUrl.of("/mines/coverage/mines/" + mineId).with("week", q.get("week"))
                .with("month", q.get("month")), sort, size));
        return "mines/coverage-mine";
    }

    @GetMapping("/mines/{mineId}/export")
    @PreAuthorize("hasAuthority('mine:read')")
    ResponseEntity<StreamingResponseBody> mineExport(@AuthenticationPrincipal Actor actor, @PathVariable long mineId,
                                                     @RequestParam Map<String, String> q) {
        CoveragePeriod p = coverage.period(q.get("week"), q.get("month"));
        ListSort.Sort sort = MineCheckQueries.SORT.parse(q.get("sort"));
        mineName(actor, mineId);
        return SheetExport.attachment("矿山检查记录.xlsx", "检查记录", CHECK_HEADER, rows -> checks.each(actor,
                new MineCheckQueries.Filter(mineId, p.from(), p.to(), null, null), sort, r -> rows.add(Fmt.dateTime(r.startedAt()),
                        r.mineName(), r.commissionerName(), r.modeLabel(), r.flags(), r.distanceMeters() == null ? "" : r.distanceMeters(),
                        r.status().label(), r.missedMandatory(), r.missedSpot(), r.hazards())));
    }

    private String mineName(Actor actor, long mineId) {
        return coverage.mineName(actor, mineId).orElseThrow(() -> BusinessException.notFound("矿山"));
    }

    static CoverageQueries.Filter filter(Actor actor, Map<String, String> q, Jurisdictions jurisdictions) {
        String code = Params.text("所在地", q.get("region"), 12);
        String path = null;
        if (code != null) {
            path = jurisdictions.findByCode(code).filter(j -> actor.scope().covers(j.path())).map(Jurisdiction::path)
                    .orElseThrow(() -> BusinessException.badInput("MINE-REGION", "所在地不存在或不在您的管辖范围内"));
        }
        return new CoverageQueries.Filter(path, Params.choice(KindGroup.class, "矿山类型", q.get("kind"), KindGroup::label),
                Params.flag("只看未达标", q.get("red")), Params.optionalId("监管专员", q.get("commissioner")),
                CoverageQueries.GroupKey.parse(q.get("group")));
    }

    private CoverageQueries.Filter filter(Actor actor, Map<String, String> q) {
        return filter(actor, q, jurisdictions);
    }

    /** The jurisdictions below the actor's, two levels deep (cities and their counties for the province). */
    static List<Jurisdiction> regions(Actor actor, Jurisdictions jurisdictions) {
        List<Jurisdiction> out = new ArrayList<>();
        for (Jurisdiction c : jurisdictions.children(actor.jurisdictionId())) {
            out.add(c);
            out.addAll(jurisdictions.children(c.id()));
        }
        return out;
    }

    static FilterUrl url(Map<String, String> q) {
        return FilterUrl.of("/mines/coverage").with("week", q.get("week")).with("month", q.get("month"))
                .with("region", q.get("region")).with("kind", q.get("kind")).with("red", q.get("red"))
                .with("commissioner", q.get("commissioner")).with("group", q.get("group"));
    }
}
