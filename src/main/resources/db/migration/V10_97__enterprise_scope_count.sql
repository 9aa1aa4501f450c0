-- Issue 20 item 7: the enterprise list's count per scope (V1_1's mechanism, as V7_97 for officers): an unfiltered page
-- reads its scope's rows here instead of counting up to 1,001 enterprises on every request.
CREATE TABLE ent_enterprise_scope_count (
    prefix VARCHAR(400) NOT NULL,
    slot   SMALLINT     NOT NULL,
    n      BIGINT       NOT NULL,
    PRIMARY KEY (prefix, slot)
);
INSERT INTO ent_enterprise_scope_count (prefix, slot, n)
SELECT p, 0, count(*) FROM ent_enterprise o CROSS JOIN LATERAL scope_prefixes(o.scope_path) p GROUP BY p;

CREATE TRIGGER ent_enterprise_scope_count_ins AFTER INSERT ON ent_enterprise REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION scope_counted('ent_enterprise_scope_count');
CREATE TRIGGER ent_enterprise_scope_count_upd AFTER UPDATE ON ent_enterprise REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION scope_counted('ent_enterprise_scope_count');
CREATE TRIGGER ent_enterprise_scope_count_del AFTER DELETE ON ent_enterprise REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION scope_counted('ent_enterprise_scope_count');
