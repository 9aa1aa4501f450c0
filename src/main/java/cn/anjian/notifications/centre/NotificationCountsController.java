package cn.anjian.notifications.centre;

import lombok.RequiredArgsConstructor;

import cn.anjian.kernel.Actor;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The workbench's count of the user's unread notifications (htmx fragment), linking to the unread list. */
@Controller
@RequiredArgsConstructor
class NotificationCountsController {

    private final NotificationSources sources;
    private final NotificationStore store;

    @GetMapping("/notifications/counts")
    @PreAuthorize("hasAuthority('home:view')")
    String counts(@AuthenticationPrincipal Actor actor, Model model) {
        sources.pull(actor);
        model.addAttribute("unread", store.unreadCount(actor.userId()));
        return "notifications/home-counts :: counts";
    }
}
