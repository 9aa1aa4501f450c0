-- The officer list is filtered and sorted at province scale (40,000 officers, 10 concurrent users):
-- keep the name and the officer's current enforcement certificate on the officer row, maintained by
-- the officers service in the same transaction as the change, so the list is one table plus the yearly
-- summary instead of a join to people and a correlated certificate lookup per row.
ALTER TABLE off_officer ADD COLUMN name VARCHAR(50);
ALTER TABLE off_officer ADD COLUMN cert_number VARCHAR(40);
ALTER TABLE off_officer ADD COLUMN cert_status VARCHAR(10);
ALTER TABLE off_officer ADD COLUMN cert_valid_to DATE;
UPDATE off_officer o SET name = p.name FROM per_person p WHERE p.id = o.person_id;
UPDATE off_officer o SET (cert_number, cert_status, cert_valid_to) = (
    SELECT c.number, c.status, c.valid_to FROM off_certificate c
    WHERE c.person_id = o.person_id AND c.kind = 'ENFORCEMENT'
    ORDER BY (c.status = 'VALID') DESC, c.valid_to DESC, c.id DESC LIMIT 1);
ALTER TABLE off_officer ALTER COLUMN name SET NOT NULL;
CREATE INDEX off_officer_by_name ON off_officer (name, person_id);
CREATE INDEX off_officer_scope_name ON off_officer (scope_path text_pattern_ops, name, person_id);
