package cn.anjian.notifications.centre;

import lombok.RequiredArgsConstructor;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

import cn.anjian.kernel.AuditableEvent;
import cn.anjian.kernel.BusinessException;
import cn.anjian.kernel.ExportJdbc;
import cn.anjian.kernel.ListSort;
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

    static final String WHAT = "该消息";

    private final JdbcClient jdbc;
    private final ExportJdbc export;
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

    /** The list's sortable columns (issue 12): newest first by default. */
    static final ListSort SORT = ListSort.by("id")
            .key("time", "时间", "created_at").key("kind", "类别", "kind").key("read", "阅读时间", "read_at")
            .byDefault("time", false);

    private static final String SELECT = "SELECT id, kind, title, link, created_at, read_at FROM ntf_notification";

    /** The person's notifications in {@code sort} order, filtered by kind and read state (null: all). */
    Page list(long userId, NotificationKind kind, ReadFilter read, ListSort.Sort sort, int page, int size) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(userId, kind, read, params);
        long total = jdbc.sql("SELECT count(*) FROM ntf_notification" + where).params(params).query(Long.class).single();
        PageSlice slice = PageSlice.of(page, size, total);
        List<NotificationView> items = jdbc.sql(SELECT + where + sort.orderBy() + slice.window())
                .params(params).query(NotificationStore::map).list();
        return new Page(items, slice.page(), total, size);
    }

    /** Every notification of the person and filter in {@code sort} order, streamed (the Excel export). */
    void each(long userId, NotificationKind kind, ReadFilter read, ListSort.Sort sort, Consumer<NotificationView> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        String where = where(userId, kind, read, params);
        try (Stream<NotificationView> rows = export.sql(SELECT + where + sort.orderBy()).params(params)
                .query(NotificationStore::map).stream()) {
            rows.forEach(sink);
        }
    }

    private static String where(long userId, NotificationKind kind, ReadFilter read, Map<String, Object> params) {
        StringBuilder where = new StringBuilder(" WHERE user_id = :u");
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
        return where.toString();
    }

    private static NotificationView map(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new NotificationView(rs.getLong("id"), NotificationKind.valueOf(rs.getString("kind")), rs.getString("title"),
                rs.getString("link"), instant(rs.getTimestamp("created_at")), instant(rs.getTimestamp("read_at")));
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
