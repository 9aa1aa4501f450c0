-- Issue 14 item 4 (PUB-02, 《安全生产行政执法公示制度》第七条): during an on-site activity the officers show their
-- certificates and tell the party the grounds, basis, rights and obligations (陈述、申辩、听证等). One row per activity,
-- written once (ticked on the activity form or recorded afterwards), with when and by which officers; an on-site
-- activity without it is flagged on the case page. Owned by cn.anjian.recording.
CREATE TABLE rec_public_notice (
    activity_id         BIGINT PRIMARY KEY REFERENCES rec_activity (id),
    case_id             BIGINT        NOT NULL,
    scope_path          VARCHAR(200)  NOT NULL,
    certificates_shown  BOOLEAN       NOT NULL CHECK (certificates_shown),
    rights_informed     BOOLEAN       NOT NULL CHECK (rights_informed),
    informed_at         TIMESTAMPTZ   NOT NULL,
    officers            VARCHAR(400)  NOT NULL,
    recorded_at         TIMESTAMPTZ   NOT NULL,
    recorded_by         VARCHAR(100)  NOT NULL
);
CREATE INDEX rec_public_notice_case ON rec_public_notice (case_id);
