-- EXP-07 (issue 15, performance): the candidate snapshot of a draw as three parallel arrays in candidate order
-- (expert id, dispatches in the rotation window, last dispatch or NULL) and the SHA-256 of its canonical text
-- "id:dispatches:last;…" (last as YYYY-MM-DD, empty when none), instead of a JSON document of ~1,000 objects per draw.
-- The replay reruns the selection from the arrays and checks the hash. Names are read from exp_expert when shown.
ALTER TABLE exp_draw
    ADD COLUMN candidate_ids        BIGINT[],
    ADD COLUMN candidate_dispatches INT[],
    ADD COLUMN candidate_last       DATE[],
    ADD COLUMN candidate_hash       CHAR(64);

UPDATE exp_draw d
SET candidate_ids = s.ids, candidate_dispatches = s.dispatches, candidate_last = s.last, candidate_hash = s.hash
FROM (SELECT x.id,
             array_agg((c ->> 'expertId')::bigint ORDER BY o) AS ids,
             array_agg((c ->> 'dispatches')::int ORDER BY o) AS dispatches,
             array_agg((c ->> 'lastDispatched')::date ORDER BY o) AS last,
             encode(sha256(convert_to(string_agg((c ->> 'expertId') || ':' || (c ->> 'dispatches') || ':'
                 || coalesce(to_char((c ->> 'lastDispatched')::date, 'YYYY-MM-DD'), ''), ';' ORDER BY o), 'UTF8')), 'hex') AS hash
      FROM exp_draw x, jsonb_array_elements(x.candidates) WITH ORDINALITY AS e(c, o)
      GROUP BY x.id) s
WHERE s.id = d.id;

-- a draw always has at least one candidate (count >= 1), so every row got its arrays
ALTER TABLE exp_draw
    ALTER COLUMN candidate_ids SET NOT NULL,
    ALTER COLUMN candidate_dispatches SET NOT NULL,
    ALTER COLUMN candidate_last SET NOT NULL,
    ALTER COLUMN candidate_hash SET NOT NULL,
    DROP COLUMN candidates;
