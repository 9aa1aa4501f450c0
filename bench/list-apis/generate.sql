-- What the province-scale set of bench/statistics.sh (1,000,000 cases with ~5 records each, 60,000 enterprises, 40,000
-- officers, 100,000 public complaints) lacks for bench/list-apis.sh (issue 20 item 7): the deadlines, legal reviews and
-- mine checks of a province. Run after bench/cases/generate.sql and bench/statistics/generate.sql; idempotent (each part
-- is skipped when its rows are there), deterministic where it draws.
--   psql -v reviews=20000 -f bench/list-apis/generate.sql
\set ON_ERROR_STOP on
\if :{?reviews}
\else
  \set reviews 20000
\endif
SET synchronous_commit = off;
SET work_mem = '256MB';
SET maintenance_work_mem = '512MB';

-- 1. The case time limit (CASE-03) of every generated case, as CaseDeadlines opens it: 90 calendar days from the opening,
--    met when the case closed, overdue when it is still open after its due date (≈ 1,000,000 deadlines, ≈ 150,000 of them
--    open or overdue).
INSERT INTO cal_deadline (version, subject_type, subject_id, rule_id, owner_unit_id, jurisdiction_id, scope_path, period_kind,
                          period_amount, start_at, due_date, due_at, state, was_overdue, overdue_at, met_at, created_at, title)
SELECT 1, 'case', c.id::text, 'CASE-03', c.unit_id, a.jurisdiction_id, c.scope_path, 'CALENDAR_DAYS', 90, c.opened_at,
       d.due_date, (d.due_date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai',
       CASE WHEN c.closed_at IS NOT NULL THEN 'MET' WHEN (d.due_date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai' <= now()
            THEN 'OVERDUE' ELSE 'OPEN' END,
       c.closed_at IS NULL AND (d.due_date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai' <= now(),
       CASE WHEN c.closed_at IS NULL AND (d.due_date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai' <= now()
            THEN (d.due_date + 1)::timestamp AT TIME ZONE 'Asia/Shanghai' END,
       c.closed_at, c.opened_at, '办案期限：' || c.title
FROM enf_case c JOIN org_agency a ON a.id = c.agency_id
CROSS JOIN LATERAL (SELECT (c.opened_at AT TIME ZONE 'Asia/Shanghai')::date + 90 AS due_date) d
WHERE c.opened_by = 'bench'
  AND NOT EXISTS (SELECT 1 FROM cal_deadline x WHERE x.subject_type = 'case' AND x.rule_id = 'CASE-03' AND x.title LIKE '办案期限：%'
                  AND x.subject_id = (SELECT min(id)::text FROM enf_case WHERE opened_by = 'bench'));

-- 2. Open legal reviews with their cases, deadlines and flows (bench/legalreview/generate.sql), once.
SELECT NOT EXISTS (SELECT 1 FROM enf_case WHERE opened_by = 'bench-lr') AS lr_missing \gset
\if :lr_missing
\ir ../legalreview/generate.sql
\endif

-- 3. Mines, commissioners, one year of checks (bench/mine-coverage.sql: 2,750 mines, ≈ 572,000 checks; skips itself when
--    there), then one in a hundred checks recorded offline outside the geofence (MW-10) and waiting for review: the
--    flagged list of /mines/checks/flagged.
\ir ../mine-coverage.sql
UPDATE mine_check SET status = 'FLAGGED', recorded_offline = TRUE, distance_meters = 1500 + abs(hashtext(id::text)) % 5000,
       latitude = 36, longitude = 112, accuracy_meters = 30
WHERE recorded_by = 'bench' AND abs(hashtext(id::text)) % 100 = 0
  AND NOT EXISTS (SELECT 1 FROM mine_check WHERE recorded_by = 'bench' AND status = 'FLAGGED');

VACUUM ANALYZE cal_deadline;
VACUUM ANALYZE mine_check;
VACUUM ANALYZE lr_review;
VACUUM ANALYZE cmp_submission;
VACUUM ANALYZE off_officer;
VACUUM ANALYZE ent_enterprise;
VACUUM ANALYZE rec_record;
SELECT (SELECT count(*) FROM enf_case) AS cases, (SELECT count(*) FROM off_officer) AS officers,
       (SELECT count(*) FROM ent_enterprise) AS enterprises, (SELECT count(*) FROM cal_deadline) AS deadlines,
       (SELECT count(*) FROM cal_deadline WHERE state IN ('OPEN', 'OVERDUE')) AS deadlines_open,
       (SELECT count(*) FROM rec_record) AS records, (SELECT count(*) FROM cmp_submission) AS submissions,
       (SELECT count(*) FROM lr_review) AS reviews, (SELECT count(*) FROM mine_check) AS checks,
       (SELECT count(*) FROM mine_check WHERE status = 'FLAGGED') AS flagged;
