-- Issue 19, STAT-01/04: personnel's published read models for the enforcement statistics (trainings and certificates of
-- officers, with the officer's name and scope), listed in personnel's package-info.
CREATE VIEW off_stat_training_view AS
    SELECT t.id, t.person_id, p.name, o.scope_path, o.agency_id, t.course, t.kind, t.class_hours, t.start_date, t.end_date,
           t.attendance
    FROM off_training t JOIN off_officer o ON o.person_id = t.person_id JOIN per_person p ON p.id = t.person_id;

CREATE VIEW off_stat_certificate_view AS
    SELECT c.id, c.person_id, p.name, o.scope_path, o.agency_id, c.number, c.kind, c.valid_from, c.valid_to, c.status,
           c.status_on
    FROM off_certificate c JOIN off_officer o ON o.person_id = c.person_id JOIN per_person p ON p.id = c.person_id;

CREATE INDEX off_training_end ON off_training (end_date, person_id);
