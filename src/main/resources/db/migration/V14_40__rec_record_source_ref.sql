-- LR-05 / LR-10 / LR-15: documents filed in a case's record file by another module's event (legal review's application
-- form, opinion letter, approval form, advisers' written opinions) are filed once per source reference.
ALTER TABLE rec_record ADD COLUMN source_ref VARCHAR(120);
CREATE UNIQUE INDEX rec_record_source_ref ON rec_record (source_ref) WHERE source_ref IS NOT NULL;
