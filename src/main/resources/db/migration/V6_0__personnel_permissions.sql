-- Permissions for approvals (workflow), personnel, supervisors' submissions and public notices.
INSERT INTO iam_permission (code, name, category, admin_role, read_only) VALUES
    ('workflow:inbox',     '我的待办与审批',                 'BUSINESS', NULL, FALSE),
    ('personnel:read',     '查看人员、执法证件与培训',         'BUSINESS', NULL, TRUE),
    ('personnel:manage',   '维护人员、培训、执法证件',         'BUSINESS', NULL, FALSE),
    ('personnel:import',   'Excel 批量导入人员与培训',         'BUSINESS', NULL, FALSE),
    ('inspector:manage',   '技术检查员招聘计划、招聘、合同与管理', 'BUSINESS', NULL, FALSE),
    ('supervisor:manage',  '社会监督员聘请、续聘与解聘',       'BUSINESS', NULL, FALSE),
    ('submission:create',  '提交意见建议与违法线索（社会监督员）', 'BUSINESS', NULL, FALSE),
    ('submission:handle',  '办理并答复社会监督员意见与线索',     'BUSINESS', NULL, FALSE);

-- every staff role has the inbox and reads personnel; supervisors, experts and commissioners only their own things
INSERT INTO iam_role_permission (role_code, permission_code)
    SELECT r.code, 'workflow:inbox' FROM iam_role r WHERE r.kind = 'BUSINESS';
INSERT INTO iam_role_permission (role_code, permission_code)
    SELECT r.code, 'personnel:read' FROM iam_role r
    WHERE r.kind = 'BUSINESS' AND r.code NOT IN ('SOCIAL_SUPERVISOR', 'EXPERT', 'TECH_INSPECTOR');
INSERT INTO iam_role_permission (role_code, permission_code) VALUES
    ('HR', 'personnel:manage'), ('HR', 'personnel:import'), ('UNIT_HEAD', 'personnel:manage'),
    ('HR', 'inspector:manage'), ('UNIT_HEAD', 'inspector:manage'), ('DEPUTY_DIRECTOR', 'inspector:manage'),
    ('DIRECTOR', 'inspector:manage'),
    ('HR', 'supervisor:manage'), ('GENERAL_OFFICE', 'supervisor:manage'), ('UNIT_HEAD', 'supervisor:manage'),
    ('SOCIAL_SUPERVISOR', 'submission:create'),
    ('GENERAL_OFFICE', 'submission:handle'), ('UNIT_HEAD', 'submission:handle'), ('OFFICER', 'submission:handle');
