-- MC-06 (art. 9): an approved assignment plan is reported to the provincial mine safety department. Who receives
-- the reports (told in the message centre) and reads the list of plans reported from below.
INSERT INTO iam_permission (code, name, category, admin_role, read_only) VALUES
    ('mine:plan-receive', '接收下级上报的监管专员派驻方案', 'BUSINESS', NULL, TRUE);
INSERT INTO iam_role_permission (role_code, permission_code) VALUES
    ('OFFICER', 'mine:plan-receive'), ('UNIT_HEAD', 'mine:plan-receive'), ('DEPUTY_DIRECTOR', 'mine:plan-receive'),
    ('DIRECTOR', 'mine:plan-receive'), ('GENERAL_OFFICE', 'mine:plan-receive');
