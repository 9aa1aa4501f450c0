-- Case list, "overdue only" filter (measured with bench/cases-list.sh on 1,000,000 cases, bench/RESULTS.md).
-- Overdue cases are old open ones, while the list walks opening times from the newest: through
-- enf_case_opened the province query skipped ~49,000 recent rows on the heap (450 ms; a city with
-- kind = COERCIVE 700 ms). This partial index holds only open cases (~14 % of rows) and keeps due_at,
-- scope_path and kind as key columns so that those conditions are checked inside the index while
-- walking (opened_at DESC, id DESC): 2 ms for province, city and county alike.
-- (Added by the perf bench in the cases range's last slot, V13_29, to avoid colliding with the cases
-- engineer's next migrations; the cases engineer may fold it into V13_1.)
CREATE INDEX IF NOT EXISTS enf_case_open_opened ON enf_case (opened_at DESC, id DESC, due_at, scope_path text_pattern_ops, kind)
    WHERE closed_at IS NULL;
