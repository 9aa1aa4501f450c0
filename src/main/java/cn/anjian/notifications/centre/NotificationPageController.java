package cn.anjian.notifications.centre;

import lombok.RequiredArgsConstructor;

import java.util.List;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.PageRefusal;
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

/** The message centre, the header's unread badge and the home page's panel (htmx fragments). */
@Controller
@RequestMapping("/notifications")
@RequiredArgsConstructor
class NotificationPageController {

    static final int PANEL_SIZE = 5;

    private final NotificationSources sources;
    private final NotificationStore store;

    @GetMapping
    @PreAuthorize("hasAuthority('home:view')")
    String list(@AuthenticationPrincipal Actor actor, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String read, @RequestParam(required = false) String page,
                Model model, PageRefusal refusal) {
        model.addAttribute("kinds", NotificationKind.values());
        model.addAttribute("readStates", ReadFilter.values());
        model.addAttribute("kind", kind);
        model.addAttribute("read", read);
        refusal.render("filterError", () -> {
            model.addAttribute("items", List.of());
            model.addAttribute("pageLabel", "第 1 / 1 页");
            return "notifications/list";
        });
        NotificationKind k = Params.choice(NotificationKind.class, "消息类别", kind, NotificationKind::label);
        ReadFilter r = Params.choice(ReadFilter.class, "阅读状态", read, ReadFilter::label);
        int requested = Params.page(page);
        sources.pull(actor);
        NotificationStore.Page p = store.list(actor.userId(), k, r, requested);
        FilterUrl url = FilterUrl.of("/notifications").with("kind", kind).with("read", read);
        model.addAttribute("items", p.items());
        model.addAttribute("unread", store.unreadCount(actor.userId()));
        model.addAttribute("pageLabel", "第 " + (p.page() + 1) + " / " + p.pages() + " 页，共 " + p.total() + " 条");
        model.addAttribute("prevUrl", p.page() > 0 ? url.page(p.page() - 1) : null);
        model.addAttribute("nextUrl", p.hasNext() ? url.page(p.page() + 1) : null);
        return "notifications/list";
    }

    /** The header's badge: the number of unread notifications (htmx, loaded on every page). */
    @GetMapping("/badge")
    @PreAuthorize("hasAuthority('home:view')")
    String badge(@AuthenticationPrincipal Actor actor, Model model) {
        sources.pull(actor);
        model.addAttribute("unread", store.unreadCount(actor.userId()));
        return "notifications/fragments :: badge";
    }

    /** The home page's block: the latest unread notifications. */
    @GetMapping("/panel")
    @PreAuthorize("hasAuthority('home:view')")
    String panel(@AuthenticationPrincipal Actor actor, Model model) {
        sources.pull(actor);
        NotificationStore.Page p = store.list(actor.userId(), null, ReadFilter.UNREAD, 0);
        model.addAttribute("items", p.items().stream().limit(PANEL_SIZE).toList());
        model.addAttribute("unread", p.total());
        return "notifications/fragments :: panel";
    }

    /** Marks one read and goes to its subject (or back to the centre when it has no page). */
    @PostMapping("/{id}/open")
    @PreAuthorize("hasAuthority('home:view')")
    String open(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        NotificationView n = store.read(actor.userId(), Params.id("id", id));
        return "redirect:" + (n.link() == null ? "/notifications" : n.link());
    }

    @PostMapping("/{id}/read")
    @PreAuthorize("hasAuthority('home:view')")
    String read(@AuthenticationPrincipal Actor actor, @PathVariable String id, RedirectAttributes flash) {
        store.read(actor.userId(), Params.id("id", id));
        flash.addFlashAttribute("flashMessage", "已标为已读");
        return "redirect:/notifications";
    }

    @PostMapping("/read-all")
    @PreAuthorize("hasAuthority('home:view')")
    String readAll(@AuthenticationPrincipal Actor actor, RedirectAttributes flash) {
        int n = store.readAll(actor.userId());
        flash.addFlashAttribute("flashMessage", n == 0 ? "没有未读消息" : "已将 " + n + " 条消息标为已读");
        return "redirect:/notifications";
    }
}
