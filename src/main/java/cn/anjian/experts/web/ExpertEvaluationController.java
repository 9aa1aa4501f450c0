package cn.anjian.experts.web;

import lombok.RequiredArgsConstructor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.experts.meetings.EvaluationGrade;
import cn.anjian.experts.meetings.MeetingQueries;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** EXP-17: the yearly evaluations in scope (list kit, Excel export). */
@Controller
@RequestMapping("/experts/evaluations")
@RequiredArgsConstructor
class ExpertEvaluationController {

    static final List<String> HEADER = List.of("姓名", "行业领域", "年度", "考核等次", "年度派遣次数", "考核意见和理由", "专家库");

    private final MeetingQueries queries;

    @GetMapping
    @PreAuthorize("hasAuthority('expert:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> params, Model model, PageRefusal refusal) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String k : List.of("year", "grade")) {
            q.put(k, params.getOrDefault(k, "").strip());
        }
        model.addAttribute("q", q);
        model.addAttribute("grades", EvaluationGrade.values());
        FilterUrl url = FilterUrl.of("/experts/evaluations").with("year", q.get("year")).with("grade", q.get("grade"));
        refusal.render("filterError", () -> {
            model.addAttribute("result", queries.evaluations(actor, new MeetingQueries.EvaluationFilter(null, null),
                    MeetingQueries.EVALUATION_SORT.defaults(), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(url, MeetingQueries.EVALUATION_SORT.defaults(), PageSize.DEFAULT));
            return "experts/evaluations";
        });
        MeetingQueries.EvaluationFilter filter = MeetingQueries.evaluationFilter(q);
        ListSort.Sort sort = MeetingQueries.EVALUATION_SORT.parse(params.get("sort"));
        int size = PageSize.parse(params.get("size"));
        model.addAttribute("kit", ListControls.of(url, sort, size));
        model.addAttribute("result", queries.evaluations(actor, filter, sort, Params.page(params.get("page")), size));
        return "experts/evaluations";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('expert:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        MeetingQueries.EvaluationFilter f = MeetingQueries.evaluationFilter(q);
        ListSort.Sort sort = MeetingQueries.EVALUATION_SORT.parse(q.get("sort"));
        return SheetExport.attachment("专家年度考核.xlsx", "年度考核", HEADER, rows -> queries.eachEvaluation(actor, f, sort,
                r -> rows.add(r.name(), r.fieldName(), String.valueOf(r.year()), r.grade().label(), String.valueOf(r.dispatches()),
                        r.reason(), r.agencyName())));
    }
}
