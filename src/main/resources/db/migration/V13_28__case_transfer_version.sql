-- The case transfer (CASE-09) becomes an aggregate with optimistic locking, like the case itself.
ALTER TABLE enf_case_transfer ADD COLUMN version INT NOT NULL DEFAULT 0;
