-- Issue 20 item 7, the flagged checks (/mines/checks/flagged) at province scale: newest first from the index instead of
-- sorting every flagged check in scope.
CREATE INDEX IF NOT EXISTS mine_check_flagged_started ON mine_check (started_at, id) INCLUDE (scope_path) WHERE status = 'FLAGGED';
