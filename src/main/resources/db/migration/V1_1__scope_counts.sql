-- Counts per scope prefix kept by statement triggers (issue 20 item 7): a list whose unfiltered page would count up to
-- 1,001 rows on every request reads its scope's ≤ 8 rows in a table of counts instead (ListCount.pageCounted). One
-- mechanism for every such list: a module's migration creates its table (prefix, slot, n) and attaches scope_counted
-- with the table's name to its INSERT, UPDATE and DELETE (see V7_97). Every row counts once for each prefix of its
-- scope_path ('/1/43/48/' in '/1/', '/1/43/', '/1/43/48/'), so a scope's count is the rows of its own prefix; a slot per
-- backend (pg_backend_pid() % 8, as V7_96) keeps concurrent writers off one row. Same snapshot as the rows: exact.
CREATE FUNCTION scope_prefixes(path TEXT) RETURNS SETOF TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT left(path, i) FROM generate_series(2, length(path)) i WHERE substr(path, i, 1) = '/'
$$;

-- TG_ARGV[0]: the table of counts. Transition tables: new_rows (INSERT, UPDATE), old_rows (UPDATE, DELETE).
CREATE FUNCTION scope_counted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    paths TEXT[];
    deltas BIGINT[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        SELECT array_agg(scope_path), array_agg(1::bigint) INTO paths, deltas FROM new_rows;
    ELSIF TG_OP = 'DELETE' THEN
        SELECT array_agg(scope_path), array_agg(-1::bigint) INTO paths, deltas FROM old_rows;
    ELSE -- only the paths an update changed (multisets: nothing when no path moved, so no write)
        SELECT array_agg(path), array_agg(d) INTO paths, deltas FROM (
            SELECT path, 1::bigint AS d FROM (SELECT scope_path AS path FROM new_rows EXCEPT ALL SELECT scope_path FROM old_rows) a
            UNION ALL
            SELECT path, -1::bigint FROM (SELECT scope_path AS path FROM old_rows EXCEPT ALL SELECT scope_path FROM new_rows) b) x;
    END IF;
    IF paths IS NOT NULL THEN
        EXECUTE format('INSERT INTO %I AS c (prefix, slot, n)'
            || ' SELECT p, pg_backend_pid() %% 8, sum(t.d) FROM unnest($1, $2) AS t(path, d)'
            || ' CROSS JOIN LATERAL scope_prefixes(t.path) p GROUP BY p HAVING sum(t.d) <> 0 ORDER BY p'
            || ' ON CONFLICT (prefix, slot) DO UPDATE SET n = c.n + EXCLUDED.n', TG_ARGV[0]) USING paths, deltas;
    END IF;
    RETURN NULL;
END $$;
