-- Issue 14, the search box's uncached path (bench/portal-miss.md, "helper C, 2026-12-07 13:20"): every search ran in a
-- read-only transaction only to say SET LOCAL max_parallel_workers_per_gather = 0 (BEGIN, SET, COMMIT: three round trips
-- around one or two statements), because the planner, expecting few hits, would start two workers for a page of 20 —
-- each a new process with cold caches (125–188 ms a page against 11 ms under 100 clients). A query that calls a
-- PARALLEL UNSAFE function is never planned parallel (the planner decides that on the query as written, before it
-- inlines this function to "true", so no row pays a call); the search's statements say AND pub_serial_plan() and need no
-- transaction. (A storage parameter parallel_workers = 0 on pub_search would not survive V9_76's rebuild of the table on
-- a new database, and pub_publication is shared with the list pages.)
CREATE FUNCTION pub_serial_plan() RETURNS boolean LANGUAGE sql STABLE PARALLEL UNSAFE AS 'SELECT true';
