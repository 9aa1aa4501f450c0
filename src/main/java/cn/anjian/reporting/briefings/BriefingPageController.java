package cn.anjian.reporting.briefings;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.Deadlines;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** SS-06: the department's briefings (list kit, draft, approval) and the supervisor's own "我的执法情况通报". */
@Controller
@RequestMapping("/reporting/briefings")
@RequiredArgsConstructor
class BriefingPageController {

    static final List<String> HEADER = List.of("部门", "通报期间", "标题", "状态", "通报时间", "通报人数", "已阅人数");
    static final String PATH = "/reporting/briefings";

    private final Briefings briefings;
    private final BriefingQueries queries;
    private final Deadlines deadlines;

    record BriefingForm(@NotBlank @Size(max = 200) String title, @NotBlank @Size(max = 20000) String body) {
    }

    private BriefingQueries.Filter filter(Map<String, String> q) {
        return new BriefingQueries.Filter(q.get("year") == null || q.get("year").isBlank() ? null : Params.integer("年度", q.get("year"), 0, 2000, 2100),
                Params.choice(Briefing.Status.class, "状态", q.get("status"), Briefing.Status::label));
    }

    @GetMapping
    @PreAuthorize("hasAuthority('stat-register:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        if (actor.hasPermission("stat-register:manage")) {
            briefings.ensureOwn(actor); // the half that ended last has its draft and deadline even before the daily job ran
        }
        model.addAttribute("q", q);
        model.addAttribute("statuses", Briefing.Status.values());
        refusal.render("filterError", () -> {
            model.addAttribute("result", queries.list(actor, new BriefingQueries.Filter(null, null), BriefingQueries.SORT.defaults(), 0, PageSize.DEFAULT));
            model.addAttribute("kit", ListControls.of(FilterUrl.of(PATH), BriefingQueries.SORT.defaults(), PageSize.DEFAULT));
            return "reporting/briefings/list";
        });
        BriefingQueries.Filter f = filter(q);
        ListSort.Sort sort = BriefingQueries.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(FilterUrl.of(PATH).with("year", q.get("year")).with("status", q.get("status")), sort, size));
        model.addAttribute("result", queries.list(actor, f, sort, Params.page(q.get("page")), size));
        return "reporting/briefings/list";
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('stat-register:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        BriefingQueries.Filter f = filter(q);
        ListSort.Sort sort = BriefingQueries.SORT.parse(q.get("sort"));
        return SheetExport.attachment("向社会监督员通报.xlsx", "通报", HEADER, rows -> queries.each(actor, f, sort,
                r -> rows.add(r.agencyName(), r.period(), r.title(), r.status().label(), Fmt.dateTime(r.deliveredAt()), r.recipients(), r.read())));
    }

    @GetMapping("/{id}")
    @PreAuthorize("hasAuthority('stat-register:read')")
    String detail(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        Briefings.View b = briefings.view(actor, id);
        model.addAttribute("b", b);
        if (!model.containsAttribute("form")) {
            model.addAttribute("form", new BriefingForm(b.title(), b.body()));
        }
        model.addAttribute("due", b.deadlineId() == null ? null : deadlines.find(new DeadlineId(b.deadlineId())).orElse(null));
        model.addAttribute("deliveries", queries.deliveries(id));
        model.addAttribute("figures", briefings.figures(actor, id));
        model.addAttribute("mayDrill", actor.hasPermission("statistics:read"));
        model.addAttribute("mayManage", actor.hasPermission("stat-register:manage") && b.agencyId() == actor.agencyId());
        return "reporting/briefings/detail";
    }

    @PostMapping("/{id}")
    @PreAuthorize("hasAuthority('stat-register:manage')")
    String edit(@AuthenticationPrincipal Actor actor, @PathVariable long id, @Valid @ModelAttribute("form") BriefingForm form,
                BindingResult errors, PageRefusal refusal, Model model, RedirectAttributes flash) {
        briefings.load(actor, id); // another county's briefing: 404 before the form is read
        refusal.render(() -> detail(actor, id, model)).field("SS-06-TITLE", "title").field("SS-06-BODY", "body");
        refusal.check(errors);
        briefings.edit(actor, id, form.title(), form.body());
        flash.addFlashAttribute("notice", "通报已保存");
        return "redirect:" + PATH + "/" + id;
    }

    @PostMapping("/{id}/prefill")
    @PreAuthorize("hasAuthority('stat-register:manage')")
    String prefill(@AuthenticationPrincipal Actor actor, @PathVariable long id, PageRefusal refusal, RedirectAttributes flash) {
        briefings.load(actor, id);
        refusal.redirect(PATH + "/" + id);
        briefings.prefill(actor, id);
        flash.addFlashAttribute("notice", "已按本期执法数据生成通报内容，请核对修改");
        return "redirect:" + PATH + "/" + id;
    }

    @PostMapping("/{id}/submission")
    @PreAuthorize("hasAuthority('stat-register:manage')")
    String submit(@AuthenticationPrincipal Actor actor, @PathVariable long id, PageRefusal refusal, RedirectAttributes flash) {
        briefings.load(actor, id);
        refusal.redirect(PATH + "/" + id);
        briefings.submit(actor, id);
        flash.addFlashAttribute("notice", "通报已提交局长审定");
        return "redirect:" + PATH + "/" + id;
    }

    @GetMapping("/mine")
    @PreAuthorize("hasAuthority('briefing:receive')")
    String mine(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model) {
        ListSort.Sort sort = BriefingQueries.MINE_SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        model.addAttribute("kit", ListControls.of(FilterUrl.of(PATH + "/mine"), sort, size));
        model.addAttribute("result", queries.mine(actor, sort, Params.page(q.get("page")), size));
        return "reporting/briefings/mine";
    }

    @GetMapping("/mine/{id}")
    @PreAuthorize("hasAuthority('briefing:receive')")
    String mineOne(@AuthenticationPrincipal Actor actor, @PathVariable long id, Model model) {
        model.addAllAttributes(queries.open(actor, id));
        return "reporting/briefings/mine-one";
    }

    @GetMapping("/mine-panel")
    @PreAuthorize("hasAuthority('briefing:receive')")
    String panel(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("unread", queries.unread(actor));
        model.addAttribute("latest", queries.mine(actor, BriefingQueries.MINE_SORT.defaults(), 0, 3).items());
        return "reporting/briefings/mine :: panel";
    }
}
