package cn.anjian.calendar.web;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Choice;
import cn.anjian.kernel.FilterFormHtml;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListCount;
import cn.anjian.kernel.ListKitRows;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Fmt;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import cn.anjian.calendar.DeadlineKind;
import cn.anjian.kernel.SheetExport;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

import cn.anjian.kernel.PageRefusal;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.internal.DeadlineQueries;
import cn.anjian.calendar.internal.DeadlineService;
import cn.anjian.kernel.Actor;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** 期限督办 (CAL-06): scoped list with filters, the home-page panels, and the manage actions (CAL-04). */
@Controller
@RequestMapping("/calendar/deadlines")
@RequiredArgsConstructor
class DeadlinePageController {

    private final DeadlineQueries queries;
    private final DeadlineService deadlines;
    private final Clock clock;

    static final List<String> HEADER = List.of("期限", "类别", "依据", "届满", "状态", "逾期天数", "期间", "起算");

    record Filters(String state, String kind, String unitId, String jurisdictionId, String dueFrom, String dueTo) {
        FilterUrl url(String path) {
            return FilterUrl.of(path).with("state", state).with("kind", kind).with("unitId", unitId)
                    .with("jurisdictionId", jurisdictionId).with("dueFrom", dueFrom).with("dueTo", dueTo);
        }

        static Filters of(Map<String, String> q) {
            return new Filters(q.get("state"), q.get("kind"), q.get("unitId"), q.get("jurisdictionId"), q.get("dueFrom"),
                    q.get("dueTo"));
        }

        /** The same parser for the page and its export: a bad value is a 400 with a Chinese message. */
        DeadlineQueries.Filter parse(ListSort.Sort sort) {
            LocalDate from = Params.date("届满日起", dueFrom);
            LocalDate to = Params.date("届满日止", dueTo);
            if (from != null && to != null && from.isAfter(to)) {
                throw BusinessException.badInput("BAD-PARAMETER", "届满日期范围的起始日不能晚于结束日");
            }
            DeadlineKind k = kind == null || kind.isBlank() ? null
                    : Params.choice(DeadlineKind.class, "期限类别", kind, DeadlineKind::label);
            return new DeadlineQueries.Filter(CalendarParams.states(state), null, k, Params.optionalId("unitId", unitId),
                    Params.optionalId("jurisdictionId", jurisdictionId), from, to, sort);
        }

        /**
         * The filter form as the template's former markup rendered it (issue 20 item 7: a dozen expressions per request;
         * {@code DeadlineFilterHtmlTests} compares both), written with {@code th:utext} at six spaces.
         */
        String html(List<Choice> states, List<Choice> kinds, ListControls kit) {
            return new StringBuilder(4096)
                    .append("<form method=\"get\" action=\"/calendar/deadlines\" class=\"row g-2 align-items-end\" id=\"filter-form\">\n"
                            + "        <div class=\"col-6 col-md-2\">\n"
                            + "          <label class=\"form-label\" for=\"f-state\">状态</label>\n"
                            + "          <select class=\"form-select\" id=\"f-state\" name=\"state\">\n"
                            + "            <option value=\"\">进行中与已逾期</option>\n"
                            + "            ")
                    .append(Choice.options(states, 12))
                    .append("\n"
                            + "          </select>\n"
                            + "        </div>\n"
                            + "        <div class=\"col-6 col-md-2\">\n"
                            + "          <label class=\"form-label\" for=\"f-kind\">期限类别</label>\n"
                            + "          <select class=\"form-select\" id=\"f-kind\" name=\"kind\">\n"
                            + "            <option value=\"\">全部</option>\n"
                            + "            ")
                    .append(Choice.options(kinds, 12))
                    .append("\n"
                            + "          </select>\n"
                            + "        </div>\n"
                            + "        <div class=\"col-6 col-md-2\">\n"
                            + "          <label class=\"form-label\" for=\"f-from\">届满日 从</label>\n"
                            + "          <input class=\"form-control\" type=\"date\" id=\"f-from\" name=\"dueFrom\"")
                    .append(FilterFormHtml.value(dueFrom))
                    .append(">\n"
                            + "        </div>\n"
                            + "        <div class=\"col-6 col-md-2\">\n"
                            + "          <label class=\"form-label\" for=\"f-to\">至</label>\n"
                            + "          <input class=\"form-control\" type=\"date\" id=\"f-to\" name=\"dueTo\"")
                    .append(FilterFormHtml.value(dueTo))
                    .append(">\n"
                            + "        </div>\n"
                            + "        ")
                    .append(FilterFormHtml.keptOrder(kit, "\n        "))
                    .append("\n"
                            + "        ")
                    .append(FilterFormHtml.hidden("unitId", unitId))
                    .append("\n"
                            + "        ")
                    .append(FilterFormHtml.hidden("jurisdictionId", jurisdictionId))
                    .append("\n"
                            + "        <div class=\"col-12 col-md-1\"><button class=\"btn btn-primary w-100\" type=\"submit\">筛选</button></div>\n"
                            + "      </form>")
                    .toString();
        }

    }

    @GetMapping
    @PreAuthorize("hasAuthority('deadline:read')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal,
                CsrfToken csrf) {
        Filters f = Filters.of(q);
        List<Choice> states = Choice.of(DeadlineState.values(), DeadlineState::label, f.state());
        List<Choice> kinds = Choice.of(DeadlineKind.values(), DeadlineKind::label, f.kind());
        model.addAttribute("now", clock.instant());
        model.addAttribute("canManage", actor.hasPermission("deadline:manage"));
        model.addAttribute("currentUrl", "/calendar/deadlines");
        refusal.render("filterError", () -> {
            ListControls first = ListControls.of(f.url("/calendar/deadlines"), DeadlineQueries.SORT.defaults(), PageSize.DEFAULT);
            model.addAttribute("kit", first);
            model.addAttribute("filterHtml", f.html(states, kinds, first));
            DeadlineQueries.Page none = new DeadlineQueries.Page(List.of(), 0, 0, PageSize.DEFAULT);
            model.addAttribute("result", none);
            kitHtml(model, first, none, null, null);
            model.addAttribute("rowsHtml", DeadlineListRow.html(List.of(), false, null, ""));
            return "calendar/deadlines";
        });
        ListSort.Sort sort = DeadlineQueries.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        ListControls kit = ListControls.of(f.url("/calendar/deadlines"), sort, size);
        model.addAttribute("filterHtml", f.html(states, kinds, kit));
        // counted as the API counts (issue 20): at most 1,000, the pager then says "1000 条以上"
        DeadlineQueries.Page p = queries.list(actor, f.parse(sort), Params.page(q.get("page")), size, ListCount.CAPPED);
        model.addAttribute("kit", kit);
        model.addAttribute("result", p);
        // the rows written from Java with each form's CSRF field (DeadlineRowsHtmlTests pins the former th:each markup)
        model.addAttribute("rowsHtml", DeadlineListRow.html(DeadlineListRow.of(rows(p.items(), clock.instant(), actor)),
                actor.hasPermission("deadline:manage"), kit.page(p.page()),
                csrf == null ? "" : ListKitRows.csrfInput(csrf.getParameterName(), csrf.getToken())));
        model.addAttribute("currentUrl", kit.page(p.page()));
        kitHtml(model, kit, p, kit.prev(p.page()), p.hasNext() ? kit.page(p.page() + 1) : null);
        return "calendar/deadlines";
    }

    /** The export link and the pager, written once here (not by an interpreted expression per request). */
    private static void kitHtml(Model model, ListControls kit, DeadlineQueries.Page p, String prevUrl, String nextUrl) {
        model.addAttribute("exportHtml", kit.exportHtml("/calendar/deadlines/export"));
        model.addAttribute("pagerHtml", kit.pagerHtml(p.page(), p.pages(), p.totalCapped(), prevUrl, nextUrl));
    }

    /** The list as an Excel workbook, with the page's filters and order (issue 12: every main list exports). */
    @GetMapping("/export")
    @PreAuthorize("hasAuthority('deadline:read')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        return sheet(queries, clock, actor, q);
    }

    /** The export, shared with {@code GET /api/v1/calendar/deadlines/export}; a bad filter or sort is refused first. */
    static ResponseEntity<StreamingResponseBody> sheet(DeadlineQueries queries, Clock clock, Actor actor, Map<String, String> q) {
        DeadlineQueries.Filter filter = Filters.of(q).parse(DeadlineQueries.SORT.parse(q.get("sort")));
        Instant now = clock.instant();
        return SheetExport.attachment("期限督办.xlsx", "期限督办", HEADER, out -> queries.each(actor, filter, d -> {
            Row r = Row.of(d, now, actor);
            out.add(d.label(), r.kind().label(), r.kind().basis().orElse(""), r.due(), d.state().label(),
                    r.daysOverdue() > 0 ? r.daysOverdue() : null, d.period().label(), r.start());
        }));
    }

    /** Home-page panel: overdue deadlines in the user's scope (htmx fragment, no layout). */
    @GetMapping("/panel")
    @PreAuthorize("hasAuthority('deadline:read')")
    String panel(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("rows", rows(queries.overdue(actor, 10), clock.instant(), actor));
        model.addAttribute("total", queries.overdueCount(actor));
        model.addAttribute("now", clock.instant());
        return "calendar/panels :: overdue";
    }

    /** Home-page panel "我的待办": open deadlines owned by the user or their unit. */
    @GetMapping("/mine-panel")
    @PreAuthorize("hasAuthority('deadline:read')")
    String minePanel(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("rows", rows(queries.mine(actor, 10), clock.instant(), actor));
        model.addAttribute("now", clock.instant());
        return "calendar/panels :: mine";
    }

    @PostMapping("/{id}/met")
    @PreAuthorize("hasAuthority('deadline:manage')")
    String met(@AuthenticationPrincipal Actor actor, @PathVariable String id, RedirectAttributes r, PageRefusal refusal,
               @RequestParam(required = false) String back) {
        return act(actor, id, r, refusal, back, "已标记完成", DeadlineService.Action.MET, null);
    }

    @PostMapping("/{id}/waive")
    @PreAuthorize("hasAuthority('deadline:manage')")
    String waive(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                 @RequestParam(required = false) String reason, RedirectAttributes r, PageRefusal refusal,
                 @RequestParam(required = false) String back) {
        return act(actor, id, r, refusal, back, "已豁免", DeadlineService.Action.WAIVE, reason);
    }

    @PostMapping("/{id}/suspend")
    @PreAuthorize("hasAuthority('deadline:manage')")
    String suspend(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                   @RequestParam(required = false) String reason, RedirectAttributes r, PageRefusal refusal,
                   @RequestParam(required = false) String back) {
        return act(actor, id, r, refusal, back, "已中止计时", DeadlineService.Action.SUSPEND, reason);
    }

    @PostMapping("/{id}/resume")
    @PreAuthorize("hasAuthority('deadline:manage')")
    String resume(@AuthenticationPrincipal Actor actor, @PathVariable String id, RedirectAttributes r, PageRefusal refusal,
                  @RequestParam(required = false) String back) {
        return act(actor, id, r, refusal, back, "已恢复计时", DeadlineService.Action.RESUME, null);
    }

    private String act(Actor actor, String id, RedirectAttributes r, PageRefusal refusal, String back, String done,
                       DeadlineService.Action action, String reason) {
        Long deadlineId = Params.optionalId("id", id);
        if (deadlineId == null) {
            throw BusinessException.notFound("期限");
        }
        DeadlineView d = deadlines.findInScope(deadlineId, actor); // 404 for what the actor may not read
        // only a local list URL may be used to go back (no open redirect)
        String target = back != null && back.startsWith("/calendar/deadlines") && !back.startsWith("//") ? back : "/calendar/deadlines";
        refusal.redirect(target);
        deadlines.act(actor, deadlineId, action, reason); // refused in the domain unless owner, owner unit or head
        r.addFlashAttribute("flashMessage", "期限“" + d.label() + "”" + done);
        return "redirect:" + target;
    }

    /** A list row with what the page shows, computed here so templates stay logic-free. */
    record Row(DeadlineView d, long daysOverdue, String due, String start, DeadlineKind kind, String link,
               boolean actionable) {
        static Row of(DeadlineView d, Instant now, Actor actor) {
            String due = d.dueAt() == null ? "待录入该年度节假日后计算"
                    : d.period().kind() == cn.anjian.calendar.PeriodKind.HOURS
                    ? Fmt.dateTime(d.dueAt())
                    : Fmt.date(d.dueDate()) + " 24:00 前";
            boolean actionable = actor.hasPermission("deadline:manage") && (actor.hasPermission(DeadlineService.OVERSEE)
                    || Long.valueOf(actor.userId()).equals(d.ownerUserId())
                    || (d.ownerUnitId() != null && d.ownerUnitId().equals(actor.unitId())));
            return new Row(d, DeadlineQueries.daysOverdue(d, now), due, Fmt.dateTime(d.startAt()),
                    DeadlineKind.of(d.ruleId()), DeadlineLinks.of(d, actor), actionable);
        }
    }

    private static List<Row> rows(List<DeadlineView> items, Instant now, Actor actor) {
        return items.stream().map(d -> Row.of(d, now, actor)).toList();
    }
}
