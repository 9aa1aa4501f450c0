-- Notifications (issue 11): one row per recipient user; the dedupe key keeps the same approval step,
-- deadline or assignment from being notified twice to the same user.
CREATE TABLE ntf_notification (
    id          BIGSERIAL PRIMARY KEY,
    version     INTEGER      NOT NULL DEFAULT 0,
    user_id     BIGINT       NOT NULL,
    kind        VARCHAR(20)  NOT NULL,
    title       VARCHAR(500) NOT NULL,
    link        VARCHAR(500),
    created_at  TIMESTAMPTZ  NOT NULL,
    read_at     TIMESTAMPTZ,
    dedupe_key  VARCHAR(200) NOT NULL,
    CONSTRAINT ntf_notification_dedupe UNIQUE (user_id, dedupe_key)
);
CREATE INDEX ntf_notification_user_created ON ntf_notification (user_id, created_at DESC, id DESC);
CREATE INDEX ntf_notification_user_unread ON ntf_notification (user_id) WHERE read_at IS NULL;
