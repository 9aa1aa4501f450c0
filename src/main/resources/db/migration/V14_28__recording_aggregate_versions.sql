-- Activities (ended once, exempted once), records (destroyed once) and case files (closed, archived)
-- become aggregates with optimistic locking.
ALTER TABLE rec_activity ADD COLUMN version INT NOT NULL DEFAULT 0;
ALTER TABLE rec_record ADD COLUMN version INT NOT NULL DEFAULT 0;
ALTER TABLE rec_case_file ADD COLUMN version INT NOT NULL DEFAULT 0;
