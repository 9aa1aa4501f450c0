-- Issue 19 (STAT-09 at province scale, as V17_73 for enforcement): every statement that changes officers, trainings or
-- certificates moves the revision of the jurisdiction paths it touched (an officer moved to another place touches both);
-- reporting reads off_stat_revision_view and recomputes the training and certificate cells of a path whose revision moved.
CREATE TABLE off_stat_revision (
    scope_path VARCHAR(400) NOT NULL,
    slot       SMALLINT     NOT NULL,
    revision   BIGINT       NOT NULL,
    PRIMARY KEY (scope_path, slot)
);

CREATE VIEW off_stat_revision_view AS SELECT scope_path, slot, revision FROM off_stat_revision;

CREATE FUNCTION off_stat_touch(paths TEXT[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO off_stat_revision AS r (scope_path, slot, revision)
    SELECT p, pg_backend_pid() % 8, 1 FROM (SELECT DISTINCT p FROM unnest(paths) p WHERE p IS NOT NULL) d ORDER BY p
    ON CONFLICT (scope_path, slot) DO UPDATE SET revision = r.revision + 1
$$;

CREATE FUNCTION off_stat_officer_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM off_stat_touch(ARRAY(SELECT n.scope_path FROM new_rows n));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM off_stat_touch(ARRAY(SELECT o.scope_path FROM old_rows o));
    ELSE
        PERFORM off_stat_touch(ARRAY(SELECT o.scope_path FROM old_rows o UNION SELECT n.scope_path FROM new_rows n));
    END IF;
    RETURN NULL;
END $$;

-- a training or a certificate has the scope of its officer
CREATE FUNCTION off_stat_training_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM off_stat_touch(ARRAY(SELECT o.scope_path FROM new_rows n JOIN off_officer o ON o.person_id = n.person_id));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM off_stat_touch(ARRAY(SELECT o.scope_path FROM old_rows t JOIN off_officer o ON o.person_id = t.person_id));
    ELSE
        PERFORM off_stat_touch(ARRAY(SELECT o.scope_path FROM old_rows t JOIN off_officer o ON o.person_id = t.person_id
                                     UNION SELECT o.scope_path FROM new_rows n JOIN off_officer o ON o.person_id = n.person_id));
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER off_officer_stat_ins AFTER INSERT ON off_officer REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION off_stat_officer_changed();
CREATE TRIGGER off_officer_stat_upd AFTER UPDATE ON off_officer REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION off_stat_officer_changed();
CREATE TRIGGER off_officer_stat_del AFTER DELETE ON off_officer REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION off_stat_officer_changed();

CREATE TRIGGER off_certificate_stat_ins AFTER INSERT ON off_certificate REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION off_stat_training_changed();
CREATE TRIGGER off_certificate_stat_upd AFTER UPDATE ON off_certificate REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION off_stat_training_changed();
CREATE TRIGGER off_certificate_stat_del AFTER DELETE ON off_certificate REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION off_stat_training_changed();

CREATE TRIGGER off_training_stat_ins AFTER INSERT ON off_training REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION off_stat_training_changed();
CREATE TRIGGER off_training_stat_upd AFTER UPDATE ON off_training REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION off_stat_training_changed();
CREATE TRIGGER off_training_stat_del AFTER DELETE ON off_training REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION off_stat_training_changed();
