-- Published read model of personnel's social supervisors (docs/conventions.md, "Table boundaries"):
-- complaints shows the submitting supervisor's name without joining per_supervisor/per_person.
CREATE VIEW per_supervisor_view AS
    SELECT s.id, s.person_id, p.name, s.agency_id, s.scope_path, s.status
    FROM per_supervisor s JOIN per_person p ON p.id = s.person_id;
