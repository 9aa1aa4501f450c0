-- CASE-16: the case dossier (卷宗). The archive number (归档号) is taken through the documents module's numbering
-- when the case is archived, once; the cover, catalogue and content are assembled from the case and its records.
INSERT INTO doc_type (code, name, format_pattern, sort_order) VALUES
    ('CASE_DOSSIER', '案件卷宗归档号', '{agencyShort}安监档〔{year}〕{n}号', 200);

CREATE TABLE rec_dossier (
    case_id         BIGINT PRIMARY KEY,
    scope_path      VARCHAR(400) NOT NULL,
    archive_number  VARCHAR(100) NOT NULL UNIQUE,
    number_id       BIGINT       NOT NULL,
    agency_name     VARCHAR(200) NOT NULL,
    retention       VARCHAR(20)  NOT NULL DEFAULT 'LONG_TERM' CHECK (retention IN ('LONG_TERM', 'PERMANENT')),
    volumes         INTEGER      NOT NULL DEFAULT 1 CHECK (volumes >= 1),
    numbered_at     TIMESTAMPTZ  NOT NULL,
    numbered_by     VARCHAR(100) NOT NULL
);
