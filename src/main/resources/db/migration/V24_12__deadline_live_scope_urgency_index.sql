-- Issue 20 item 7, calendar: a county's deadline list in its default order (overdue first, then the nearest due time)
-- read per scope path in that order (DeadlineQueries.perPathIds: a skip scan of the paths, then the page's entries of
-- each), instead of all the county's live entries of V24_10's index and a top-N sort (泽州县: 617 entries, 11 buffers and
-- a sort on every page; per path 11 buffers for the whole walk, no sort). The same leading column with text_pattern_ops
-- still serves V24_10's users (a county's other orders, its filtered counts, the overdue and "mine" lists by prefix), so
-- it replaces V24_10: the writes keep one index of this kind (each live deadline's entry; the overdue scan's flip of a
-- state was already a new entry in V24_10, which included the state).
CREATE INDEX IF NOT EXISTS cal_deadline_live_scope_urgency
    ON cal_deadline (scope_path text_pattern_ops, ((state = 'OVERDUE')) DESC, due_at, id) INCLUDE (state)
    WHERE state IN ('OPEN', 'OVERDUE');
DROP INDEX IF EXISTS cal_deadline_live_scope;
