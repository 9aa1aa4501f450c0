-- Issue 14: who keeps an agency's portal channels (phone, e-mail, address, 12345, 主办单位) in the back office.
INSERT INTO iam_permission (code, name, category, admin_role, read_only) VALUES
    ('portal:manage', '维护公示门户的监督渠道与主办单位', 'BUSINESS', NULL, FALSE);
INSERT INTO iam_role_permission (role_code, permission_code) VALUES
    ('GENERAL_OFFICE', 'portal:manage'), ('DIRECTOR', 'portal:manage');
