-- CASE-17: the enforcement-item catalogue (执法事项 / 权责清单) with discretion benchmarks (裁量基准), and the item a
-- case chose (with the benchmark as it stood when chosen, and the reason for a fine outside its range).
CREATE TABLE enf_item (
    id            BIGSERIAL PRIMARY KEY,
    version       INTEGER      NOT NULL DEFAULT 0,
    code          VARCHAR(40)  NOT NULL UNIQUE,
    name          VARCHAR(200) NOT NULL,
    kind          VARCHAR(20)  NOT NULL CHECK (kind IN ('PENALTY', 'INSPECTION', 'COERCION', 'LICENCE')),
    law_name      VARCHAR(200) NOT NULL,
    article       VARCHAR(100) NOT NULL,
    basis_text    TEXT         NOT NULL,
    agency_level  VARCHAR(20)  NOT NULL CHECK (agency_level IN ('PROVINCE', 'CITY', 'COUNTY', 'ALL')),
    active        BOOLEAN      NOT NULL DEFAULT TRUE,
    updated_at    TIMESTAMPTZ  NOT NULL DEFAULT now(),
    updated_by    VARCHAR(100) NOT NULL DEFAULT 'system'
);
CREATE INDEX enf_item_kind ON enf_item (kind, code);

-- rows of one item, written with it (the aggregate's collection; seq keeps their order)
CREATE TABLE enf_item_benchmark (
    id            BIGSERIAL PRIMARY KEY,
    item_id       BIGINT        NOT NULL REFERENCES enf_item (id) ON DELETE CASCADE,
    seq           INTEGER       NOT NULL,
    violation     VARCHAR(500)  NOT NULL,
    circumstance  VARCHAR(20)   NOT NULL CHECK (circumstance IN ('MINOR', 'GENERAL', 'SERIOUS', 'GRAVE')),
    min_yuan      NUMERIC(14, 2) NOT NULL CHECK (min_yuan >= 0),
    max_yuan      NUMERIC(14, 2) NOT NULL,
    description   VARCHAR(1000),
    CHECK (min_yuan <= max_yuan),
    UNIQUE (item_id, seq)
);

CREATE TABLE enf_case_item (
    case_id           BIGINT PRIMARY KEY REFERENCES enf_case (id),
    version           INTEGER       NOT NULL DEFAULT 0,
    scope_path        VARCHAR(400)  NOT NULL,
    item_id           BIGINT        NOT NULL REFERENCES enf_item (id),
    violation         VARCHAR(500),
    circumstance      VARCHAR(20)   CHECK (circumstance IN ('MINOR', 'GENERAL', 'SERIOUS', 'GRAVE')),
    min_yuan          NUMERIC(14, 2),
    max_yuan          NUMERIC(14, 2),
    deviation_reason  VARCHAR(2000),
    chosen_at         TIMESTAMPTZ   NOT NULL,
    chosen_by         VARCHAR(100)  NOT NULL,
    applied_fine_yuan NUMERIC(14, 2),
    outside_range     BOOLEAN,
    CHECK ((circumstance IS NULL) = (min_yuan IS NULL) AND (min_yuan IS NULL) = (max_yuan IS NULL))
);
CREATE INDEX enf_case_item_item ON enf_case_item (item_id);

-- reading: every business role and the system administrator (COMMON); maintaining is configuration (IAM-05): the
-- system administrator, and only at province level (checked in the domain)
INSERT INTO iam_permission (code, name, category, admin_role, read_only) VALUES
    ('item:read',   '查看执法事项目录与裁量基准',         'COMMON', NULL,        TRUE),
    ('item:manage', '维护执法事项目录与裁量基准（省级）', 'ADMIN',  'SYS_ADMIN', FALSE);
INSERT INTO iam_role_permission (role_code, permission_code)
    SELECT r.code, 'item:read' FROM iam_role r
    WHERE r.code IN ('OFFICER', 'LEGAL_REVIEWER', 'UNIT_HEAD', 'DEPUTY_DIRECTOR', 'DIRECTOR', 'GENERAL_OFFICE',
                     'TECH_INSPECTOR', 'MINE_COMMISSIONER', 'SYS_ADMIN');
INSERT INTO iam_role_permission (role_code, permission_code) VALUES ('SYS_ADMIN', 'item:manage');
