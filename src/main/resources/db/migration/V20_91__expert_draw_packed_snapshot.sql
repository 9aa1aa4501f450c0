-- EXP-07 (issue 15, performance): a draw's candidate snapshot packed into one bytea (experts.draws.DrawSnapshot.pack:
-- a format byte, the count, then per candidate in candidate order zigzag varints of the id's difference from the
-- previous id, the dispatches in the rotation window, and the last dispatch as days before draw_day plus one, 0 none),
-- ~4 KB for 1,000 candidates, sent as binary. PostgreSQL parsed the three 1,000-element array literals of V20_86 for
-- 2–3 ms a draw. candidate_hash stays the SHA-256 of the same canonical text "id:dispatches:last;…", so both formats
-- replay to the same selection and hash. The draws stored before keep their arrays (nothing is converted); a row holds
-- exactly one of the two formats.
ALTER TABLE exp_draw
    ADD COLUMN candidate_pack BYTEA,
    ALTER COLUMN candidate_ids DROP NOT NULL,
    ALTER COLUMN candidate_dispatches DROP NOT NULL,
    ALTER COLUMN candidate_last DROP NOT NULL,
    ADD CONSTRAINT exp_draw_one_snapshot CHECK (
        CASE WHEN candidate_pack IS NULL
             THEN candidate_ids IS NOT NULL AND candidate_dispatches IS NOT NULL AND candidate_last IS NOT NULL
             ELSE candidate_ids IS NULL AND candidate_dispatches IS NULL AND candidate_last IS NULL END);
