-- Regulated entities (生产经营单位), the conflicts register and the credit blacklist (CAP-07).
CREATE TABLE ent_enterprise (
    id              BIGSERIAL PRIMARY KEY,
    name            VARCHAR(200) NOT NULL,
    credit_code     CHAR(18),
    kind            VARCHAR(32)  NOT NULL,
    industry        VARCHAR(32)  NOT NULL,
    address         VARCHAR(300),
    latitude        NUMERIC(9, 6),
    longitude       NUMERIC(9, 6),
    jurisdiction_id BIGINT       NOT NULL REFERENCES org_jurisdiction (id),
    scope_path      VARCHAR(200) NOT NULL,
    risk_grade      CHAR(1)      NOT NULL,
    status          VARCHAR(16)  NOT NULL,
    created_at      TIMESTAMPTZ  NOT NULL,
    updated_at      TIMESTAMPTZ  NOT NULL,
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT ent_citizen_no_code CHECK ((kind = 'CITIZEN') = (credit_code IS NULL))
);
-- one live holder of a credit code; a closed entity's code may be re-registered
CREATE UNIQUE INDEX ent_enterprise_active_code ON ent_enterprise (credit_code) WHERE status <> 'CLOSED';
CREATE INDEX ent_enterprise_scope ON ent_enterprise (scope_path text_pattern_ops);

CREATE TABLE ent_conflict (
    id            BIGSERIAL PRIMARY KEY,
    enterprise_id BIGINT      NOT NULL REFERENCES ent_enterprise (id),
    person_id     BIGINT      NOT NULL,
    person_name   VARCHAR(50) NOT NULL,
    relation      VARCHAR(16) NOT NULL,
    from_date     DATE        NOT NULL,
    to_date       DATE,
    note          VARCHAR(200),
    created_at    TIMESTAMPTZ NOT NULL,
    CONSTRAINT ent_conflict_dates CHECK (to_date IS NULL OR to_date >= from_date)
);
CREATE INDEX ent_conflict_lookup ON ent_conflict (person_id, enterprise_id);

CREATE TABLE ent_blacklist (
    id              BIGSERIAL PRIMARY KEY,
    enterprise_id   BIGINT       NOT NULL REFERENCES ent_enterprise (id),
    grounds         VARCHAR(500) NOT NULL,
    decision_doc    VARCHAR(100) NOT NULL,
    from_date       DATE         NOT NULL,
    to_date         DATE,
    listed_by       VARCHAR(64)  NOT NULL,
    listed_at       TIMESTAMPTZ  NOT NULL,
    removed_at      TIMESTAMPTZ,
    removed_by      VARCHAR(64),
    removal_reason  VARCHAR(500),
    version         INT          NOT NULL DEFAULT 0,
    CONSTRAINT ent_blacklist_dates CHECK (to_date IS NULL OR to_date >= from_date)
);
-- at most one live listing per enterprise
CREATE UNIQUE INDEX ent_blacklist_one_live ON ent_blacklist (enterprise_id) WHERE removed_at IS NULL;
