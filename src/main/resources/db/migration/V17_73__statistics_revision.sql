-- Issue 19 (STAT-09 at province scale): reporting keeps the statistics' figures as monthly cells per jurisdiction and must
-- know when the records behind them changed — by the domain or by plain SQL alike. Each statement that inserts, updates
-- or deletes cases, decisions, penalty notices (hearings) or remedies moves the revision of every jurisdiction path it
-- touched (statement-level triggers over the transition tables: one upsert per path and statement, not per row).
-- Reporting reads the revisions through enf_stat_revision_view and recomputes the cells of a path whose revision moved.
-- A path's revision is kept in 8 slots (by the writing backend), so that concurrent writers of one county rarely wait on
-- the same row until commit; a path moved when any of its slots did.
CREATE TABLE enf_stat_revision (
    scope_path VARCHAR(400) NOT NULL,
    slot       SMALLINT     NOT NULL,
    revision   BIGINT       NOT NULL,
    PRIMARY KEY (scope_path, slot)
);

CREATE VIEW enf_stat_revision_view AS SELECT scope_path, slot, revision FROM enf_stat_revision;

-- paths in order, so two statements touching the same paths lock their rows in the same order
CREATE FUNCTION enf_stat_touch(paths TEXT[]) RETURNS void LANGUAGE sql AS $$
    INSERT INTO enf_stat_revision AS r (scope_path, slot, revision)
    SELECT p, pg_backend_pid() % 8, 1 FROM (SELECT DISTINCT p FROM unnest(paths) p WHERE p IS NOT NULL) d ORDER BY p
    ON CONFLICT (scope_path, slot) DO UPDATE SET revision = r.revision + 1
$$;

CREATE FUNCTION enf_stat_case_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM enf_stat_touch(ARRAY(SELECT n.scope_path FROM new_rows n));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM enf_stat_touch(ARRAY(SELECT o.scope_path FROM old_rows o));
    ELSE
        PERFORM enf_stat_touch(ARRAY(SELECT o.scope_path FROM old_rows o UNION SELECT n.scope_path FROM new_rows n));
    END IF;
    RETURN NULL;
END $$;

-- a decision or a penalty notice has the scope of its case
CREATE FUNCTION enf_stat_case_part_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        PERFORM enf_stat_touch(ARRAY(SELECT c.scope_path FROM new_rows n JOIN enf_case c ON c.id = n.case_id));
    ELSIF TG_OP = 'DELETE' THEN
        PERFORM enf_stat_touch(ARRAY(SELECT c.scope_path FROM old_rows o JOIN enf_case c ON c.id = o.case_id));
    ELSE
        PERFORM enf_stat_touch(ARRAY(SELECT c.scope_path FROM old_rows o JOIN enf_case c ON c.id = o.case_id
                                     UNION SELECT c.scope_path FROM new_rows n JOIN enf_case c ON c.id = n.case_id));
    END IF;
    RETURN NULL;
END $$;

-- a remedy counts for the case's place and, when reviewed by a bureau of the system, for the reviewing bureau's place
CREATE FUNCTION enf_stat_remedy_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM enf_stat_touch(ARRAY(SELECT o.scope_path FROM old_rows o UNION SELECT o.review_scope_path FROM old_rows o));
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM enf_stat_touch(ARRAY(SELECT n.scope_path FROM new_rows n UNION SELECT n.review_scope_path FROM new_rows n));
    END IF;
    RETURN NULL;
END $$;

CREATE TRIGGER enf_case_stat_ins AFTER INSERT ON enf_case REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION enf_stat_case_changed();
CREATE TRIGGER enf_case_stat_upd AFTER UPDATE ON enf_case REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION enf_stat_case_changed();
CREATE TRIGGER enf_case_stat_del AFTER DELETE ON enf_case REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION enf_stat_case_changed();

CREATE TRIGGER enf_case_decision_stat_ins AFTER INSERT ON enf_case_decision REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION enf_stat_case_part_changed();
CREATE TRIGGER enf_case_decision_stat_upd AFTER UPDATE ON enf_case_decision REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION enf_stat_case_part_changed();
CREATE TRIGGER enf_case_decision_stat_del AFTER DELETE ON enf_case_decision REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION enf_stat_case_part_changed();

CREATE TRIGGER enf_penalty_notice_stat_ins AFTER INSERT ON enf_penalty_notice REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION enf_stat_case_part_changed();
CREATE TRIGGER enf_penalty_notice_stat_upd AFTER UPDATE ON enf_penalty_notice REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION enf_stat_case_part_changed();
CREATE TRIGGER enf_penalty_notice_stat_del AFTER DELETE ON enf_penalty_notice REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION enf_stat_case_part_changed();

CREATE TRIGGER enf_case_remedy_stat_ins AFTER INSERT ON enf_case_remedy REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION enf_stat_remedy_changed();
CREATE TRIGGER enf_case_remedy_stat_upd AFTER UPDATE ON enf_case_remedy REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION enf_stat_remedy_changed();
CREATE TRIGGER enf_case_remedy_stat_del AFTER DELETE ON enf_case_remedy REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION enf_stat_remedy_changed();
