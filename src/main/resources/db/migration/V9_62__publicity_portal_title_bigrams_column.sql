-- Issue 14 performance (bench/portal.sh, 1,000,000 entries): the search box's bigram index was an expression index,
-- so (a) every lossy bitmap page re-ran search_bigrams() on each row of the page (4.4 s to count a frequent term such
-- as "晋城", which 200,000 titles hold) and (b) the planner had no statistics on the bigrams, guessed 5,000 rows for
-- any term, and for a frequent one with a portal's scope built a 200,000-row bitmap instead of walking the newest
-- entries in order (38 s). A stored column keeps the recheck a plain array test and gives ANALYZE the bigrams' most
-- common elements, so frequent terms walk pub_publication_listed and rare ones use the index.
ALTER TABLE pub_publication ADD COLUMN title_bigrams text[] GENERATED ALWAYS AS (search_bigrams(title)) STORED;
DROP INDEX IF EXISTS pub_publication_title_bigrams;
CREATE INDEX pub_publication_title_bigrams ON pub_publication USING gin (title_bigrams) WHERE withdrawn_at IS NULL;
ANALYZE pub_publication;
