-- Issue 14, the portal's uncached list and search under load (bench/portal.sh, 1,000,000 entries; bench/portal-miss.md).
-- (1) A list filtered by agency AND kind walked pub_publication_kind_listed and dropped the other agencies' rows: an
--     agency without any entry of that kind read all 100,000 of the kind to find none (4.4 s). One index per pair.
CREATE INDEX pub_publication_owner_kind_listed ON pub_publication (owner_agency_id, kind, published_at DESC, id DESC)
    WHERE withdrawn_at IS NULL;

-- (2) The search box of a city or county portal: the title's bigrams matched in the GIN index, the portal's scope only
--     in the heap, so a term frequent elsewhere but absent in the portal ("山西省" on 晋城市's portal: 196,000 titles)
--     made a lossy 200,000-row bitmap to recheck (9 s), or a walk of every entry in order. The scope's prefixes join the
--     bigrams as keys of the same GIN index ("/1/", "/1/43/", …; a key of 3+ characters never equals a bigram), so the
--     index intersects term and scope exactly. The stored bigram column folds into the new one (one table rewrite).
CREATE FUNCTION pub_scope_keys(p text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT COALESCE(array_agg(substr(p, 1, i) ORDER BY i), '{}') FROM generate_series(2, char_length(p)) i
          WHERE substr(p, i, 1) = '/' $$;

DROP INDEX IF EXISTS pub_publication_title_bigrams;
ALTER TABLE pub_publication
    DROP COLUMN title_bigrams,
    ADD COLUMN search_keys text[] GENERATED ALWAYS AS (search_bigrams(title) || pub_scope_keys(scope_path)) STORED;
CREATE INDEX pub_publication_search_keys ON pub_publication USING gin (search_keys) WHERE withdrawn_at IS NULL;
ANALYZE pub_publication;
