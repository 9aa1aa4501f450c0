-- Four eyes (issue 8): the unit head and the director approve a transfer to judicial organs, so the
-- case handlers (执法人员) who found the suspected crime write the request (《行政执法机关移送涉嫌犯罪案件
-- 的规定》第五条: the handlers report, the head approves); a unit head may still request, and then
-- another unit head reviews it.
UPDATE iam_permission SET name = '提请涉嫌犯罪案件移送司法机关' WHERE code = 'case:transfer';
INSERT INTO iam_role_permission (role_code, permission_code) VALUES ('OFFICER', 'case:transfer')
    ON CONFLICT DO NOTHING;
