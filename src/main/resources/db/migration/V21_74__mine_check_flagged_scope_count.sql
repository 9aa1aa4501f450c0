-- Issue 20 item 7: the flagged checks' count per scope (V1_1's mechanism with V1_2's condition): the unfiltered list of
-- checks waiting for review (MW-10; the API's and the page's default) reads its scope's rows here instead of counting up
-- to 1,001 flagged checks on every request. A review (FLAGGED → CLEARED or REJECTED) takes a check out.
CREATE TABLE mine_check_flagged_scope_count (
    prefix VARCHAR(400) NOT NULL,
    slot   SMALLINT     NOT NULL,
    n      BIGINT       NOT NULL,
    PRIMARY KEY (prefix, slot)
);
INSERT INTO mine_check_flagged_scope_count (prefix, slot, n)
SELECT p, 0, count(*) FROM mine_check c CROSS JOIN LATERAL scope_prefixes(c.scope_path) p
WHERE c.status = 'FLAGGED' GROUP BY p;

CREATE TRIGGER mine_check_flagged_scope_count_ins AFTER INSERT ON mine_check REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION scope_counted('mine_check_flagged_scope_count', 'status = ''FLAGGED''');
CREATE TRIGGER mine_check_flagged_scope_count_upd AFTER UPDATE ON mine_check REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION scope_counted('mine_check_flagged_scope_count', 'status = ''FLAGGED''');
CREATE TRIGGER mine_check_flagged_scope_count_del AFTER DELETE ON mine_check REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION scope_counted('mine_check_flagged_scope_count', 'status = ''FLAGGED''');
