-- Issue 20 item 7: the list pages' unit filters (cases, officers) read an agency's units from a per-node copy
-- (kernel.RevisionedSnapshot, org.UnitCopy) instead of one statement per page. Every statement that changes org_unit —
-- the domain (Agencies) or plain SQL (importers, demo loaders, bench data) — moves this revision; a node compares it at
-- most once per anjian.org.unit-snapshot-ttl and reloads when it moved (a change on the same node applies at once).
-- The value comes from a sequence, not revision + 1 (as exp_draw_revision): a bump that rolls back leaves no revision
-- that a later commit could take again.
CREATE SEQUENCE org_unit_revision_seq;
CREATE TABLE org_unit_revision (
    id       SMALLINT PRIMARY KEY CHECK (id = 1),
    revision BIGINT   NOT NULL
);
INSERT INTO org_unit_revision (id, revision) VALUES (1, nextval('org_unit_revision_seq'));

CREATE FUNCTION org_unit_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE org_unit_revision SET revision = nextval('org_unit_revision_seq') WHERE id = 1;
    RETURN NULL;
END $$;

-- once per statement (a bulk load bumps once); units change at a human pace
CREATE TRIGGER org_unit_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON org_unit
    FOR EACH STATEMENT EXECUTE FUNCTION org_unit_revision_bump();
