-- At most one open (running or returned) flow of a definition per subject, also under concurrent starts.
CREATE UNIQUE INDEX wf_flow_one_open ON wf_flow (definition_code, subject_type, subject_id)
    WHERE state IN ('RUNNING', 'RETURNED');
