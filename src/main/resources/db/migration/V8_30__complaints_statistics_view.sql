-- Issue 19, STAT-05: complaints' published read model for the statistics (public consultations, reports, acceptance,
-- handling; supervisors' submissions are not complaints), listed in complaints' package-info.
CREATE VIEW cmp_stat_submission_view AS
    SELECT s.id, s.channel, s.kind, s.title, s.agency_id, s.scope_path, s.status, s.submitted_at, s.accepted_at, s.answered_at
    FROM cmp_submission s
    WHERE s.channel <> 'SUPERVISOR';

CREATE INDEX cmp_submission_submitted ON cmp_submission (submitted_at) INCLUDE (scope_path, kind, channel);
CREATE INDEX cmp_submission_accepted ON cmp_submission (accepted_at) INCLUDE (scope_path, channel) WHERE accepted_at IS NOT NULL;
CREATE INDEX cmp_submission_answered ON cmp_submission (answered_at) INCLUDE (scope_path, channel) WHERE answered_at IS NOT NULL;
