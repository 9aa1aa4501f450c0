-- Issue 20 item 7, calendar (owner of cal_deadline): a deadline's due date as other modules' lists read it, so a list
-- (the legal reviews' inbox) folds its rows' due dates into its one statement instead of asking Deadlines.findAll in a
-- second statement and a read-only transaction. The same column as DeadlineView.dueDate.
CREATE OR REPLACE VIEW cal_deadline_due_view AS
SELECT id, due_date FROM cal_deadline;
