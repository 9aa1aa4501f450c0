-- Issue 14, the search box's uncached path (bench/portal-miss.md, "helper C, 01:00"): counting up to 1,001 hits through
-- pub_search's GIN keys tests the title of every candidate, and the candidates of a party name lay one per heap page
-- (rows arrive in publication order, a party's entries years apart): 635 hits of a company's full name read 635 pages,
-- a capped term 1,001 — ~1,000 of the ~1,150 buffers of an uncached search. Rows kept in title order put a party's
-- entries side by side (a title is agency + kind + party): the same count reads 15–26 pages. The hits, their order
-- (the page sorts by date) and the triggers are unchanged; only where the rows lie.
-- pub_search_reorder() rebuilds the table in that order: searches go on while it copies (writes — a publication's
-- trigger — wait for it), then the new table takes the name (a short exclusive lock). New entries are appended in
-- arrival order until the next run (PortalSearchReorder, weekly at night).
CREATE FUNCTION pub_search_reorder() RETURNS void LANGUAGE plpgsql AS $$
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
    ANALYZE pub_search;
END $$;

SELECT pub_search_reorder();
