-- Issue 14 item 2 (PUB-01): documents attached to an item disclosed before enforcement — the legal bases and discretion
-- benchmarks as PDF or .docx, kept in the file store; the portal lists them with a download link while the item is
-- published (the file store's file_public, V11_30). Part of the DisclosureItem aggregate. Owned by cn.anjian.publicity.
CREATE TABLE pub_before_attachment (
    item_id      BIGINT       NOT NULL REFERENCES pub_before_item (id) ON DELETE CASCADE,
    position     INT          NOT NULL,
    file_id      BIGINT       NOT NULL,
    name         VARCHAR(255) NOT NULL,
    content_type VARCHAR(100) NOT NULL,
    size         BIGINT       NOT NULL,
    PRIMARY KEY (item_id, position)
);
CREATE TRIGGER pub_before_attachment_revision AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON pub_before_attachment
    FOR EACH STATEMENT EXECUTE FUNCTION pub_portal_revision_bump();
