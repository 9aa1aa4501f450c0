-- CASE-10 (分类分级执法, 003 §14): the annual plan sets the minimum inspections a year per enterprise risk
-- grade. A new plan takes the values in force (settings enforcement.inspection-frequency-*) and may change
-- them while it is a draft; plans made before this column existed get the RULES.md defaults.
ALTER TABLE enf_plan
    ADD COLUMN freq_a INT NOT NULL DEFAULT 4 CHECK (freq_a BETWEEN 0 AND 52),
    ADD COLUMN freq_b INT NOT NULL DEFAULT 2 CHECK (freq_b BETWEEN 0 AND 52),
    ADD COLUMN freq_c INT NOT NULL DEFAULT 1 CHECK (freq_c BETWEEN 0 AND 52),
    ADD COLUMN freq_d INT NOT NULL DEFAULT 0 CHECK (freq_d BETWEEN 0 AND 52);
ALTER TABLE enf_plan
    ALTER COLUMN freq_a DROP DEFAULT, ALTER COLUMN freq_b DROP DEFAULT,
    ALTER COLUMN freq_c DROP DEFAULT, ALTER COLUMN freq_d DROP DEFAULT;
CREATE INDEX enf_case_agency_kind_enterprise ON enf_case (agency_id, kind, enterprise_id, opened_at)
    WHERE enterprise_id IS NOT NULL;
