-- TI-03: each applicant's result per stage (written and interview scores exist; 考察 and 体检 pass/fail here),
-- and the recorded reason when a higher-ranked qualified applicant is skipped at hiring.
ALTER TABLE ti_applicant ADD COLUMN inspection_passed BOOLEAN;
ALTER TABLE ti_applicant ADD COLUMN medical_passed BOOLEAN;
ALTER TABLE ti_applicant ADD COLUMN skip_reason VARCHAR(500);
ALTER TABLE ti_applicant ADD CONSTRAINT ti_applicant_medical_after_inspection
    CHECK (medical_passed IS NULL OR inspection_passed IS TRUE);
