-- Issue 19, STAT-06/07/08: the facts the enforcement statistics need, recorded where they happen, and the read models
-- reporting joins (docs/conventions.md "Table boundaries"; listed in enforcement's package-info).

-- STAT-06 (执法情况统计分析制度第五条第（六）项): vehicles used on an inspection (动用执法车辆), their plates.
ALTER TABLE enf_case ADD COLUMN vehicle_count INT NOT NULL DEFAULT 0 CHECK (vehicle_count BETWEEN 0 AND 20);
ALTER TABLE enf_case ADD COLUMN vehicle_plates VARCHAR(300);

-- STAT-07 (受理行政复议案件数): when the reconsideration body is an emergency-management agency of the system (a county
-- bureau's decision reviewed by the city bureau), that agency received it; its jurisdiction's path counts it.
ALTER TABLE enf_case_remedy ADD COLUMN review_agency_id BIGINT REFERENCES org_agency (id);
ALTER TABLE enf_case_remedy ADD COLUMN review_scope_path VARCHAR(200);

CREATE VIEW enf_stat_case_view AS
    SELECT c.id, c.case_number, c.agency_id, c.scope_path, c.kind, c.source, c.title, c.party_name, c.stage,
           c.opened_at, c.closed_at, c.joint_operation_id, c.vehicle_count, c.vehicle_plates
    FROM enf_case c;

CREATE VIEW enf_stat_decision_view AS
    SELECT d.case_id, c.scope_path, c.agency_id, c.case_number, c.party_name, c.kind AS case_kind, d.kind, d.document_type,
           d.document_number, d.fine_yuan, d.confiscation_yuan, d.issued_at
    FROM enf_case_decision d JOIN enf_case c ON c.id = d.case_id;

CREATE VIEW enf_stat_hearing_view AS
    SELECT n.case_id, c.scope_path, c.agency_id, c.case_number, c.party_name, n.hearing_held_on, n.hearing_record_number
    FROM enf_penalty_notice n JOIN enf_case c ON c.id = n.case_id
    WHERE n.hearing_held_on IS NOT NULL;

CREATE VIEW enf_stat_remedy_view AS
    SELECT r.id, r.case_id, r.scope_path, r.review_scope_path, r.kind, r.filed_on, r.body, r.outcome, c.case_number,
           c.party_name, c.agency_id
    FROM enf_case_remedy r JOIN enf_case c ON c.id = r.case_id;

CREATE VIEW enf_stat_member_view AS
    SELECT m.case_id, m.person_id, m.person_name FROM enf_case_member m;

-- STAT-08: a coercive decision (查封、扣押 decided with its number; a coercive case's decision).
CREATE VIEW enf_stat_coercion_view AS
    SELECT s.case_id, c.scope_path, c.agency_id, c.case_number, c.party_name, s.started_on AS decided_on,
           s.decision_number
    FROM enf_seizure s JOIN enf_case c ON c.id = s.case_id
    WHERE s.decision_number IS NOT NULL
    UNION ALL
    SELECT d.case_id, c.scope_path, c.agency_id, c.case_number, c.party_name,
           (d.issued_at AT TIME ZONE 'Asia/Shanghai')::date, d.document_number
    FROM enf_case_decision d JOIN enf_case c ON c.id = d.case_id
    WHERE d.document_type IN ('COERCIVE_DECISION', 'COERCIVE_EXECUTION_DECISION');

-- The statistics read periods of a year over a province's million cases: by kind and day, by closing day, by issue day.
CREATE INDEX enf_case_stat_opened ON enf_case (kind, opened_at) INCLUDE (scope_path, source, joint_operation_id, vehicle_count);
CREATE INDEX enf_case_stat_closed ON enf_case (kind, closed_at) INCLUDE (scope_path) WHERE closed_at IS NOT NULL;
CREATE INDEX enf_case_decision_issued ON enf_case_decision (issued_at) INCLUDE (fine_yuan, confiscation_yuan);
CREATE INDEX enf_penalty_notice_held ON enf_penalty_notice (hearing_held_on) WHERE hearing_held_on IS NOT NULL;
CREATE INDEX enf_case_remedy_review ON enf_case_remedy (review_scope_path text_pattern_ops, filed_on)
    WHERE review_scope_path IS NOT NULL;
CREATE INDEX enf_case_member_case ON enf_case_member (case_id, person_id);
