package cn.anjian.calendar.web;

import lombok.RequiredArgsConstructor;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import cn.anjian.calendar.DeadlineState;
import cn.anjian.calendar.internal.DeadlineQueries;
import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.Zones;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The workbench's deadline counts (htmx fragment): open deadlines due within 7 days and overdue ones, each
 * counted with the deadline list's own query ({@link DeadlineQueries#list}) and linking to that list with the
 * same filter, so the number is what the list shows — and whatever scoping the list applies (owner, unit,
 * jurisdiction) the count applies too.
 */
@Controller
@RequiredArgsConstructor
class DeadlineCountsController {

    static final int DUE_SOON_DAYS = 7;

    private final DeadlineQueries queries;
    private final Clock clock;

    @GetMapping("/calendar/deadlines/counts")
    @PreAuthorize("hasAuthority('deadline:read')")
    String counts(@AuthenticationPrincipal Actor actor, Model model) {
        LocalDate today = LocalDate.now(clock.withZone(Zones.SHANGHAI));
        LocalDate until = today.plusDays(DUE_SOON_DAYS);
        model.addAttribute("dueSoon", queries.list(actor, new DeadlineQueries.Filter(List.of(DeadlineState.OPEN), null,
                null, null, today, until), 0, 1).total());
        model.addAttribute("dueSoonUrl", FilterUrl.of("/calendar/deadlines").with("state", "OPEN")
                .with("dueFrom", today.toString()).with("dueTo", until.toString()).toString());
        model.addAttribute("overdue", queries.list(actor, new DeadlineQueries.Filter(List.of(DeadlineState.OVERDUE), null,
                null, null, null, null), 0, 1).total());
        return "calendar/home-counts :: counts";
    }
}
