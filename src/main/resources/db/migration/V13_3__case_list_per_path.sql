-- Case list for city and county users, per case path (CaseList.Plan.PER_PATH), measured on 1,000,000
-- generated cases (bench/RESULTS.md): each path of the scope is walked newest first on
-- (scope_path, opened_at, id) with kind, stage, source and the overdue columns checked inside the index
-- (index-only), so a filtered county or city page reads tens to hundreds of buffers instead of thousands.
-- Replaces V13_1's index of the same name (same keys, now covering the filters).
DROP INDEX enf_case_scope_opened;
CREATE INDEX enf_case_scope_opened ON enf_case (scope_path text_pattern_ops, opened_at DESC, id DESC)
    INCLUDE (kind, stage, source, due_at, closed_at);
-- Open cases in list order (V13_2) now also cover kind, stage and source: a province "coercive + overdue"
-- page fetched 47,000 heap rows to read the kind (160 ms), now none (9 ms).
DROP INDEX enf_case_open;
CREATE INDEX enf_case_open ON enf_case (opened_at DESC, id DESC) INCLUDE (due_at, scope_path, kind, stage, source)
    WHERE closed_at IS NULL;
