-- Issue 20 item 7: the staff's submission list's count per scope, as V7_97 for officers: statement triggers with
-- transition tables keep it; an unfiltered page (the list API's and the page's default) reads the ≤ 8 rows of its
-- scope's prefix here instead of counting up to 1,001 submissions on every request (the count was half the page's
-- statement). Every submission counts once for each prefix of its path ('/1/43/48/' in '/1/', '/1/43/', '/1/43/48/'),
-- so a scope's count is the rows of its own prefix; a slot per backend (pg_backend_pid() % 8, as V8_31) keeps
-- concurrent writers off one row. Same snapshot as the rows: the count is exact.
CREATE FUNCTION cmp_scope_prefixes(path TEXT) RETURNS SETOF TEXT LANGUAGE sql IMMUTABLE AS $$
    SELECT left(path, i) FROM generate_series(2, length(path)) i WHERE substr(path, i, 1) = '/'
$$;

CREATE TABLE cmp_submission_scope_count (
    prefix VARCHAR(400) NOT NULL,
    slot   SMALLINT     NOT NULL,
    n      BIGINT       NOT NULL,
    PRIMARY KEY (prefix, slot)
);
INSERT INTO cmp_submission_scope_count (prefix, slot, n)
SELECT p, 0, count(*) FROM cmp_submission o CROSS JOIN LATERAL cmp_scope_prefixes(o.scope_path) p GROUP BY p;

CREATE FUNCTION cmp_submission_scope_count_add(paths TEXT[], deltas BIGINT[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO cmp_submission_scope_count AS c (prefix, slot, n)
    SELECT p, pg_backend_pid() % 8, sum(t.d) FROM unnest(paths, deltas) AS t(path, d) CROSS JOIN LATERAL cmp_scope_prefixes(t.path) p
    GROUP BY p HAVING sum(t.d) <> 0 ORDER BY p
    ON CONFLICT (prefix, slot) DO UPDATE SET n = c.n + EXCLUDED.n
$$;

CREATE FUNCTION cmp_submission_scope_counted() RETURNS trigger LANGUAGE plpgsql AS $$
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
        PERFORM cmp_submission_scope_count_add(paths, deltas);
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER cmp_submission_scope_count_ins AFTER INSERT ON cmp_submission REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cmp_submission_scope_counted();
CREATE TRIGGER cmp_submission_scope_count_upd AFTER UPDATE ON cmp_submission REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cmp_submission_scope_counted();
CREATE TRIGGER cmp_submission_scope_count_del AFTER DELETE ON cmp_submission REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cmp_submission_scope_counted();
