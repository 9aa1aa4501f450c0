package cn.anjian.notifications.centre;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.PageSlice;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The notifications of one person. Every read and every change names the person: another person's
 * notification is "not found" (404), like a record outside one's scope (ORG-03).
 */
@Component
@Transactional(readOnly = true)
@RequiredArgsConstructor
class NotificationStore {

    static final int PAGE_SIZE = 20;
    static final String WHAT = "该消息";

    private final JdbcClient jdbc;
    private final NotificationRepository repository;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    record Page(List<NotificationView> items, int page, long total, int pageSize) {
        int pages() {
            return (int) Math.max(1, (total + pageSize - 1) / pageSize);
        }

        boolean hasNext() {
            return page + 1 < pages();
        }
    }

    /** Adds a notification unless this person already has one with this key; returns whether it was added. */
    @Transactional
    boolean add(long userId, NotificationKind kind, String title, String link, String dedupeKey) {
        int rows = jdbc.sql("""
                        INSERT INTO ntf_notification (user_id, kind, title, link, created_at, dedupe_key)
                        VALUES (:u, :k, :t, :l, :at, :d)
                        ON CONFLICT (user_id, dedupe_key) DO NOTHING""")
                .param("u", userId).param("k", kind.name()).param("t", abbreviate(title, 500))
                .param("l", safeLink(link)).param("at", Timestamp.from(clock.instant())).param("d", dedupeKey)
                .update();
        return rows > 0;
    }

    /** Newest first, filtered by kind and read state (null: all). */
    Page list(long userId, NotificationKind kind, ReadFilter read, int page) {
        StringBuilder where = new StringBuilder(" WHERE user_id = :u");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("u", userId);
        if (kind != null) {
            where.append(" AND kind = :k");
            params.put("k", kind.name());
        }
        if (read == ReadFilter.UNREAD) {
            where.append(" AND read_at IS NULL");
        } else if (read == ReadFilter.READ) {
            where.append(" AND read_at IS NOT NULL");
        }
        long total = jdbc.sql("SELECT count(*) FROM ntf_notification" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, PAGE_SIZE, total);
        List<NotificationView> items = jdbc.sql("SELECT id, kind, title, link, created_at, read_at FROM ntf_notification"
                        + where + " ORDER BY created_at DESC, id DESC " + slice.window())
                .params(params).query((rs, n) -> new NotificationView(rs.getLong("id"),
                        NotificationKind.valueOf(rs.getString("kind")), rs.getString("title"), rs.getString("link"),
                        instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("read_at")))).list();
        return new Page(items, slice.page(), total, PAGE_SIZE);
    }

    long unreadCount(long userId) {
        return jdbc.sql("SELECT count(*) FROM ntf_notification WHERE user_id = :u AND read_at IS NULL")
                .param("u", userId).query(Long.class).single();
    }

    /** Marks one of the person's notifications read (again: nothing changes); returns it. */
    @Transactional
    NotificationView read(long userId, long id) {
        Notification n = repository.findByIdAndUserId(id, userId)
                .orElseThrow(() -> BusinessException.notFound(WHAT));
        if (n.markRead(clock.instant())) {
            n = repository.save(n);
            events.publishEvent(AuditableEvent.change("notifications.read", "notification", id, null, Map.of("read", true)));
        }
        return n.view();
    }

    /** Marks all the person's unread notifications read; returns how many. */
    @Transactional
    int readAll(long userId) {
        Instant now = clock.instant();
        List<Notification> unread = repository.findByUserIdAndReadAtIsNull(userId);
        unread.forEach(n -> n.markRead(now));
        repository.saveAll(unread);
        if (!unread.isEmpty()) {
            events.publishEvent(AuditableEvent.change("notifications.read-all", "notification_user", userId, null,
                    Map.of("count", unread.size())));
        }
        return unread.size();
    }

    /** Only local paths are stored (a notification never sends a person off-site). */
    static String safeLink(String link) {
        if (link == null || !link.startsWith("/") || link.startsWith("//") || link.contains("\\")) {
            return null;
        }
        return abbreviate(link, 500);
    }

    private static String abbreviate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
