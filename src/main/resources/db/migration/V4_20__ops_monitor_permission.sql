-- Issue 20 (observability): reading the operational metrics (/actuator/prometheus). Deny by default: only the
-- system administrator holds it (a scraper uses a bearer token of such an account).
INSERT INTO iam_permission (code, name, category, admin_role, read_only) VALUES
    ('ops:monitor', '查看运行监控指标', 'ADMIN', 'SYS_ADMIN', TRUE);
INSERT INTO iam_role_permission (role_code, permission_code) VALUES ('SYS_ADMIN', 'ops:monitor');
