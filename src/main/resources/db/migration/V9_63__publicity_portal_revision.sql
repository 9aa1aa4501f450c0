-- Issue 14, the portal's cheap revalidation: one revision number of everything the public pages of publicity show.
-- Every statement that changes a published notice, a before-enforcement item, its fields or attachments, or a portal's
-- channels bumps it in its own transaction (statement triggers, so also bulk loads such as bench/portal/generate.sql);
-- each node compares it at most once per anjian.portal.revision-ttl and at once after its own changes
-- (publicity.portal.PortalRevision), and the public pages' ETags and cached renderings are keyed by it.
CREATE TABLE pub_portal_revision (
    id       SMALLINT PRIMARY KEY CHECK (id = 1),
    revision BIGINT   NOT NULL
);
INSERT INTO pub_portal_revision (id, revision) VALUES (1, 1);

CREATE FUNCTION pub_portal_revision_bump() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE pub_portal_revision SET revision = revision + 1 WHERE id = 1;
    RETURN NULL;
END $$;

CREATE TRIGGER pub_publication_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON pub_publication
    FOR EACH STATEMENT EXECUTE FUNCTION pub_portal_revision_bump();
CREATE TRIGGER pub_before_item_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON pub_before_item
    FOR EACH STATEMENT EXECUTE FUNCTION pub_portal_revision_bump();
CREATE TRIGGER pub_before_field_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON pub_before_field
    FOR EACH STATEMENT EXECUTE FUNCTION pub_portal_revision_bump();
CREATE TRIGGER pub_portal_channel_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON pub_portal_channel
    FOR EACH STATEMENT EXECUTE FUNCTION pub_portal_revision_bump();
