-- Issue 19 (STAT-09 at province scale: a county's table ≤ 300 ms with 10 users): the figures whose records are one row
-- per fact (every figure but the distinct-person, per-course, per-case and stock ones) are kept as monthly cells per
-- jurisdiction path: the value of a figure for a subtree and a period is the sum of its cells. A cell is recomputed from
-- the figure's own records SQL (the drill-down's) for its path when that path's revision moved at the records' owner
-- (enf_/off_/cmp_stat_revision_view, and rep_stat_revision here for the two registers); rep_stat_seen keeps the
-- revision the cells were computed from. A full rebuild (empty cells, or an administrator's request) recomputes all.
CREATE TABLE rep_stat_cell (
    figure     VARCHAR(80)  NOT NULL,
    scope_path VARCHAR(400) NOT NULL,
    month      DATE         NOT NULL,
    value      NUMERIC      NOT NULL,
    PRIMARY KEY (scope_path, figure, month)
);
-- a subtree and a period, read from the index alone
CREATE INDEX rep_stat_cell_read ON rep_stat_cell (scope_path text_pattern_ops, month) INCLUDE (figure, value);

-- the distinct-count figures (officers trained, courses, certificate holders): their members per place, month and figure;
-- a stock's (holders on a period's last day) only for the month ends asked for so far (rep_stat_stock_month)
CREATE TABLE rep_stat_member (
    figure     VARCHAR(80)  NOT NULL,
    scope_path VARCHAR(400) NOT NULL,
    month      DATE         NOT NULL,
    member     TEXT         NOT NULL,
    stock      BOOLEAN      NOT NULL,
    PRIMARY KEY (scope_path, figure, month, member)
);
CREATE INDEX rep_stat_member_read ON rep_stat_member (scope_path text_pattern_ops, month) INCLUDE (figure, member, stock);

CREATE TABLE rep_stat_stock_month (
    month DATE PRIMARY KEY
);

CREATE TABLE rep_stat_seen (
    source     VARCHAR(8)   NOT NULL,
    scope_path VARCHAR(400) NOT NULL,
    slot       SMALLINT     NOT NULL,
    revision   BIGINT       NOT NULL,
    PRIMARY KEY (source, scope_path, slot)
);

CREATE TABLE rep_stat_cell_state (
    id       INT PRIMARY KEY CHECK (id = 1),
    built_at TIMESTAMPTZ NOT NULL
);

CREATE TABLE rep_stat_revision (
    scope_path VARCHAR(400) NOT NULL,
    slot       SMALLINT     NOT NULL,
    revision   BIGINT       NOT NULL,
    PRIMARY KEY (scope_path, slot)
);

CREATE FUNCTION rep_stat_register_changed() RETURNS trigger LANGUAGE plpgsql AS $$
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
    INSERT INTO rep_stat_revision AS r (scope_path, slot, revision)
    SELECT p, pg_backend_pid() % 8, 1 FROM (SELECT DISTINCT p FROM unnest(paths) p WHERE p IS NOT NULL) d ORDER BY p
    ON CONFLICT (scope_path, slot) DO UPDATE SET revision = r.revision + 1;
    RETURN NULL;
END $$;

CREATE TRIGGER rep_publicity_activity_stat_ins AFTER INSERT ON rep_publicity_activity REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION rep_stat_register_changed();
CREATE TRIGGER rep_publicity_activity_stat_upd AFTER UPDATE ON rep_publicity_activity REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION rep_stat_register_changed();
CREATE TRIGGER rep_publicity_activity_stat_del AFTER DELETE ON rep_publicity_activity REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION rep_stat_register_changed();
CREATE TRIGGER rep_normative_doc_stat_ins AFTER INSERT ON rep_normative_doc REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION rep_stat_register_changed();
CREATE TRIGGER rep_normative_doc_stat_upd AFTER UPDATE ON rep_normative_doc REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION rep_stat_register_changed();
CREATE TRIGGER rep_normative_doc_stat_del AFTER DELETE ON rep_normative_doc REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION rep_stat_register_changed();
