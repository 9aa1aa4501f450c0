-- Published read models of org (docs/conventions.md, "Table boundaries"): other modules join these
-- views for names and scope in their lists, never org_* tables, so org may change its tables freely
-- as long as the views keep their columns. TableBoundaryTests allows *_view names across modules.
CREATE VIEW org_jurisdiction_view AS
    SELECT id, code, name, level, parent_id, path, status FROM org_jurisdiction;
CREATE VIEW org_agency_view AS
    SELECT id, jurisdiction_id, scope_path, kind, name, status FROM org_agency;
CREATE VIEW org_unit_view AS
    SELECT id, agency_id, kind, name, status FROM org_unit;
