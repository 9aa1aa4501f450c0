-- Full-process recording (REC, seed 001 "安全生产行政执法全过程记录制度"). Case ids are the
-- enforcement module's; no foreign key so recording's schema does not reach into another module's tables.

-- REC-02 (art. 8): the text records each stage of a case of a given kind must hold before the case
-- may be closed. Data, not code: an agency can extend it by migration; the guard reads it.
-- The seeded rows are the documents every case of the kind produces in this system: the decision
-- (issued by the one decision method, art. 8(二)4 / 8(一)1) and, where a decision is served, the
-- service receipt (送达回执, art. 8(二)4). Not seeded, on purpose (add rows by migration where an agency
-- requires them of every case):
--  * the basis document (art. 8(二)1–3 plan, notice, complaint letter) — the cases module refuses to open a
--    case without it (CASE-04), so it is always on file;
--  * investigation documents, expert opinions, internal approval forms (art. 8(二)4, 8(一)3–4) — filed
--    automatically when generated, but their number and kind vary by case, and an inspection that finds
--    nothing may close without any decision (CASE-03 skip with reason), e.g.
--    ('INSPECTION', 'INVESTIGATION', 'INVESTIGATION_DOCUMENT', '现场检查记录', '第八条（二）4');
--  * the receipt of a coercive decision: the coercion demo cases close without serving the decision
--    (('COERCIVE', 'SERVICE', 'SERVICE_RECEIPT', '送达回执', '第八条（二）4') once they serve it).
CREATE TABLE rec_required_text (
    case_kind   VARCHAR(20)  NOT NULL,
    stage       VARCHAR(20)  NOT NULL,
    text_kind   VARCHAR(30)  NOT NULL,
    label       VARCHAR(120) NOT NULL,
    article     VARCHAR(40)  NOT NULL,
    PRIMARY KEY (case_kind, stage, text_kind)
);

INSERT INTO rec_required_text (case_kind, stage, text_kind, label, article) VALUES
    ('PENALTY',    'DECISION', 'DECISION',        '行政处罚（或不予处罚）决定书', '第八条（二）4'),
    ('PENALTY',    'SERVICE',  'SERVICE_RECEIPT', '送达回执',                   '第八条（二）4'),
    ('COERCIVE',   'DECISION', 'DECISION',        '行政强制决定书',              '第八条（二）4'),
    ('LICENCE',    'DECISION', 'DECISION',        '准予或不予行政许可决定书',     '第八条（一）1');

-- An on-site step of a case (记录活动). REC-03: av_required from the kind (art. 10–11) or by decision
-- of the agency (art. 11(八)); REC-04: an exemption reason with a note clears the missing-AV flag.
CREATE TABLE rec_activity (
    id                 BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id            BIGINT       NOT NULL,
    scope_path         VARCHAR(200) NOT NULL,
    stage              VARCHAR(20)  NOT NULL,
    kind               VARCHAR(30)  NOT NULL,
    place              VARCHAR(200) NOT NULL,
    started_at         TIMESTAMPTZ  NOT NULL,
    ended_at           TIMESTAMPTZ,
    remote_work        BOOLEAN      NOT NULL DEFAULT FALSE,
    returned_at        TIMESTAMPTZ,
    av_required        BOOLEAN      NOT NULL,
    exemption_reason   VARCHAR(40),
    exemption_note     VARCHAR(500),
    exempted_by        VARCHAR(100),
    exempted_at        TIMESTAMPTZ,
    upload_deadline_id BIGINT,
    -- set when the calendar's overdue scan reports the REC-07 deadline, cleared when it is met
    upload_overdue     BOOLEAN      NOT NULL DEFAULT FALSE,
    created_at         TIMESTAMPTZ  NOT NULL,
    created_by         VARCHAR(100) NOT NULL
);
CREATE INDEX rec_activity_case ON rec_activity (case_id);
CREATE INDEX rec_activity_scope ON rec_activity (scope_path text_pattern_ops);

-- A record (REC-01) with its AV metadata (REC-05). The bytes and their fingerprints live in the
-- file store (file_id), read through it with the viewer's scope. Rows are never deleted (REC-10): destruction
-- after the retention period is a recorded decision.
CREATE TABLE rec_record (
    id                BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id           BIGINT       NOT NULL,
    scope_path        VARCHAR(200) NOT NULL,
    stage             VARCHAR(20)  NOT NULL,
    activity_id       BIGINT REFERENCES rec_activity (id),
    category          VARCHAR(4)   NOT NULL CHECK (category IN ('TEXT', 'AV')),
    kind              VARCHAR(30)  NOT NULL,
    title             VARCHAR(200) NOT NULL,
    classification    VARCHAR(20)  NOT NULL DEFAULT 'NONE',
    -- null only for a decision issued without a generated document (the number is kept, REC-02)
    file_id           BIGINT,
    document_id       BIGINT,
    document_number   VARCHAR(100),
    captured_start    TIMESTAMPTZ,
    captured_end      TIMESTAMPTZ,
    place             VARCHAR(200),
    officer_ids       BIGINT[]     NOT NULL DEFAULT '{}',
    parties           VARCHAR(500),
    device_kind       VARCHAR(20),
    device_id         VARCHAR(100),
    content_shown     VARCHAR(200),
    gap_seconds       BIGINT,
    gap_after_id      BIGINT,
    destroyed_at      TIMESTAMPTZ,
    destroyed_by      VARCHAR(100),
    destruction_note  VARCHAR(500),
    created_at        TIMESTAMPTZ  NOT NULL,
    created_by        VARCHAR(100) NOT NULL
);
CREATE INDEX rec_record_case ON rec_record (case_id, stage);
CREATE INDEX rec_record_activity ON rec_record (activity_id);
CREATE INDEX rec_record_scope ON rec_record (scope_path text_pattern_ops, id DESC);
CREATE UNIQUE INDEX rec_record_document ON rec_record (document_id) WHERE document_id IS NOT NULL;

-- The case file (案卷) as recording sees it: REC-08 archive deadline, REC-10 retention.
CREATE TABLE rec_case_file (
    case_id             BIGINT PRIMARY KEY,
    scope_path          VARCHAR(200) NOT NULL,
    closed_at           TIMESTAMPTZ,
    archive_deadline_id BIGINT,
    archive_overdue     BOOLEAN      NOT NULL DEFAULT FALSE,
    archived_at         TIMESTAMPTZ,
    retain_until        DATE
);

-- REC-10 (art. 22): reasons for long-term retention.
CREATE TABLE rec_retention_flag (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id     BIGINT       NOT NULL,
    reason      VARCHAR(30)  NOT NULL,
    note        VARCHAR(500),
    flagged_at  TIMESTAMPTZ  NOT NULL,
    flagged_by  VARCHAR(100) NOT NULL,
    UNIQUE (case_id, reason)
);

-- REC-11 (art. 21): each evidence export and its explanation, kept on the case file.
CREATE TABLE rec_export (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    case_id      BIGINT       NOT NULL,
    scope_path   VARCHAR(200) NOT NULL,
    record_ids   BIGINT[]     NOT NULL,
    purpose      VARCHAR(500) NOT NULL,
    medium       VARCHAR(200) NOT NULL,
    zip_sha256   CHAR(64)     NOT NULL,
    zip_size     BIGINT       NOT NULL,
    exported_at  TIMESTAMPTZ  NOT NULL,
    exported_by  VARCHAR(100) NOT NULL
);
CREATE INDEX rec_export_case ON rec_export (case_id);

-- The phone API's idempotency keys, per user (the same key of two users are two requests).
CREATE TABLE rec_idempotency (
    user_id       BIGINT       NOT NULL,
    idem_key      VARCHAR(100) NOT NULL,
    state         VARCHAR(10)  NOT NULL CHECK (state IN ('IN_FLIGHT', 'DONE')),
    request_hash  CHAR(64),
    status_code   INT,
    response_body TEXT,
    record_id     BIGINT,
    created_at    TIMESTAMPTZ  NOT NULL,
    completed_at  TIMESTAMPTZ,
    PRIMARY KEY (user_id, idem_key)
);
