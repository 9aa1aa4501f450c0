-- Issue 20: named, long-lived monitoring tokens for a Prometheus server. Valid only for /actuator/prometheus; shown
-- once, stored as SHA-256; an expiry date is required (at most a year ahead); revocable; the last use is recorded.
-- Scoped like users: an administrator sees and revokes the tokens issued in their jurisdiction (ORG-03).
CREATE TABLE iam_monitoring_token (
    id            BIGSERIAL PRIMARY KEY,
    name          VARCHAR(60)  NOT NULL,
    token_hash    CHAR(64)     NOT NULL UNIQUE,
    agency_id     BIGINT       NOT NULL,
    scope_path    VARCHAR(200) NOT NULL,
    created_by    VARCHAR(64)  NOT NULL,
    created_at    TIMESTAMPTZ  NOT NULL,
    expires_at    TIMESTAMPTZ  NOT NULL,
    revoked_at    TIMESTAMPTZ,
    revoked_by    VARCHAR(64),
    last_used_at  TIMESTAMPTZ,
    version       INTEGER      NOT NULL DEFAULT 0
);
CREATE INDEX iam_monitoring_token_scope ON iam_monitoring_token (scope_path text_pattern_ops);
-- one live token of a name per jurisdiction: the list and the Prometheus job tell them apart by name
CREATE UNIQUE INDEX iam_monitoring_token_name ON iam_monitoring_token (scope_path, name) WHERE revoked_at IS NULL;
