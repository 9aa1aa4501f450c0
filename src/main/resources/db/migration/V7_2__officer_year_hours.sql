-- OFF-02 summary: class hours counting for the year (refresher + rotation) and the number of trainings,
-- per officer and calendar year, kept in step with off_training by the officers service (same
-- transaction). Lets the officer list and the province-wide shortfall report join one row per officer
-- instead of aggregating a million training rows per request.
CREATE TABLE off_year_hours (
    person_id   BIGINT        NOT NULL REFERENCES off_officer (person_id),
    year        SMALLINT      NOT NULL,
    hours       NUMERIC(8, 1) NOT NULL,
    trainings   INT           NOT NULL,
    PRIMARY KEY (year, person_id)
);
