-- OFF-03: a certificate's validity is day-specific. invalid_from: the day it was revoked, cancelled or returned
-- (set once, never moved by a later status); suspended_from / suspended_to: the latest suspension (suspended_to is the
-- reinstatement day, NULL while suspended). A day is valid when it lies in valid_from..valid_to, before invalid_from and
-- outside the suspension. Rows written before: the recorded status date stands for both.
ALTER TABLE off_certificate ADD COLUMN invalid_from DATE;
ALTER TABLE off_certificate ADD COLUMN suspended_from DATE;
ALTER TABLE off_certificate ADD COLUMN suspended_to DATE;
UPDATE off_certificate SET invalid_from = coalesce(status_on, valid_from)
 WHERE status IN ('REVOKED', 'CANCELLED', 'RETURNED');
UPDATE off_certificate SET suspended_from = coalesce(status_on, valid_from) WHERE status = 'SUSPENDED';
