-- Audit trail (AUD-01..03). Writers only INSERT into audit_entry (inside the transaction of the change
-- they describe); a single chainer at a time appends audit_chain rows that link the committed entries
-- into one hash chain. Both tables are append-only in the database itself.
--
-- Retention (AUD-03): records are kept at least 180 days; in fact the system never deletes them at
-- all. There is no purge job, and the triggers below refuse DELETE and TRUNCATE. Archiving older
-- partitions, if ever needed, is a deliberate DBA operation outside the application.

CREATE TABLE audit_entry (
    id             BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor          TEXT NOT NULL,
    source_address TEXT,
    action         TEXT NOT NULL,
    subject_type   TEXT NOT NULL,
    subject_id     TEXT,
    before         JSONB,
    after          JSONB,
    -- jurisdiction path of the acting user (ORG-03), for scoped reading by later modules
    scope_path     TEXT
);
CREATE INDEX audit_entry_actor_ix ON audit_entry (actor, id);
CREATE INDEX audit_entry_action_ix ON audit_entry (action, id);
CREATE INDEX audit_entry_subject_ix ON audit_entry (subject_type, subject_id, id);
CREATE INDEX audit_entry_occurred_ix ON audit_entry (occurred_at);

CREATE TABLE audit_chain (
    position  BIGINT PRIMARY KEY,
    entry_id  BIGINT NOT NULL UNIQUE REFERENCES audit_entry (id),
    prev_hash CHAR(64) NOT NULL,
    hash      CHAR(64) NOT NULL,
    algorithm TEXT NOT NULL
);

CREATE FUNCTION audit_refuse_change() RETURNS trigger
    LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION '审计记录只能追加，不得修改或删除（% on %, audit trail is append-only）', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

-- Statement-level, so even an UPDATE/DELETE matching no row is refused (and TRUNCATE, which has no rows).
CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
CREATE TRIGGER audit_chain_append_only
    BEFORE UPDATE OR DELETE OR TRUNCATE ON audit_chain
    FOR EACH STATEMENT EXECUTE FUNCTION audit_refuse_change();
