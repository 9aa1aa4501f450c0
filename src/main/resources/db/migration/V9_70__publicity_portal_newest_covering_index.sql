-- Issue 14, the search box's uncached path (bench/portal-miss.md, "helper E, 19:30"): a term with more hits than the
-- count's cap (a company's first four characters: thousands of entries) finds its page by walking the newest entries
-- until 20 match, and a frequent term is counted on the newest 20,000 first. pg_stat_statements: that walk read 1,351
-- heap pages per page (each entry a ~1 KB row with its content) and was half of PostgreSQL's time. With the columns
-- the walk tests and shows in the index itself, it is an index-only scan (≈ 40 entries per page, no heap while the
-- visibility map is set, as VACUUM/autovacuum leave it).
CREATE INDEX pub_publication_newest_covering ON pub_publication (published_at DESC, id DESC)
    INCLUDE (scope_path, title, owner_name) WHERE withdrawn_at IS NULL;
