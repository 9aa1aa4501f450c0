-- Published read model of the enterprises module (docs/conventions.md, "Table boundaries"): plans'
-- classified-and-graded coverage (CASE-10) lists the enterprises of a plan's area with their risk grade
-- without joining ent_enterprise. The enterprises module keeps these columns stable.
CREATE VIEW ent_enterprise_view AS
    SELECT id, name, credit_code, kind, industry, jurisdiction_id, scope_path, risk_grade, status
    FROM ent_enterprise;
