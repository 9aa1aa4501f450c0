-- Province-scale facts for the statistics benchmark (bench/statistics.sh), on top of bench/cases/generate.sql's cases
-- and records: 40,000 officers (with trainings and certificates), decisions with fines and confiscations for the
-- closed penalty cases, hearings, reconsiderations and lawsuits, vehicles on inspections, public complaints.
-- Deterministic (setseed); run once:  psql -v officers=40000 -f bench/statistics/generate.sql
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET work_mem = '256MB';
-- one transaction, and the people are only added when missing: bench/statistics.sh runs this again until the last
-- insert (the certificates) is there
BEGIN;
SELECT setseed(0.19);

CREATE TEMP TABLE s_agency AS
SELECT a.id, a.scope_path, a.jurisdiction_id, row_number() OVER (ORDER BY a.id) - 1 AS n
FROM org_agency a WHERE a.kind = 'EMERGENCY_MANAGEMENT' AND a.status = 'ACTIVE';

INSERT INTO per_person (name, gender, id_card, birth_date, agency_id, jurisdiction_id, scope_path, created_at, updated_at)
SELECT '统计' || g, 'MALE', 'S' || lpad(g::text, 17, '0'), DATE '1980-01-01', a.id, a.jurisdiction_id, a.scope_path, now(), now()
FROM generate_series(1, :officers) g JOIN s_agency a ON a.n = g % (SELECT count(*) FROM s_agency)
WHERE NOT EXISTS (SELECT 1 FROM per_person q WHERE q.id_card = 'S' || lpad(g::text, 17, '0'));
INSERT INTO off_officer (person_id, name, agency_id, scope_path, post_status, post_since, created_at)
SELECT p.id, p.name, p.agency_id, p.scope_path, 'ON_POST', DATE '2020-01-01', now() FROM per_person p WHERE p.id_card LIKE 'S%'
ON CONFLICT DO NOTHING;
-- two trainings a year (courses of 40 officers), one certificate each (a tenth supervision certificates)
INSERT INTO off_training (person_id, course, kind, class_hours, start_date, end_date, centralised, exam_result, training_year, created_at)
SELECT o.person_id, '法律培训' || (o.person_id / 40) || '-' || y, 'REFRESHER', 8 + (o.person_id % 3) * 8,
       make_date(y, (1 + o.person_id % 12)::int, 10), make_date(y, (1 + o.person_id % 12)::int, 12), true, 'NONE', y, now()
FROM off_officer o JOIN per_person p ON p.id = o.person_id AND p.id_card LIKE 'S%' CROSS JOIN generate_series(2022, 2026) y;
INSERT INTO off_certificate (person_id, number, kind, issuer, valid_from, valid_to, status, created_at)
SELECT o.person_id, 'BS' || o.person_id, CASE WHEN o.person_id % 10 = 0 THEN 'SUPERVISION' ELSE 'ENFORCEMENT' END,
       '山西省人民政府', DATE '2022-01-01', DATE '2030-12-31', 'VALID', now()
FROM off_officer o JOIN per_person p ON p.id = o.person_id AND p.id_card LIKE 'S%' ON CONFLICT DO NOTHING;

-- decisions of the closed penalty cases, hearings on a twentieth, remedies on a fiftieth
INSERT INTO enf_case_decision (case_id, kind, measures, fine_yuan, confiscation_yuan, party_kind, document_type, document_number,
                               issued_at, issued_by)
SELECT c.id, 'PENALTY', '罚款', round((random() * 50000)::numeric, 2), CASE WHEN c.id % 7 = 0 THEN 1000 END, c.party_kind,
       'PENALTY_DECISION', 'BD' || c.id, c.closed_at - interval '5 days', 'bench'
FROM enf_case c WHERE c.kind = 'PENALTY' AND c.closed_at IS NOT NULL ON CONFLICT DO NOTHING;
INSERT INTO enf_penalty_notice (case_id, notice_document_id, notice_number, notified_rank, hearing_rights, served_on,
                                statement_until, statement_status, hearing_status, hearing_held_on, created_at, created_by)
SELECT c.id, 0, 'BN' || c.id, 1, true, (c.opened_at + interval '10 days')::date, (c.opened_at + interval '15 days')::date,
       'WAIVED', 'HELD', (c.opened_at + interval '20 days')::date, now(), 'bench'
FROM enf_case c WHERE c.kind = 'PENALTY' AND c.id % 20 = 0 ON CONFLICT DO NOTHING;
INSERT INTO enf_case_remedy (case_id, scope_path, kind, filed_on, body, recorded_at, recorded_by)
SELECT c.id, c.scope_path, CASE WHEN c.id % 100 = 0 THEN 'LITIGATION' ELSE 'RECONSIDERATION' END,
       (c.closed_at + interval '20 days')::date, '人民政府', now(), 'bench'
FROM enf_case c WHERE c.kind = 'PENALTY' AND c.closed_at IS NOT NULL AND c.id % 50 = 0;
-- vehicles on two thirds of the inspections
UPDATE enf_case SET vehicle_count = 1 + id % 2, vehicle_plates = '晋A' || lpad((id % 100000)::text, 5, '0')
WHERE kind = 'INSPECTION' AND id % 3 <> 0;
-- public complaints: 100,000 over five years
INSERT INTO cmp_submission (tracking_code, channel, kind, title, content, agency_id, jurisdiction_id, scope_path, status,
                            submitted_at, accepted_at, answer, answered_at)
SELECT 'BJ' || lpad(g::text, 14, '0'), 'PUBLIC_PORTAL', CASE WHEN g % 4 = 0 THEN 'CONSULTATION' ELSE 'COMPLAINT' END, '压测事项', '内容',
       a.id, a.jurisdiction_id, a.scope_path, 'ANSWERED', t, t + interval '1 day', '已答复', t + interval '10 days'
FROM generate_series(1, 100000) g JOIN s_agency a ON a.n = g % (SELECT count(*) FROM s_agency)
CROSS JOIN LATERAL (SELECT timestamptz '2022-01-01' + (g % 1800) * interval '1 day' AS t) x
ON CONFLICT DO NOTHING;
COMMIT;
ANALYZE;
