-- Issue 19, STAT-09 at province scale: a figure's value reads only indexes. The figures' SQL joins the agency's name for
-- the drill-down (LEFT JOIN org_agency_view ON a.id = c.agency_id); PostgreSQL drops the join for count(*)/sum(), but
-- the case's agency_id stays a needed column, so an index without it forced a heap visit per case (1.0–1.4 s per figure
-- for the province's year at 1,000,000 cases; with it the same figure reads the index only). The decisions' figures join
-- each decision to its case for the scope: a narrow covering index on the case's id makes that join index-only too.
DROP INDEX enf_case_stat_opened;
CREATE INDEX enf_case_stat_opened ON enf_case (kind, opened_at) INCLUDE (scope_path, agency_id, source, joint_operation_id, vehicle_count);
DROP INDEX enf_case_stat_closed;
CREATE INDEX enf_case_stat_closed ON enf_case (kind, closed_at) INCLUDE (scope_path, agency_id) WHERE closed_at IS NOT NULL;
DROP INDEX enf_case_decision_issued;
CREATE INDEX enf_case_decision_issued ON enf_case_decision (issued_at) INCLUDE (case_id, fine_yuan, confiscation_yuan);
CREATE INDEX enf_case_stat_scope ON enf_case (id) INCLUDE (scope_path, agency_id);
