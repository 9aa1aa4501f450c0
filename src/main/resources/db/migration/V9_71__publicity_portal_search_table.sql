-- Issue 14, the search box's uncached path (bench/portal-miss.md, "helper C"): the capped count (up to 1,001 hits through
-- the GIN keys) fetched every candidate from pub_publication to test the title — a ~1 KB row (its content) per hit, a
-- 1 GB table against 128 MB of shared buffers: ~760 buffers and ~50 ms of PostgreSQL per uncached search under load.
-- pub_search is the narrow copy the search reads: only live (not withdrawn) entries with what the search tests and
-- shows (~150 bytes a row, the whole table about a sixth of the wide one, so the candidates' pages stay in memory).
-- Its GIN index is an expression of the row (no stored key array widening it): the array test is exact (no recheck)
-- while the bitmap is not lossy, which at 4 MB of work_mem holds for every page of a table this narrow.
-- Kept by statement triggers in the same transaction as the entry (publish, correct, withdraw, a bulk load): a withdrawn
-- entry leaves the search in the statement that withdraws it. Owned by cn.anjian.publicity.
CREATE TABLE pub_search (
    id           BIGINT        PRIMARY KEY,
    published_at TIMESTAMPTZ   NOT NULL,
    scope_path   VARCHAR(200)  NOT NULL,
    title        VARCHAR(200)  NOT NULL,
    owner_name   VARCHAR(100)  NOT NULL
);
INSERT INTO pub_search (id, published_at, scope_path, title, owner_name)
SELECT id, published_at, scope_path, title, owner_name FROM pub_publication WHERE withdrawn_at IS NULL
ORDER BY published_at DESC, id DESC;
CREATE INDEX pub_search_keys ON pub_search USING gin ((search_bigrams(title) || pub_scope_keys(scope_path)));

CREATE FUNCTION pub_search_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO pub_search (id, published_at, scope_path, title, owner_name)
    SELECT id, published_at, scope_path, title, owner_name FROM new_rows WHERE withdrawn_at IS NULL;
    RETURN NULL;
END $$;

CREATE FUNCTION pub_search_upd() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- withdrawn (PUB-07): off the search at once
    DELETE FROM pub_search s USING old_rows o
    WHERE s.id = o.id AND NOT EXISTS (SELECT 1 FROM new_rows n WHERE n.id = o.id AND n.withdrawn_at IS NULL);
    -- published again or corrected (PUB-08): the row as it is now; an unchanged row is not rewritten
    INSERT INTO pub_search AS s (id, published_at, scope_path, title, owner_name)
    SELECT id, published_at, scope_path, title, owner_name FROM new_rows WHERE withdrawn_at IS NULL
    ON CONFLICT (id) DO UPDATE SET published_at = EXCLUDED.published_at, scope_path = EXCLUDED.scope_path,
                                   title = EXCLUDED.title, owner_name = EXCLUDED.owner_name
    WHERE (s.published_at, s.scope_path, s.title, s.owner_name)
          IS DISTINCT FROM (EXCLUDED.published_at, EXCLUDED.scope_path, EXCLUDED.title, EXCLUDED.owner_name);
    RETURN NULL;
END $$;

CREATE FUNCTION pub_search_del() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM pub_search s USING old_rows o WHERE s.id = o.id;
    RETURN NULL;
END $$;

CREATE FUNCTION pub_search_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE pub_search;
    RETURN NULL;
END $$;

CREATE TRIGGER pub_search_ins AFTER INSERT ON pub_publication REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION pub_search_ins();
CREATE TRIGGER pub_search_upd AFTER UPDATE ON pub_publication REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION pub_search_upd();
CREATE TRIGGER pub_search_del AFTER DELETE ON pub_publication REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION pub_search_del();
CREATE TRIGGER pub_search_truncate AFTER TRUNCATE ON pub_publication
    FOR EACH STATEMENT EXECUTE FUNCTION pub_search_truncate();
ANALYZE pub_search;
