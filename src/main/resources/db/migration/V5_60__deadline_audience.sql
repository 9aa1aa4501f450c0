-- Issue 12 defect 2: external roles see only the deadlines they own; actions only for the owner unit and heads.
-- The person a deadline is kept for (e.g. the social supervisor waiting for an answer, SS-05): he sees it too.
ALTER TABLE cal_deadline ADD COLUMN party_user_id BIGINT;
CREATE INDEX cal_deadline_owner_user_idx ON cal_deadline (owner_user_id) WHERE owner_user_id IS NOT NULL;
CREATE INDEX cal_deadline_party_user_idx ON cal_deadline (party_user_id) WHERE party_user_id IS NOT NULL;

INSERT INTO iam_permission (code, name, category, admin_role, read_only) VALUES
    ('deadline:read-scope', '查看管辖范围内的全部期限', 'BUSINESS', NULL, TRUE),
    ('deadline:oversee',    '办理管辖范围内任何期限（负责人）', 'BUSINESS', NULL, FALSE);

-- staff read their jurisdiction's deadlines; social supervisors, technical inspectors, experts and mine
-- commissioners only those they own (their tasks) or that are kept for them (their answers)
INSERT INTO iam_role_permission (role_code, permission_code)
    SELECT r.code, 'deadline:read-scope' FROM iam_role r
    WHERE r.kind = 'BUSINESS' AND r.code NOT IN ('SOCIAL_SUPERVISOR', 'TECH_INSPECTOR', 'EXPERT', 'MINE_COMMISSIONER');
INSERT INTO iam_role_permission (role_code, permission_code) VALUES
    ('UNIT_HEAD', 'deadline:oversee'), ('DEPUTY_DIRECTOR', 'deadline:oversee'), ('DIRECTOR', 'deadline:oversee');
