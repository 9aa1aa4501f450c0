-- Issue 20 item 7: the officer list's count per scope (V1_1's mechanism): an unfiltered page (the list API's and the
-- page's default) reads its scope's rows here instead of counting up to 1,001 officers on every request (the count was
-- half the page's statement).
CREATE TABLE off_officer_scope_count (
    prefix VARCHAR(400) NOT NULL,
    slot   SMALLINT     NOT NULL,
    n      BIGINT       NOT NULL,
    PRIMARY KEY (prefix, slot)
);
INSERT INTO off_officer_scope_count (prefix, slot, n)
SELECT p, 0, count(*) FROM off_officer o CROSS JOIN LATERAL scope_prefixes(o.scope_path) p GROUP BY p;

CREATE TRIGGER off_officer_scope_count_ins AFTER INSERT ON off_officer REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION scope_counted('off_officer_scope_count');
CREATE TRIGGER off_officer_scope_count_upd AFTER UPDATE ON off_officer REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION scope_counted('off_officer_scope_count');
CREATE TRIGGER off_officer_scope_count_del AFTER DELETE ON off_officer REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION scope_counted('off_officer_scope_count');
