-- Issue 12: the enterprise page shows the legal representative (法定代表人/负责人) and a contact (name,
-- phone; the phone masked on display, IAM-06). Optional: imported and older enterprises have none yet.
ALTER TABLE ent_enterprise ADD COLUMN legal_representative VARCHAR(50);
ALTER TABLE ent_enterprise ADD COLUMN contact_name VARCHAR(50);
ALTER TABLE ent_enterprise ADD COLUMN contact_phone VARCHAR(20);

-- The published view gains the legal representative at its end (documents print it, e.g. 现场检查记录);
-- the existing columns stay as they were.
CREATE OR REPLACE VIEW ent_enterprise_view AS
    SELECT id, name, credit_code, kind, industry, jurisdiction_id, scope_path, risk_grade, status, legal_representative
    FROM ent_enterprise;
