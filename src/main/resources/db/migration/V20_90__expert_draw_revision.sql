-- EXP-07/EXP-08 (issue 15, performance): the revision of everything a draw reads from the pool — the experts (who is
-- active, field, level, name, employer, person), their sub-specialties, the dispatch dates that drive rotation and the
-- declared conflicts. Every node keeps an in-memory copy of a pool keyed by this revision and reads the revision (one
-- row) at every draw, so a change committed on any node is seen by the next draw on every node.
-- The value comes from a sequence, not revision + 1: a transaction that bumps and rolls back leaves no revision a later
-- commit could take again, so a copy loaded inside an uncommitted transaction can never be mistaken for committed data.
-- The row's lock orders the writers of these tables (human-paced: admissions, dispatches, declarations) until commit.
CREATE SEQUENCE exp_draw_revision_seq;
CREATE TABLE exp_draw_revision (
    id       SMALLINT PRIMARY KEY CHECK (id = 1),
    revision BIGINT   NOT NULL
);
INSERT INTO exp_draw_revision (id, revision) VALUES (1, nextval('exp_draw_revision_seq'));

CREATE FUNCTION exp_draw_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE exp_draw_revision SET revision = nextval('exp_draw_revision_seq') WHERE id = 1;
    RETURN NULL;
END $$;

-- rows added or removed: once per statement (bulk loads such as bench/expertdraw/generate.sql bump once)
CREATE TRIGGER exp_expert_draw_revision AFTER INSERT OR DELETE OR TRUNCATE ON exp_expert
    FOR EACH STATEMENT EXECUTE FUNCTION exp_draw_revision_bump();
CREATE TRIGGER exp_expert_sub_draw_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON exp_expert_sub
    FOR EACH STATEMENT EXECUTE FUNCTION exp_draw_revision_bump();
CREATE TRIGGER exp_dispatch_draw_revision AFTER INSERT OR DELETE OR TRUNCATE ON exp_dispatch
    FOR EACH STATEMENT EXECUTE FUNCTION exp_draw_revision_bump();
CREATE TRIGGER exp_conflict_draw_revision AFTER INSERT OR DELETE OR TRUNCATE ON exp_conflict
    FOR EACH STATEMENT EXECUTE FUNCTION exp_draw_revision_bump();

-- rows changed: only when a column the draw reads changed (aggregates save every column; a dispatch's status, report
-- and fees change often and do not move the copy)
CREATE TRIGGER exp_expert_draw_revision_upd AFTER UPDATE ON exp_expert FOR EACH ROW
    WHEN ((OLD.agency_id, OLD.status, OLD.field_code, OLD.level, OLD.name, OLD.employer_enterprise_id, OLD.person_id)
          IS DISTINCT FROM (NEW.agency_id, NEW.status, NEW.field_code, NEW.level, NEW.name, NEW.employer_enterprise_id, NEW.person_id))
    EXECUTE FUNCTION exp_draw_revision_bump();
CREATE TRIGGER exp_dispatch_draw_revision_upd AFTER UPDATE ON exp_dispatch FOR EACH ROW
    WHEN ((OLD.expert_id, OLD.dispatched_on) IS DISTINCT FROM (NEW.expert_id, NEW.dispatched_on))
    EXECUTE FUNCTION exp_draw_revision_bump();
CREATE TRIGGER exp_conflict_draw_revision_upd AFTER UPDATE ON exp_conflict FOR EACH ROW
    WHEN ((OLD.expert_id, OLD.enterprise_id, OLD.relation, OLD.from_date, OLD.to_date)
          IS DISTINCT FROM (NEW.expert_id, NEW.enterprise_id, NEW.relation, NEW.from_date, NEW.to_date))
    EXECUTE FUNCTION exp_draw_revision_bump();
