package cn.anjian.notifications.centre;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.PersistenceCreator;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * One notification for one person. Created by {@link NotificationStore#add} (once per person and dedupe key);
 * its only transition is being read, which is idempotent: reading it again keeps the first time.
 */
@Table("ntf_notification")
class Notification {

    @Id
    private final Long id;
    @Version
    private final Integer version;
    private final long userId;
    private final NotificationKind kind;
    private final String title;
    private final String link;
    private final Instant createdAt;
    private Instant readAt;
    private final String dedupeKey;

    @PersistenceCreator
    Notification(Long id, Integer version, long userId, NotificationKind kind, String title, String link,
                 Instant createdAt, Instant readAt, String dedupeKey) {
        this.id = id;
        this.version = version;
        this.userId = userId;
        this.kind = kind;
        this.title = title;
        this.link = link;
        this.createdAt = createdAt;
        this.readAt = readAt;
        this.dedupeKey = dedupeKey;
    }

    /** Marks it read; returns whether it changed (false when it was read already). */
    boolean markRead(Instant at) {
        if (readAt != null) {
            return false;
        }
        readAt = at;
        return true;
    }

    Long id() {
        return id;
    }

    long userId() {
        return userId;
    }

    String link() {
        return link;
    }

    NotificationView view() {
        return new NotificationView(id, kind, title, link, createdAt, readAt);
    }
}
