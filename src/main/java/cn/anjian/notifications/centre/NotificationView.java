package cn.anjian.notifications.centre;

import java.time.Instant;

/** A notification as the centre, the panel and the API show it (public for the templates' reflection). */
public record NotificationView(long id, NotificationKind kind, String title, String link, Instant createdAt,
                               Instant readAt) {

    public boolean read() {
        return readAt != null;
    }

    public String kindLabel() {
        return kind.label();
    }
}
