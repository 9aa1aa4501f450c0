-- The write-once, content-addressed file store (REC-09). Blobs live in the BlobStore under their
-- SHA-256; each upload gets its own metadata row (own name, uploader, scope) sharing the blob.
CREATE TABLE file_object (
    id                  BIGSERIAL PRIMARY KEY,
    sha256              CHAR(64)     NOT NULL,
    sm3                 CHAR(64)     NOT NULL,
    size                BIGINT       NOT NULL CHECK (size >= 0),
    content_type        VARCHAR(100) NOT NULL,
    original_name       VARCHAR(255) NOT NULL,
    scope_path          VARCHAR(500) NOT NULL,
    created_at          TIMESTAMPTZ  NOT NULL,
    created_by          VARCHAR(100) NOT NULL,
    last_verified_at    TIMESTAMPTZ,
    integrity           VARCHAR(10)  NOT NULL DEFAULT 'OK' CHECK (integrity IN ('OK', 'CORRUPT')),
    corrupt_detected_at TIMESTAMPTZ,
    corrupt_detected_by VARCHAR(10)
);
CREATE INDEX file_object_sha256 ON file_object (sha256);
CREATE INDEX file_object_corrupt ON file_object (corrupt_detected_at) WHERE integrity = 'CORRUPT';

-- One row per integrity scan run (scheduled or started from the page).
CREATE TABLE file_scan (
    id           BIGSERIAL PRIMARY KEY,
    started_at   TIMESTAMPTZ NOT NULL,
    finished_at  TIMESTAMPTZ NOT NULL,
    triggered_by VARCHAR(100) NOT NULL,
    blobs        INT         NOT NULL,
    ok           INT         NOT NULL,
    corrupt      INT         NOT NULL,
    bytes        BIGINT      NOT NULL
);
