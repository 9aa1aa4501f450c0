-- Issue 12, global search: a case by its number, whole or in part (〔2026〕12).
-- search_bigrams(text): the distinct two-character substrings of a text, for a GIN index that finds a part of a
-- Chinese name or number (LIKE '%…%'). pg_trgm cannot: in the C locale the databases use (EmbeddedDatabaseConfiguration)
-- it extracts no trigrams from Chinese characters (show_trgm('泽州煤业') = {}, bench/RESULTS.md). A query of two or
-- more characters asks `search_bigrams(col) @> search_bigrams(:text)` (the index) AND `col LIKE :pattern` (the
-- check). The same definition is (re)created by every migration that indexes with it (V10_96, V13_20, V19_0).
CREATE OR REPLACE FUNCTION search_bigrams(t text) RETURNS text[]
    LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
    AS $$ SELECT COALESCE(array_agg(DISTINCT substr(t, i, 2)), '{}') FROM generate_series(1, char_length(t) - 1) i $$;

CREATE INDEX enf_case_number_bigrams ON enf_case USING gin (search_bigrams(case_number));
