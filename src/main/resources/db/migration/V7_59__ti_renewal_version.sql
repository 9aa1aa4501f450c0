-- ti_renewal becomes a Spring Data JDBC aggregate (Renewal) with optimistic locking.
ALTER TABLE ti_renewal ADD COLUMN version INT NOT NULL DEFAULT 0;
