-- OFF-05: the calendar deadline for handing a certificate back after its holder left the enforcement post
-- (met when the return is recorded, waived when the officer is back on post first).
ALTER TABLE off_certificate ADD COLUMN return_deadline_id BIGINT;
