-- Issue 19 (STAT-09 at province scale, as V17_73 for enforcement): every statement that changes submissions moves the
-- revision of the jurisdiction paths it touched; reporting reads cmp_stat_revision_view and recomputes the complaints'
-- cells of a path whose revision moved.
CREATE TABLE cmp_stat_revision (
    scope_path VARCHAR(400) NOT NULL,
    slot       SMALLINT     NOT NULL,
    revision   BIGINT       NOT NULL,
    PRIMARY KEY (scope_path, slot)
);

CREATE VIEW cmp_stat_revision_view AS SELECT scope_path, slot, revision FROM cmp_stat_revision;

CREATE FUNCTION cmp_stat_submission_changed() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    paths TEXT[];
BEGIN
    IF TG_OP = 'INSERT' THEN
        paths := ARRAY(SELECT n.scope_path FROM new_rows n);
    ELSIF TG_OP = 'DELETE' THEN
        paths := ARRAY(SELECT o.scope_path FROM old_rows o);
    ELSE
        paths := ARRAY(SELECT o.scope_path FROM old_rows o UNION SELECT n.scope_path FROM new_rows n);
    END IF;
    INSERT INTO cmp_stat_revision AS r (scope_path, slot, revision)
    SELECT p, pg_backend_pid() % 8, 1 FROM (SELECT DISTINCT p FROM unnest(paths) p WHERE p IS NOT NULL) d ORDER BY p
    ON CONFLICT (scope_path, slot) DO UPDATE SET revision = r.revision + 1;
    RETURN NULL;
END $$;

CREATE TRIGGER cmp_submission_stat_ins AFTER INSERT ON cmp_submission REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cmp_stat_submission_changed();
CREATE TRIGGER cmp_submission_stat_upd AFTER UPDATE ON cmp_submission REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cmp_stat_submission_changed();
CREATE TRIGGER cmp_submission_stat_del AFTER DELETE ON cmp_submission REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION cmp_stat_submission_changed();
