-- Permissions for enforcement cases (V13_x) and full-process recording (V14_x); issue 4.
INSERT INTO iam_permission (code, name, category, admin_role, read_only) VALUES
    ('case:read',       '查看执法案件',                         'BUSINESS', NULL, TRUE),
    ('case:manage',     '立案、执法组、阶段推进、文书与送达',      'BUSINESS', NULL, FALSE),
    ('case:decide',     '签发案件处理决定',                     'BUSINESS', NULL, FALSE),
    ('case:transfer',   '涉嫌犯罪案件移送司法机关',               'BUSINESS', NULL, FALSE),
    ('plan:manage',     '年度监督检查计划、双随机抽查、联合执法',  'BUSINESS', NULL, FALSE),
    ('record:read',     '查看执法全过程记录',                   'BUSINESS', NULL, TRUE),
    ('record:upload',   '上传执法记录（文字、音像）',             'BUSINESS', NULL, FALSE),
    ('record:export',   '导出音像证据（证据包）',                 'BUSINESS', NULL, FALSE),
    ('record:manage',   '归档、保存期限、到期销毁',               'BUSINESS', NULL, FALSE),
    ('record:clearance-state-secret', '查看涉及国家秘密的记录',   'BUSINESS', NULL, TRUE),
    ('record:clearance-commercial',   '查看涉及商业秘密的记录',   'BUSINESS', NULL, TRUE),
    ('record:clearance-privacy',      '查看涉及个人隐私的记录',   'BUSINESS', NULL, TRUE);

INSERT INTO iam_role_permission (role_code, permission_code)
    SELECT r.code, p.code FROM iam_role r CROSS JOIN (VALUES ('case:read'), ('record:read')) AS p (code)
    WHERE r.code IN ('OFFICER', 'LEGAL_REVIEWER', 'UNIT_HEAD', 'DEPUTY_DIRECTOR', 'DIRECTOR', 'GENERAL_OFFICE',
                     'TECH_INSPECTOR', 'MINE_COMMISSIONER');
INSERT INTO iam_role_permission (role_code, permission_code) VALUES
    ('OFFICER', 'case:manage'), ('UNIT_HEAD', 'case:manage'),
    ('UNIT_HEAD', 'case:decide'), ('DEPUTY_DIRECTOR', 'case:decide'), ('DIRECTOR', 'case:decide'),
    ('UNIT_HEAD', 'case:transfer'), ('DEPUTY_DIRECTOR', 'case:transfer'), ('DIRECTOR', 'case:transfer'),
    ('UNIT_HEAD', 'plan:manage'), ('DEPUTY_DIRECTOR', 'plan:manage'), ('DIRECTOR', 'plan:manage'),
    ('GENERAL_OFFICE', 'plan:manage'),
    ('OFFICER', 'record:upload'), ('UNIT_HEAD', 'record:upload'), ('TECH_INSPECTOR', 'record:upload'),
    ('MINE_COMMISSIONER', 'record:upload'),
    ('OFFICER', 'record:export'), ('UNIT_HEAD', 'record:export'), ('LEGAL_REVIEWER', 'record:export'),
    ('UNIT_HEAD', 'record:manage'), ('GENERAL_OFFICE', 'record:manage'),
    ('DIRECTOR', 'record:clearance-state-secret'),
    ('DIRECTOR', 'record:clearance-commercial'), ('DEPUTY_DIRECTOR', 'record:clearance-commercial'),
    ('UNIT_HEAD', 'record:clearance-commercial'), ('LEGAL_REVIEWER', 'record:clearance-commercial'),
    ('DIRECTOR', 'record:clearance-privacy'), ('DEPUTY_DIRECTOR', 'record:clearance-privacy'),
    ('UNIT_HEAD', 'record:clearance-privacy'), ('LEGAL_REVIEWER', 'record:clearance-privacy');
