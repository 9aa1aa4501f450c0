-- SS-07 → TI-16: the appointing department destroys the certificate and reports it (status DESTROYED);
-- only the provincial department cancels it (status CANCELLED) and the cancellation is published.
ALTER TABLE per_supervisor ADD COLUMN certificate_destroyed_on DATE;
ALTER TABLE per_supervisor ADD COLUMN cancelled_on DATE;
ALTER TABLE per_supervisor ADD CONSTRAINT per_supervisor_cancelled_after_destruction
    CHECK (cancelled_on IS NULL OR certificate_destroyed_on IS NOT NULL);
