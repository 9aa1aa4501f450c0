-- ORG-03 for the audit trail (issue 13): a county auditor's query filters on the acting account's jurisdiction
CREATE INDEX audit_entry_scope_ix ON audit_entry (scope_path text_pattern_ops, id);
