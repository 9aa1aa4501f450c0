package cn.anjian.experts.web;

import lombok.RequiredArgsConstructor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.experts.pool.ExpertLevel;
import cn.anjian.experts.pool.ExpertRegistry;
import cn.anjian.experts.pool.ExpertStatus;
import cn.anjian.experts.pool.Pool;
import cn.anjian.experts.pool.PoolQueries;
import cn.anjian.experts.pool.PoolStructure;
import cn.anjian.experts.pool.Pools;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import cn.anjian.kernel.Zones;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The pool browser (filters, sort, page size, masked Excel export) and the shortfall view (EXP-02). */
@Controller
@RequestMapping("/experts")
@RequiredArgsConstructor
class ExpertPageController {

    static final String[] FILTERS = {"q", "field", "sub", "level", "status", "declined", "grade"};
    static final List<String> HEADER = List.of("姓名", "身份证号码", "手机号码", "职务职称", "专家级别", "工作单位", "行业领域",
            "专业小类", "专业组职务", "状态", "专家库", "近一年拒绝委派次数", "本年度服务质量评价");

    private final PoolQueries queries;
    private final PoolStructure structure;
    private final Pools pools;
    private final ExpertRegistry registry;
    private final java.time.Clock clock;

    @GetMapping
    @PreAuthorize("hasAuthority('expert:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> params, Model model, PageRefusal refusal) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String k : FILTERS) {
            q.put(k, params.getOrDefault(k, "").strip());
        }
        model.addAttribute("q", q);
        model.addAttribute("fields", structure.fields());
        model.addAttribute("levels", ExpertLevel.values());
        model.addAttribute("statuses", ExpertStatus.values());
        model.addAttribute("grades", cn.anjian.experts.pool.QualityGrade.values());
        refusal.render("filterError", () -> {
            model.addAttribute("result", queries.list(actor, PoolQueries.Filter.none(), PoolQueries.SORT.defaults(), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(filters(q), PoolQueries.SORT.defaults(), PageSize.DEFAULT));
            return "experts/list";
        });
        PoolQueries.Filter filter = filter(q);
        ListSort.Sort sort = PoolQueries.SORT.parse(params.get("sort"));
        int size = PageSize.parse(params.get("size"));
        ListControls kit = ListControls.of(filters(q), sort, size);
        PoolQueries.RosterPage result = queries.list(actor, filter, sort, Params.page(params.get("page")), size);
        model.addAttribute("kit", kit);
        model.addAttribute("result", result);
        model.addAttribute("prevUrl", result.page() > 0 ? kit.page(result.page() - 1) : null);
        model.addAttribute("nextUrl", result.page() + 1 < result.pages() ? kit.page(result.page() + 1) : null);
        return "experts/list";
    }

    /** The list's filters as the page, the API and the export parse them (400 on a bad value). */
    static PoolQueries.Filter filter(Map<String, String> q) {
        return new PoolQueries.Filter(q.get("q"), q.get("field"), q.get("sub"),
                Params.choice(ExpertLevel.class, "专家级别", q.get("level"), ExpertLevel::label),
                Params.choice(ExpertStatus.class, "状态", q.get("status"), ExpertStatus::label),
                Params.flag("近一年拒绝过委派", q.get("declined")),
                Params.choice(cn.anjian.experts.pool.QualityGrade.class, "服务质量评价", q.get("grade"),
                        cn.anjian.experts.pool.QualityGrade::label));
    }

    static FilterUrl filters(Map<String, String> q) {
        FilterUrl url = FilterUrl.of("/experts");
        for (String k : FILTERS) {
            url = url.with(k, q.get(k));
        }
        return url;
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('expert:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        return export(queries, actor, q);
    }

    /** The roster as Excel: the list's filters, scope and sort; ID card and phone masked as on the page. */
    static ResponseEntity<StreamingResponseBody> export(PoolQueries queries, Actor actor, Map<String, String> q) {
        PoolQueries.Filter f = filter(q);
        ListSort.Sort sort = PoolQueries.SORT.parse(q.get("sort"));
        queries.check(f);
        return SheetExport.attachment("专家库.xlsx", "专家库", HEADER, rows -> queries.each(actor, f, sort,
                r -> rows.add(r.name(), r.idCard(), r.phone(), r.title(), r.level().label(), r.employer(), r.fieldName(),
                        r.subNames() == null ? "" : r.subNames(), r.role() == null ? "" : r.role(), r.status().label(),
                        r.agencyName(), String.valueOf(r.declines()), r.grade() == null ? "" : r.grade().label())));
    }

    /** EXP-02: the sub-specialties of the actor's pool below the minimum, and the pool's place under its cap. */
    @GetMapping("/shortfall")
    @PreAuthorize("hasAuthority('expert:read')")
    String shortfall(@AuthenticationPrincipal Actor actor, Model model) {
        Pool pool = pools.of(actor);
        model.addAttribute("pool", pool);
        model.addAttribute("occupancy", registry.occupancy(pool, java.time.LocalDate.ofInstant(clock.instant(), Zones.SHANGHAI)));
        model.addAttribute("rows", queries.shortfall(actor, pool));
        return "experts/shortfall";
    }
}
