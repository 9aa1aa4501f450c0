-- Issue 20 item 7, calendar: a county's live deadlines (≈ 700 of 160,000) by scope, with what the default order needs
-- (state, due_at, id), so a county's first page's ids are read from this index alone and sorted (top-N of the scope's entries,
-- DeadlineQueries.ids)
-- instead of walking cal_deadline_live_urgency in the province's order and dropping every other county's entries
-- (泽州县: 7,906 entries dropped, 86 buffers). The province and a city keep the urgency walk; the capped count of a
-- county reads this index too (was cal_deadline_scope with heap fetches).
CREATE INDEX IF NOT EXISTS cal_deadline_live_scope ON cal_deadline (scope_path text_pattern_ops) INCLUDE (state, due_at, id)
    WHERE state IN ('OPEN', 'OVERDUE');
