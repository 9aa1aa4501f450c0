package cn.anjian.experts.dispatches;

import jakarta.validation.Valid;
import lombok.RequiredArgsConstructor;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.enterprises.Enterprises;
import cn.anjian.experts.dispatches.DispatchEnums.Status;
import cn.anjian.experts.dispatches.DispatchEnums.TitleGrade;
import cn.anjian.experts.draws.Draws;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.Like;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The using unit's dispatch list (list kit, export) and the dispatch approval form (annex 4, EXP-09/10/12/16). */
@Controller
@RequiredArgsConstructor
class DispatchPageController {

    static final List<String> HEADER = List.of("任务名称", "任务地点", "开始日期", "结束日期", "专家", "选取方式", "使用股室",
            "劳务报酬（元）", "状态", "服务质量总体评价", "质量登记表报送人事教育股");

    private final DispatchQueries queries;
    private final DispatchRequests requests;
    private final Draws draws;
    private final Enterprises enterprises;
    private final UseApplications applications;
    private final JdbcClient jdbc;

    @GetMapping("/experts/dispatches")
    @PreAuthorize("hasAuthority('expert:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> params, Model model, PageRefusal refusal) {
        Map<String, String> q = new LinkedHashMap<>();
        for (String k : List.of("q", "status", "hr")) {
            q.put(k, params.getOrDefault(k, "").strip());
        }
        model.addAttribute("q", q);
        model.addAttribute("statuses", Status.values());
        refusal.render("filterError", () -> {
            model.addAttribute("result", queries.list(actor, new DispatchQueries.Filter(null, null, false),
                    DispatchQueries.SORT.defaults(), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(url(q), DispatchQueries.SORT.defaults(), PageSize.DEFAULT));
            return "experts/dispatches/list";
        });
        DispatchQueries.Filter filter = filter(q);
        ListSort.Sort sort = DispatchQueries.SORT.parse(params.get("sort"));
        int size = PageSize.parse(params.get("size"));
        model.addAttribute("result", queries.list(actor, filter, sort, Params.page(params.get("page")), size));
        model.addAttribute("kit", ListControls.of(url(q), sort, size));
        return "experts/dispatches/list";
    }

    static DispatchQueries.Filter filter(Map<String, String> q) {
        return new DispatchQueries.Filter(q.get("q"), Params.choice(Status.class, "状态", q.get("status"), Status::label),
                Params.flag("报送人事教育股", q.get("hr")));
    }

    static FilterUrl url(Map<String, String> q) {
        return FilterUrl.of("/experts/dispatches").with("q", q.get("q")).with("status", q.get("status")).with("hr", q.get("hr"));
    }

    @GetMapping({"/experts/dispatches/export", "/api/v1/experts/dispatches/export"})
    @PreAuthorize("hasAuthority('expert:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        DispatchQueries.Filter f = filter(q);
        ListSort.Sort sort = DispatchQueries.SORT.parse(q.get("sort"));
        Params.text("任务、专家或地点", f.q(), 50);
        return SheetExport.attachment("专家派遣.xlsx", "专家派遣", HEADER, rows -> queries.each(actor, f, sort, d -> rows.add(
                d.task(), Fmt.text(d.place()), Fmt.date(d.taskStart()), Fmt.date(d.taskEnd()), Fmt.text(d.expertName()),
                d.source().label(), Fmt.text(d.unitName()), d.paid() ? d.fee().toPlainString() : "", d.status().label(),
                d.qOverall() == null ? "" : d.qOverall().label(), d.hrCopyAt() == null ? "" : Fmt.date(d.hrCopyAt()))));
    }

    @GetMapping("/experts/dispatches/new")
    @PreAuthorize("hasAuthority('expert:dispatch')")
    String form(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String draw, Model model) {
        Long drawId = Params.optionalId("抽取记录", draw);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", DispatchForm.blank(drawId));
        }
        return formPage(actor, drawId, model);
    }

    @PostMapping("/experts/dispatches")
    @PreAuthorize("hasAuthority('expert:dispatch')")
    String create(@AuthenticationPrincipal Actor actor, @Valid @ModelAttribute("form") DispatchForm form, BindingResult errors,
                  Model model, PageRefusal refusal, RedirectAttributes flash) {
        DispatchForm.fields(refusal.render(() -> formPage(actor, safeId(form.drawId()), model)));
        refusal.check(errors);
        long id = requests.request(actor, form.toNew(target(actor, form.targetCreditCode())));
        flash.addFlashAttribute("flashMessage", "派遣审批单已提交分管领导审签");
        return "redirect:/experts/dispatches/" + id;
    }

    /** The target enterprise named by its credit code, in the actor's scope (400 otherwise); null when blank. */
    Long target(Actor actor, String creditCode) {
        String code = creditCode == null ? "" : creditCode.strip();
        return code.isEmpty() ? null : enterprises.findByCreditCode(actor, code).orElseThrow(() -> BusinessException.badInput(
                "EXP-TARGET", "您管辖范围内没有这个统一社会信用代码的生产经营单位")).id();
    }

    /** Experts of the actor's own pool matching a name, for the typeahead (at most 10, names and fields only). */
    @GetMapping("/experts/dispatches/candidates")
    @PreAuthorize("hasAuthority('expert:read')")
    @ResponseBody
    List<Map<String, Object>> candidates(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String q) {
        String text = Params.text("姓名", q, 20);
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                SELECT e.id, e.name, f.name AS field_name, e.employer_name FROM exp_expert e JOIN exp_field f ON f.code = e.field_code
                WHERE e.agency_id = :a AND e.status = 'ACTIVE' AND e.name LIKE :q ORDER BY e.name, e.id LIMIT 10""")
                .param("a", actor.agencyId()).param("q", Like.contains(text))
                .query((rs, n) -> Map.<String, Object>of("id", rs.getLong("id"), "label",
                        rs.getString("name") + "（" + rs.getString("field_name") + " · " + rs.getString("employer_name") + "）"))
                .list();
    }

    private String formPage(Actor actor, Long drawId, Model model) {
        model.addAttribute("recentDraws", draws.recent(actor, 20));
        model.addAttribute("draw", drawId == null ? null : draws.get(actor, drawId));
        model.addAttribute("grades", TitleGrade.values());
        model.addAttribute("applications", applications.list(actor).stream()
                .filter(a -> a.status() == UseApplication.Status.APPROVED).toList());
        return "experts/dispatches/new";
    }

    private static Long safeId(String v) {
        try {
            return DispatchForm.id(v);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
