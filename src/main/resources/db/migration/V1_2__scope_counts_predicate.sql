-- Issue 20 item 7: V1_1's scope_counted with an optional second argument, a condition on the row (over its own columns)
-- that says whether the list counts it — the live deadlines (state IN ('OPEN', 'OVERDUE'), V24_11), the flagged checks
-- (V21_74). An update then moves a count when it changes a row's path or whether the row counts (an OPEN deadline
-- closed); an update that changes neither (the overdue scan: OPEN → OVERDUE, both live) writes nothing. Without the
-- argument the condition is true: V7_97, V8_35 and V10_97 count every row, as before.
CREATE OR REPLACE FUNCTION scope_counted() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    counts TEXT := CASE WHEN TG_NARGS > 1 THEN TG_ARGV[1] ELSE 'true' END;
    paths TEXT[];
    deltas BIGINT[];
BEGIN
    -- EXECUTE sees the transition tables (new_rows, old_rows) as the static statements of V1_1 did
    IF TG_OP = 'INSERT' THEN
        EXECUTE format('SELECT array_agg(scope_path), array_agg(1::bigint) FROM new_rows WHERE %s', counts)
            INTO paths, deltas;
    ELSIF TG_OP = 'DELETE' THEN
        EXECUTE format('SELECT array_agg(scope_path), array_agg(-1::bigint) FROM old_rows WHERE %s', counts)
            INTO paths, deltas;
    ELSE -- only what an update changed (multisets of the counted rows' paths: nothing when none moved or changed counting)
        EXECUTE format('SELECT array_agg(path), array_agg(d) FROM ('
            || ' SELECT path, 1::bigint AS d FROM (SELECT scope_path AS path FROM new_rows WHERE %1$s'
            || '   EXCEPT ALL SELECT scope_path FROM old_rows WHERE %1$s) a'
            || ' UNION ALL'
            || ' SELECT path, -1::bigint FROM (SELECT scope_path AS path FROM old_rows WHERE %1$s'
            || '   EXCEPT ALL SELECT scope_path FROM new_rows WHERE %1$s) b) x', counts)
            INTO paths, deltas;
    END IF;
    IF paths IS NOT NULL THEN
        EXECUTE format('INSERT INTO %I AS c (prefix, slot, n)'
            || ' SELECT p, pg_backend_pid() %% 8, sum(t.d) FROM unnest($1, $2) AS t(path, d)'
            || ' CROSS JOIN LATERAL scope_prefixes(t.path) p GROUP BY p HAVING sum(t.d) <> 0 ORDER BY p'
            || ' ON CONFLICT (prefix, slot) DO UPDATE SET n = c.n + EXCLUDED.n', TG_ARGV[0]) USING paths, deltas;
    END IF;
    RETURN NULL;
END $$;
