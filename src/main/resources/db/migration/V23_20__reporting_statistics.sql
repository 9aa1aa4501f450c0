-- Enforcement statistics (issue 19, STAT-01, STAT-04..STAT-09; 执法情况统计分析制度): derived from the owners' published
-- views, nothing stored here but the permission and the report's numbering.
INSERT INTO iam_permission (code, name, category, admin_role, read_only) VALUES
    ('statistics:read', '查看执法情况统计与明细、导出统计表', 'BUSINESS', NULL, TRUE),
    ('statistics:report', '生成执法情况统计分析报告（取文号）', 'BUSINESS', NULL, FALSE);
INSERT INTO iam_role_permission (role_code, permission_code)
    SELECT r.code, 'statistics:read' FROM iam_role r
    WHERE r.code IN ('OFFICER', 'LEGAL_REVIEWER', 'UNIT_HEAD', 'DEPUTY_DIRECTOR', 'DIRECTOR', 'GENERAL_OFFICE', 'HR');
-- 执法情况统计分析制度第四条: the general office is responsible for the statistical analysis; heads may issue it too.
INSERT INTO iam_role_permission (role_code, permission_code)
    SELECT r.code, 'statistics:report' FROM iam_role r
    WHERE r.code IN ('UNIT_HEAD', 'DEPUTY_DIRECTOR', 'DIRECTOR', 'GENERAL_OFFICE');

INSERT INTO doc_type (code, name, format_pattern, sort_order) VALUES
    ('STAT_REPORT', '执法情况统计分析报告', '{agencyShort}统析〔{year}〕{n}号', 400);
