-- Issue 20 item 7, the deadline list at province scale (≈ 150,000 live deadlines of 1,000,000): its default order
-- (overdue first, then the nearest due date) over the live deadlines, with the scope and the state in the index, so a
-- page's ids come from the index alone whatever the scope (DeadlineQueries.list), and the list's count reads it too.
CREATE INDEX IF NOT EXISTS cal_deadline_live_urgency ON cal_deadline (((state = 'OVERDUE')) DESC, due_at, id)
    INCLUDE (scope_path, state) WHERE state IN ('OPEN', 'OVERDUE');
