package cn.anjian.calendar.web;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Fmt;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;

import cn.anjian.kernel.PageRefusal;
import cn.anjian.calendar.DeadlineId;
import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.internal.DeadlineQueries;
import cn.anjian.calendar.internal.DeadlineService;
import cn.anjian.kernel.Actor;
import cn.anjian.calendar.DeadlineView;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.Params;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
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

    record Filters(String state, String ruleId, String unitId, String jurisdictionId, String dueFrom, String dueTo) {
        String query(int page) {
            return FilterUrl.of("/calendar/deadlines").with("state", state).with("ruleId", ruleId).with("unitId", unitId).with("jurisdictionId", jurisdictionId).with("dueFrom", dueFrom).with("dueTo", dueTo).page(page);
        }
    }

    @GetMapping
    @PreAuthorize("hasAuthority('deadline:read')")
    String list(@AuthenticationPrincipal Actor actor,
                @RequestParam(required = false) String state, @RequestParam(required = false) String ruleId,
                @RequestParam(required = false) String unitId, @RequestParam(required = false) String jurisdictionId,
                @RequestParam(required = false) String dueFrom, @RequestParam(required = false) String dueTo,
                @RequestParam(required = false) String page, Model model, PageRefusal refusal) {
        Filters f = new Filters(state, ruleId, unitId, jurisdictionId, dueFrom, dueTo);
        model.addAttribute("f", f);
        model.addAttribute("states", DeadlineState.values());
        model.addAttribute("now", clock.instant());
        refusal.render("filterError", () -> {
            model.addAttribute("result", new DeadlineQueries.Page(List.of(), 0, 0, DeadlineQueries.PAGE_SIZE));
            model.addAttribute("rows", List.of());
            if (!model.containsAttribute("currentUrl")) {
                model.addAttribute("currentUrl", "/calendar/deadlines");
            }
            model.addAttribute("canManage", actor.hasPermission("deadline:manage"));
            return "calendar/deadlines";
        });
        LocalDate from = Params.date("dueFrom", dueFrom);
        LocalDate to = Params.date("dueTo", dueTo);
        if (from != null && to != null && from.isAfter(to)) {
            throw BusinessException.badInput("BAD-PARAMETER", "届满日期范围的起始日不能晚于结束日");
        }
        DeadlineQueries.Page p = queries.list(actor.scope(), new DeadlineQueries.Filter(CalendarParams.states(state),
                CalendarParams.ruleId(ruleId), Params.optionalId("unitId", unitId), Params.optionalId("jurisdictionId", jurisdictionId),
                from, to), Params.page(page), DeadlineQueries.PAGE_SIZE);
        model.addAttribute("result", p);
        model.addAttribute("rows", rows(p.items(), clock.instant()));
        model.addAttribute("currentUrl", f.query(p.page()));
        model.addAttribute("prevUrl", p.page() > 0 ? f.query(p.page() - 1) : null);
        model.addAttribute("nextUrl", p.hasNext() ? f.query(p.page() + 1) : null);
        if (!model.containsAttribute("currentUrl")) {
            model.addAttribute("currentUrl", "/calendar/deadlines");
        }
        model.addAttribute("canManage", actor.hasPermission("deadline:manage"));
        return "calendar/deadlines";
    }

    /** Home-page panel: overdue deadlines in the user's scope (htmx fragment, no layout). */
    @GetMapping("/panel")
    @PreAuthorize("hasAuthority('deadline:read')")
    String panel(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("rows", rows(queries.overdue(actor.scope(), 10), clock.instant()));
        model.addAttribute("total", queries.overdueCount(actor.scope()));
        model.addAttribute("now", clock.instant());
        return "calendar/panels :: overdue";
    }

    /** Home-page panel "我的待办": open deadlines owned by the user or their unit. */
    @GetMapping("/mine-panel")
    @PreAuthorize("hasAuthority('deadline:read')")
    String minePanel(@AuthenticationPrincipal Actor actor, Model model) {
        model.addAttribute("rows", rows(queries.mine(actor.scope(), actor.userId(), actor.unitId(), 10), clock.instant()));
        model.addAttribute("now", clock.instant());
        return "calendar/panels :: mine";
    }

    @PostMapping("/{id}/met")
    @PreAuthorize("hasAuthority('deadline:manage')")
    String met(@AuthenticationPrincipal Actor actor, @PathVariable String id, RedirectAttributes r, PageRefusal refusal,
               @RequestParam(required = false) String back) {
        return act(actor, id, r, refusal, back, "已标记完成", d -> deadlines.markMet(d, clock.instant()));
    }

    @PostMapping("/{id}/waive")
    @PreAuthorize("hasAuthority('deadline:manage')")
    String waive(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                 @RequestParam(required = false) String reason, RedirectAttributes r, PageRefusal refusal,
                 @RequestParam(required = false) String back) {
        return act(actor, id, r, refusal, back, "已豁免", d -> deadlines.waive(d, reason));
    }

    @PostMapping("/{id}/suspend")
    @PreAuthorize("hasAuthority('deadline:manage')")
    String suspend(@AuthenticationPrincipal Actor actor, @PathVariable String id,
                   @RequestParam(required = false) String reason, RedirectAttributes r, PageRefusal refusal,
                   @RequestParam(required = false) String back) {
        return act(actor, id, r, refusal, back, "已中止计时", d -> deadlines.suspend(d, reason, clock.instant()));
    }

    @PostMapping("/{id}/resume")
    @PreAuthorize("hasAuthority('deadline:manage')")
    String resume(@AuthenticationPrincipal Actor actor, @PathVariable String id, RedirectAttributes r, PageRefusal refusal,
                  @RequestParam(required = false) String back) {
        return act(actor, id, r, refusal, back, "已恢复计时", d -> deadlines.resume(d, clock.instant()));
    }

    private String act(Actor actor, String id, RedirectAttributes r, PageRefusal refusal, String back, String done,
                       Consumer<DeadlineId> action) {
        Long deadlineId = Params.optionalId("id", id);
        if (deadlineId == null) {
            throw BusinessException.notFound("期限");
        }
        deadlines.findInScope(deadlineId, actor.scope()); // 404 outside the actor's scope
        // only a local list URL may be used to go back (no open redirect)
        String target = back != null && back.startsWith("/calendar/deadlines") && !back.startsWith("//") ? back : "/calendar/deadlines";
        refusal.redirect(target);
        action.accept(new DeadlineId(deadlineId));
        r.addFlashAttribute("flashMessage", "期限 #" + deadlineId + " " + done);
        return "redirect:" + target;
    }

    /** A list row with what the page shows, computed here so templates stay logic-free. */
    record Row(DeadlineView d, long daysOverdue, String due, String start) {
        static Row of(DeadlineView d, Instant now) {
            String due = d.dueAt() == null ? "待录入该年度节假日后计算"
                    : d.period().kind() == cn.anjian.calendar.PeriodKind.HOURS
                    ? Fmt.dateTime(d.dueAt())
                    : d.dueDate() + " 24:00 前";
            return new Row(d, DeadlineQueries.daysOverdue(d, now), due,
                    Fmt.dateTime(d.startAt()));
        }
    }

    private static List<Row> rows(List<DeadlineView> items, Instant now) {
        return items.stream().map(d -> Row.of(d, now)).toList();
    }
}
