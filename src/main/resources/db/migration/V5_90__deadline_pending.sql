-- Issue 8 item 4: a deadline whose due falls in a year without holiday data is accepted as PENDING
-- (no due yet: CAL-01 never guesses) and opened when that year is entered. Only OPEN and OVERDUE
-- deadlines must have a due; a PENDING one may also be met or waived before its due is known.
ALTER TABLE cal_deadline DROP CONSTRAINT cal_deadline_state_check;
ALTER TABLE cal_deadline ADD CONSTRAINT cal_deadline_state_check
    CHECK (state IN ('PENDING', 'OPEN', 'MET', 'OVERDUE', 'WAIVED'));
ALTER TABLE cal_deadline ALTER COLUMN due_date DROP NOT NULL;
ALTER TABLE cal_deadline ALTER COLUMN due_at DROP NOT NULL;
ALTER TABLE cal_deadline ADD CONSTRAINT cal_deadline_due_known
    CHECK (state NOT IN ('OPEN', 'OVERDUE') OR (due_date IS NOT NULL AND due_at IS NOT NULL));
CREATE INDEX cal_deadline_pending ON cal_deadline (id) WHERE state = 'PENDING';
