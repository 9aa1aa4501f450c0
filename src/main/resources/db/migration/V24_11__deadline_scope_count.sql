-- Issue 20 item 7: the deadline list's count per scope (V1_1's mechanism with V1_2's condition): an unfiltered page (the
-- live deadlines of the jurisdiction, the API's and the page's default) reads its scope's rows here instead of counting
-- up to 1,001 of the province's ≈ 150,000 live deadlines on every request. Only live deadlines count: closing one (MET,
-- WAIVED) takes it out, the overdue scan (OPEN → OVERDUE) moves nothing.
CREATE TABLE cal_deadline_scope_count (
    prefix VARCHAR(400) NOT NULL,
    slot   SMALLINT     NOT NULL,
    n      BIGINT       NOT NULL,
    PRIMARY KEY (prefix, slot)
);
INSERT INTO cal_deadline_scope_count (prefix, slot, n)
SELECT p, 0, count(*) FROM cal_deadline d CROSS JOIN LATERAL scope_prefixes(d.scope_path) p
WHERE d.state IN ('OPEN', 'OVERDUE') GROUP BY p;

CREATE TRIGGER cal_deadline_scope_count_ins AFTER INSERT ON cal_deadline REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION scope_counted('cal_deadline_scope_count', 'state IN (''OPEN'', ''OVERDUE'')');
CREATE TRIGGER cal_deadline_scope_count_upd AFTER UPDATE ON cal_deadline REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION scope_counted('cal_deadline_scope_count', 'state IN (''OPEN'', ''OVERDUE'')');
CREATE TRIGGER cal_deadline_scope_count_del AFTER DELETE ON cal_deadline REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION scope_counted('cal_deadline_scope_count', 'state IN (''OPEN'', ''OVERDUE'')');
