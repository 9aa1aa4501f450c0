-- Issue 20 item 7, the flagged checks of a city or county at province scale: their ids and start times from the index
-- alone (the scope's flagged checks, then the top rows sorted), instead of walking mine_check_flagged_started in the
-- province's order and dropping every other scope's check. It leads with scope_path, so it serves what
-- mine_check_flagged (scope_path) served (the capped count, the scope's flagged checks) and replaces it.
CREATE INDEX IF NOT EXISTS mine_check_flagged_scope_started ON mine_check (scope_path text_pattern_ops, started_at, id)
    WHERE status = 'FLAGGED';
DROP INDEX IF EXISTS mine_check_flagged;
