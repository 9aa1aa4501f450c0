-- anjian.files.sm3=after-commit: the row is stored with SHA-256 only and SM3 is filled right after
-- the commit (or by the periodic sweep); sm3_at says when. Rows stored at ingestion keep created_at.
ALTER TABLE file_object ALTER COLUMN sm3 DROP NOT NULL;
ALTER TABLE file_object ADD COLUMN sm3_at TIMESTAMPTZ;
UPDATE file_object SET sm3_at = created_at WHERE sm3 IS NOT NULL;
CREATE INDEX file_object_sm3_pending ON file_object (id) WHERE sm3 IS NULL;
