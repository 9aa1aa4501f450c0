package cn.anjian.notifications.centre;

import lombok.RequiredArgsConstructor;

import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.FilterUrl;
import cn.anjian.kernel.PageRefusal;
import cn.anjian.kernel.Fmt;
import cn.anjian.kernel.ListControls;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import cn.anjian.kernel.SheetExport;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
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
    String list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q, Model model, PageRefusal refusal) {
        model.addAttribute("kinds", NotificationKind.values());
        model.addAttribute("readStates", ReadFilter.values());
        model.addAttribute("kind", q.get("kind"));
        model.addAttribute("read", q.get("read"));
        refusal.render("filterError", () -> {
            model.addAttribute("items", List.of());
            model.addAttribute("kit", ListControls.of(filters(q), NotificationStore.SORT.defaults(), PageSize.DEFAULT));
            model.addAttribute("pageLabel", "第 1 / 1 页");
            return "notifications/list";
        });
        NotificationKind k = kind(q);
        ReadFilter r = read(q);
        ListSort.Sort sort = NotificationStore.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        int requested = Params.page(q.get("page"));
        sources.pull(actor);
        NotificationStore.Page p = store.list(actor.userId(), k, r, sort, requested, size);
        ListControls kit = ListControls.of(filters(q), sort, size);
        model.addAttribute("kit", kit);
        model.addAttribute("items", p.items());
        model.addAttribute("unread", store.unreadCount(actor.userId()));
        model.addAttribute("pageLabel", "第 " + (p.page() + 1) + " / " + p.pages() + " 页，共 " + p.total() + " 条");
        model.addAttribute("prevUrl", kit.prev(p.page()));
        model.addAttribute("nextUrl", kit.next(p.page(), p.total()));
        return "notifications/list";
    }

    /** One's own notifications as Excel (issue 12), for the page and the API: the list's filters and sort. */
    @GetMapping("/export")
    @PreAuthorize("hasAuthority('home:view')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        return sheet(store, actor, q);
    }

    /** The export, shared with {@code GET /api/v1/notifications/export}. */
    static ResponseEntity<StreamingResponseBody> sheet(NotificationStore store, Actor actor, Map<String, String> q) {
        NotificationKind k = kind(q);                                     // refused before the response starts
        ReadFilter r = read(q);
        ListSort.Sort sort = NotificationStore.SORT.parse(q.get("sort"));
        return SheetExport.attachment("我的消息.xlsx", "消息", HEADER, rows -> store.each(actor.userId(), k, r, sort,
                n -> rows.add(n.title(), n.kindLabel(), Fmt.dateTime(n.createdAt()), n.read() ? "已读" : "未读",
                        Fmt.dateTime(n.readAt()))));
    }

    static final List<String> HEADER = List.of("消息", "类别", "时间", "阅读状态", "阅读时间");

    static NotificationKind kind(Map<String, String> q) {
        return Params.choice(NotificationKind.class, "消息类别", q.get("kind"), NotificationKind::label);
    }

    static ReadFilter read(Map<String, String> q) {
        return Params.choice(ReadFilter.class, "阅读状态", q.get("read"), ReadFilter::label);
    }

    /** The list's filters, kept in its pager, sort, size and export links. */
    static FilterUrl filters(Map<String, String> q) {
        return FilterUrl.of("/notifications").with("kind", q.get("kind")).with("read", q.get("read"));
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
        NotificationStore.Page p = store.list(actor.userId(), null, ReadFilter.UNREAD, NotificationStore.SORT.defaults(), 0, PageSize.DEFAULT);
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
