-- Issue 14 (PUB-08): a published entry is corrected automatically when a reconsideration or lawsuit revokes, varies or
-- confirms illegal the decision (enforcement's DecisionRemedied). revision_source names the remedy that caused the
-- revision, so a redelivered event corrects nothing twice.
ALTER TABLE pub_decision_entry ADD COLUMN revision_source VARCHAR(100);
CREATE INDEX pub_decision_entry_case ON pub_decision_entry (case_id);
