-- OFF-02 on the officer row: the latest calendar year with trainings and its totals (copied from
-- off_year_hours by the officers service in the same transaction). A row whose year is not the current
-- one means "no training this year", so the list's shortfall filter stays right across New Year without
-- any job, and needs no join.
ALTER TABLE off_officer ADD COLUMN hours_year SMALLINT;
ALTER TABLE off_officer ADD COLUMN year_hours NUMERIC(8, 1);
ALTER TABLE off_officer ADD COLUMN year_trainings INT;
UPDATE off_officer o SET (hours_year, year_hours, year_trainings) = (
    SELECT y.year, y.hours, y.trainings FROM off_year_hours y WHERE y.person_id = o.person_id ORDER BY y.year DESC LIMIT 1);
