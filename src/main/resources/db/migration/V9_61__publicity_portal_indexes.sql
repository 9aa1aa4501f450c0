-- Issue 14 performance (bench/portal.sh, 1,000,000 published entries): the public lists read the newest live
-- notices of a kind or of an agency in order, the filter of agencies asks per agency whether it has any, and the
-- search box finds a party's name in the title. pg_trgm extracts nothing from Chinese in the C locale (see V13_20), so
-- the title is indexed by its two-character substrings (search_bigrams, the same definition V10_96/V13_20/V19_0 create).
CREATE OR REPLACE FUNCTION search_bigrams(t text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT COALESCE(array_agg(DISTINCT substr(t, i, 2)), '{}') FROM generate_series(1, char_length(t) - 1) i $$;

CREATE INDEX pub_publication_kind_listed ON pub_publication (kind, published_at DESC, id DESC) WHERE withdrawn_at IS NULL;
CREATE INDEX pub_publication_owner_listed ON pub_publication (owner_agency_id, published_at DESC, id DESC) WHERE withdrawn_at IS NULL;
CREATE INDEX pub_publication_title_bigrams ON pub_publication USING gin (search_bigrams(title)) WHERE withdrawn_at IS NULL;
