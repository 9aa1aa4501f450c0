-- Issue 19, STAT-09 for a county: the decisions' figures join each decision to its case for the scope; for a subtree the
-- planner hashes the subtree's cases, and this index gives them (id, agency) without visiting the table (泽州's fines of a
-- year over 1,000,000 cases: 112 → 12 ms).
CREATE INDEX IF NOT EXISTS enf_case_stat_subtree ON enf_case (scope_path text_pattern_ops, id) INCLUDE (agency_id);
