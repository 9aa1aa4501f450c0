-- Permissions for enterprises, files and documents (issue 4 groundwork).
INSERT INTO iam_permission (code, name, category, admin_role, read_only) VALUES
    ('enterprise:read',    '查看生产经营单位',               'BUSINESS', NULL, TRUE),
    ('enterprise:manage',  '维护生产经营单位与利害关系登记',   'BUSINESS', NULL, FALSE),
    ('enterprise:import',  'Excel 批量导入生产经营单位',       'BUSINESS', NULL, FALSE),
    ('file:upload',        '上传文件与证据',                  'BUSINESS', NULL, FALSE),
    ('file:read',          '下载文件（下载时校验完整性）',      'BUSINESS', NULL, TRUE),
    ('file:verify',        '文件完整性巡检结果',               'BUSINESS', NULL, TRUE),
    ('document:generate',  '取号与生成执法文书',               'BUSINESS', NULL, FALSE);
INSERT INTO iam_role_permission (role_code, permission_code)
    SELECT r.code, 'enterprise:read' FROM iam_role r WHERE r.kind = 'BUSINESS' AND r.code NOT IN ('SOCIAL_SUPERVISOR');
INSERT INTO iam_role_permission (role_code, permission_code)
    SELECT r.code, p.code FROM iam_role r CROSS JOIN (VALUES ('file:upload'), ('file:read')) AS p (code)
    WHERE r.code IN ('OFFICER', 'LEGAL_REVIEWER', 'UNIT_HEAD', 'DEPUTY_DIRECTOR', 'DIRECTOR', 'TECH_INSPECTOR',
                     'MINE_COMMISSIONER', 'GENERAL_OFFICE', 'HR');
INSERT INTO iam_role_permission (role_code, permission_code) VALUES
    ('OFFICER', 'enterprise:manage'), ('UNIT_HEAD', 'enterprise:manage'), ('UNIT_HEAD', 'enterprise:import'),
    ('GENERAL_OFFICE', 'enterprise:import'),
    ('UNIT_HEAD', 'file:verify'), ('DIRECTOR', 'file:verify'), ('DEPUTY_DIRECTOR', 'file:verify'),
    ('OFFICER', 'document:generate'), ('LEGAL_REVIEWER', 'document:generate'), ('UNIT_HEAD', 'document:generate'),
    ('GENERAL_OFFICE', 'document:generate');
