-- Enforcement statistics (issue 19, STAT-01, STAT-04..STAT-09; 执法情况统计分析制度): derived from the owners' published
-- views, nothing stored here but the permission and the report's numbering.
INSERT INTO iam_permission (code, name, category, admin_role, read_only) VALUES
    ('statistics:read', '查看执法情况统计、明细与分析报告', 'BUSINESS', NULL, TRUE);
INSERT INTO iam_role_permission (role_code, permission_code)
    SELECT r.code, 'statistics:read' FROM iam_role r
    WHERE r.code IN ('OFFICER', 'LEGAL_REVIEWER', 'UNIT_HEAD', 'DEPUTY_DIRECTOR', 'DIRECTOR', 'GENERAL_OFFICE', 'HR');

INSERT INTO doc_type (code, name, format_pattern, sort_order) VALUES
    ('STAT_REPORT', '执法情况统计分析报告', '{agencyShort}统析〔{year}〕{n}号', 400);
