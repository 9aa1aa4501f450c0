package cn.anjian.notifications.centre;

import lombok.RequiredArgsConstructor;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.Actor;
import cn.anjian.kernel.ListSort;
import cn.anjian.kernel.PageSize;
import cn.anjian.kernel.Params;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The current user's notifications; another user's answer 404. */
@RestController
@RequestMapping("/api/v1/notifications")
@RequiredArgsConstructor
class NotificationApiController {

    private final NotificationSources sources;
    private final NotificationStore store;

    record Item(long id, String kind, String kindLabel, String title, String link, Instant createdAt, Instant readAt,
                boolean read) {
        static Item of(NotificationView n) {
            return new Item(n.id(), n.kind().name(), n.kindLabel(), n.title(), n.link(), n.createdAt(), n.readAt(), n.read());
        }
    }

    record ItemPage(List<Item> items, int page, int pageSize, long total, long unread) {
    }

    @GetMapping
    @PreAuthorize("hasAuthority('home:view')")
    ItemPage list(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        NotificationKind k = NotificationPageController.kind(q);
        ReadFilter r = NotificationPageController.read(q);
        ListSort.Sort sort = NotificationStore.SORT.parse(q.get("sort"));
        int size = PageSize.parse(q.get("size"));
        sources.pull(actor);
        NotificationStore.Page p = store.list(actor.userId(), k, r, sort, Params.page(q.get("page")), size);
        return new ItemPage(p.items().stream().map(Item::of).toList(), p.page(), p.pageSize(), p.total(),
                store.unreadCount(actor.userId()));
    }

    @GetMapping("/export")
    @PreAuthorize("hasAuthority('home:view')")
    ResponseEntity<StreamingResponseBody> export(@AuthenticationPrincipal Actor actor, @RequestParam Map<String, String> q) {
        return NotificationPageController.sheet(store, actor, q);
    }

    @PostMapping("/{id}/read")
    @PreAuthorize("hasAuthority('home:view')")
    Item read(@AuthenticationPrincipal Actor actor, @PathVariable String id) {
        return Item.of(store.read(actor.userId(), Params.id("id", id)));
    }

    @PostMapping("/read-all")
    @PreAuthorize("hasAuthority('home:view')")
    Map<String, Integer> readAll(@AuthenticationPrincipal Actor actor) {
        return Map.of("marked", store.readAll(actor.userId()));
    }
}
