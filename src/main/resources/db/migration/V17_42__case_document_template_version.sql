-- Issue 11 item 7: a case document shows the template version (文书式样版本) it was generated with.
ALTER TABLE enf_case_document ADD COLUMN template_version INT;
