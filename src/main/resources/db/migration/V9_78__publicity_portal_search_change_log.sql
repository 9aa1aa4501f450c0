-- Issue 14: the portal's search answers from an index held by each node (PortalSearchIndex, SearchPostings); this log tells every
-- node which entries of pub_search changed, written in the changing transaction by statement triggers on pub_search.
-- A node reads, in one statement (one snapshot), the ids logged by transactions with xid >= its mark and their current
-- rows, and takes the snapshot's xmin as its next mark: every transaction below it had ended when the rows were read, so
-- one that began before a catch-up and committed after it is read at the next one. id -1 (TRUNCATE): every node rebuilds.
-- Pruned (PortalSearchIndex, one node) below a floor kept in pub_search_log_floor: a node whose mark is below it rebuilds.
-- Owned by cn.anjian.publicity.
CREATE TABLE pub_search_log (
    id  BIGINT      NOT NULL,
    xid xid8        NOT NULL DEFAULT pg_current_xact_id(),
    at  TIMESTAMPTZ NOT NULL DEFAULT now()
);
CREATE INDEX pub_search_log_xid ON pub_search_log (xid);

CREATE TABLE pub_search_log_floor (
    one   BOOLEAN PRIMARY KEY DEFAULT true CHECK (one),
    floor xid8    NOT NULL
);
INSERT INTO pub_search_log_floor (floor) VALUES (pg_snapshot_xmin(pg_current_snapshot()));

CREATE FUNCTION pub_search_log_new() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO pub_search_log (id) SELECT id FROM new_rows;
    RETURN NULL;
END $$;

CREATE FUNCTION pub_search_log_old() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO pub_search_log (id) SELECT id FROM old_rows;
    RETURN NULL;
END $$;

CREATE FUNCTION pub_search_log_both() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO pub_search_log (id) SELECT id FROM new_rows UNION SELECT id FROM old_rows;
    RETURN NULL;
END $$;

CREATE FUNCTION pub_search_log_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO pub_search_log (id) VALUES (-1);
    RETURN NULL;
END $$;

CREATE FUNCTION pub_search_log_triggers() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    CREATE TRIGGER pub_search_log_ins AFTER INSERT ON pub_search REFERENCING NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION pub_search_log_new();
    CREATE TRIGGER pub_search_log_upd AFTER UPDATE ON pub_search REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
        FOR EACH STATEMENT EXECUTE FUNCTION pub_search_log_both();
    CREATE TRIGGER pub_search_log_del AFTER DELETE ON pub_search REFERENCING OLD TABLE AS old_rows
        FOR EACH STATEMENT EXECUTE FUNCTION pub_search_log_old();
    CREATE TRIGGER pub_search_log_truncate AFTER TRUNCATE ON pub_search
        FOR EACH STATEMENT EXECUTE FUNCTION pub_search_log_truncate();
END $$;
SELECT pub_search_log_triggers();

-- V9_76's reorder swaps in a new table: it gets the log's triggers too (the rows are the same: nothing to log)
CREATE OR REPLACE FUNCTION pub_search_reorder() RETURNS void LANGUAGE plpgsql AS $$
BEGIN
    PERFORM set_config('maintenance_work_mem', '256MB', true);
    LOCK TABLE pub_search IN EXCLUSIVE MODE; -- reads go on; the triggers' writes wait for the new table
    DROP TABLE IF EXISTS pub_search_next;
    CREATE TABLE pub_search_next (LIKE pub_search INCLUDING DEFAULTS);
    INSERT INTO pub_search_next (id, published_at, scope_path, title, owner_name)
    SELECT id, published_at, scope_path, title, owner_name FROM pub_search
    ORDER BY title COLLATE "C", published_at DESC, id DESC;
    ALTER TABLE pub_search_next ADD CONSTRAINT pub_search_next_pkey PRIMARY KEY (id);
    CREATE INDEX pub_search_next_keys ON pub_search_next USING gin ((search_bigrams(title) || pub_scope_keys(scope_path)));
    DROP TABLE pub_search;
    ALTER TABLE pub_search_next RENAME TO pub_search;
    ALTER INDEX pub_search_next_pkey RENAME TO pub_search_pkey;
    ALTER INDEX pub_search_next_keys RENAME TO pub_search_keys;
    PERFORM pub_search_log_triggers();
    ANALYZE pub_search;
END $$;
