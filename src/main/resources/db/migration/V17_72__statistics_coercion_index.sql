-- Issue 19, STAT-08/09 at province scale: enf_stat_coercion_view dates a coercive decision by its Beijing day
-- ((issued_at AT TIME ZONE 'Asia/Shanghai')::date), which no index on issued_at can bound, so the coercion figure probed
-- the decision of every case of the place (泽州's year over 1,000,000 cases: 2,810 probes, 10,600 buffers). This partial
-- index on that day holds the coercive decisions only (the view's own condition, so the planner proves it applies).
CREATE INDEX enf_case_decision_coercive_day ON enf_case_decision (((issued_at AT TIME ZONE 'Asia/Shanghai')::date))
    INCLUDE (case_id) WHERE document_type IN ('COERCIVE_DECISION', 'COERCIVE_EXECUTION_DECISION');
