-- Issue 20 item 7: the staff's submission list's count per scope (V1_1's mechanism, as V7_97 for officers): an
-- unfiltered page reads its scope's rows here instead of counting up to 1,001 submissions on every request.
CREATE TABLE cmp_submission_scope_count (
    prefix VARCHAR(400) NOT NULL,
    slot   SMALLINT     NOT NULL,
    n      BIGINT       NOT NULL,
    PRIMARY KEY (prefix, slot)
);
INSERT INTO cmp_submission_scope_count (prefix, slot, n)
SELECT p, 0, count(*) FROM cmp_submission o CROSS JOIN LATERAL scope_prefixes(o.scope_path) p GROUP BY p;

CREATE TRIGGER cmp_submission_scope_count_ins AFTER INSERT ON cmp_submission REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION scope_counted('cmp_submission_scope_count');
CREATE TRIGGER cmp_submission_scope_count_upd AFTER UPDATE ON cmp_submission REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION scope_counted('cmp_submission_scope_count');
CREATE TRIGGER cmp_submission_scope_count_del AFTER DELETE ON cmp_submission REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION scope_counted('cmp_submission_scope_count');
