-- Province-scale synthetic year for bench/mine-assessment.sh (issue 18): __MINES__ mines over the province's counties,
-- __COMMISSIONERS__ commissioners, an approved __YEAR__ plan pairing each mine with 3 commissioners of its county, and
-- each pair's weekly checks (3 remote + 1 on-site) up to the last full week, some skipped (by commissioner: none, a few,
-- many) and some with missed 必查/抽查 items; stop-work orders, carried-over findings, accidents, tasks and integrity
-- facts for a share of them, so every grade and every ladder occurs. Rows are marked 'bench'; a second run adds nothing.
-- Statements are separated by lines "-- @@" (the bench runs them one by one).
DO $$
BEGIN
  IF EXISTS (SELECT 1 FROM mine_mine WHERE created_by = 'bench') THEN
    RAISE NOTICE 'bench data present';
    RETURN;
  END IF;
  CREATE TEMP TABLE bench_county AS
    SELECT id, path, row_number() OVER (ORDER BY id) AS n FROM org_jurisdiction WHERE level = 3;
  INSERT INTO mine_mine (version, enterprise_id, name, kind, production_status, supervising_level, department_jurisdiction_id,
                         jurisdiction_id, scope_path, latitude, longitude, working_sites, systems, created_at, created_by)
  SELECT 0, -g, '基准矿山' || g, CASE WHEN g % 3 = 0 THEN 'COAL' WHEN g % 3 = 1 THEN 'UNDERGROUND_NON_COAL' ELSE 'OPEN_PIT_NON_COAL' END,
         'PRODUCING', 'COUNTY', c.id, c.id, c.path, 35 + (g % 300) / 100.0, 111 + (g % 250) / 100.0,
         '一采区', '通风系统', now(), 'bench'
  FROM generate_series(1, __MINES__) g
  JOIN bench_county c ON c.n = 1 + g % (SELECT count(*) FROM bench_county);
  INSERT INTO mine_commissioner (version, person_id, name, agency_id, level, department_jurisdiction_id, scope_path, employment,
                                 conditions_met, home_latitude, home_longitude, availability, created_at, created_by)
  SELECT 0, -g, '基准专员' || g, 0, 'COUNTY', c.id, c.path, 'IN_BUDGET', TRUE, 36, 112, 'AVAILABLE', now(), 'bench'
  FROM generate_series(1, __COMMISSIONERS__) g JOIN bench_county c ON c.n = 1 + g % (SELECT count(*) FROM bench_county);
  INSERT INTO mine_plan (version, jurisdiction_id, scope_path, plan_year, status, created_at, created_by)
  SELECT 0, c.id, c.path, __YEAR__, 'APPROVED', now(), 'bench' FROM bench_county c;
  INSERT INTO mine_plan_assignment (plan_id, mine_id, commissioner_id)
  SELECT DISTINCT p.id, m.id, mc.id
  FROM mine_mine m JOIN mine_plan p ON p.jurisdiction_id = m.department_jurisdiction_id AND p.created_by = 'bench'
  CROSS JOIN LATERAL (SELECT id FROM mine_commissioner x WHERE x.department_jurisdiction_id = m.department_jurisdiction_id
                        AND x.created_by = 'bench' ORDER BY (x.id + m.id) % 97 LIMIT 3) mc
  WHERE m.created_by = 'bench';
END $$;
-- @@
-- checks: commissioners with id % 10 = 0 skip about one in seven, id % 10 in (1, 2) one in forty, the others none
INSERT INTO mine_check (id, version, mine_id, commissioner_id, scope_path, mode, remote_means, unannounced, night, started_at,
    finished_at, check_day, iso_week, geofence_meters, recorded_offline, status, checklist_version_id, note, missed_mandatory,
    missed_spot, hazards, request_hash, received_at, recorded_by)
SELECT gen_random_uuid(), 0, a.mine_id, a.commissioner_id, m.scope_path,
       CASE WHEN r.n < 3 THEN 'REMOTE' ELSE 'ONSITE' END, CASE WHEN r.n < 3 THEN 'VIDEO' END, FALSE, FALSE,
       (d.day + r.n + time '10:00') AT TIME ZONE 'Asia/Shanghai', (d.day + r.n + time '11:00') AT TIME ZONE 'Asia/Shanghai',
       d.day + r.n, to_char(d.day, 'IYYY"-W"IW'), 1000, FALSE, 'ACCEPTED',
       (SELECT min(id) FROM mine_checklist_version), '',
       CASE WHEN r.n = 3 AND a.commissioner_id % 29 = 0 AND w.k = 20 THEN 1 ELSE 0 END,
       CASE WHEN r.n = 3 AND a.commissioner_id % 7 = 0 AND w.k % 13 = 0 THEN 1 + (w.k + a.commissioner_id) % 5 ELSE 0 END,
       0, repeat('0', 64), now(), 'bench'
FROM mine_plan_assignment a
JOIN mine_plan p ON p.id = a.plan_id AND p.created_by = 'bench'
JOIN mine_mine m ON m.id = a.mine_id
CROSS JOIN generate_series(1, 52) AS w (k)
CROSS JOIN LATERAL (SELECT CAST(date_trunc('week', make_date(__YEAR__, 1, 4)) AS date) + 7 * (w.k - 1) AS day) d
CROSS JOIN generate_series(0, 3) AS r (n)
WHERE d.day + 7 <= CAST(date_trunc('week', TIMESTAMP '__TODAY__') AS date) AND extract(isoyear FROM d.day) = __YEAR__
  AND NOT (a.commissioner_id % 10 = 0 AND (w.k + r.n) % 7 = 0)
  AND NOT (a.commissioner_id % 10 IN (1, 2) AND (w.k * 4 + r.n) % 40 = 0)
  AND NOT EXISTS (SELECT 1 FROM mine_check WHERE recorded_by = 'bench');
-- @@
INSERT INTO mine_stop_order (version, client_id, request_hash, mine_id, commissioner_id, agency_id, jurisdiction_id, scope_path,
    kind, ordered_at, reason, scope_text, state, created_by)
SELECT 0, gen_random_uuid(), repeat('0', 64), a.mine_id, a.commissioner_id, 0, m.jurisdiction_id, m.scope_path,
       'THREE_VIOLATIONS', make_timestamptz(__YEAR__, 3, CAST(1 + a.commissioner_id % 28 AS int), 9, 0, 0, 'Asia/Shanghai'), '违章指挥', '一采区',
       'IN_FORCE', 'bench'
FROM (SELECT DISTINCT ON (commissioner_id) commissioner_id, mine_id FROM mine_plan_assignment
      WHERE commissioner_id IN (SELECT id FROM mine_commissioner WHERE created_by = 'bench' AND id % 3 = 0)
      ORDER BY commissioner_id, mine_id) a
JOIN mine_mine m ON m.id = a.mine_id
WHERE NOT EXISTS (SELECT 1 FROM mine_stop_order WHERE created_by = 'bench');
-- @@
INSERT INTO mine_interim_finding (commissioner_id, found_on, kind, description, handled)
SELECT id, make_date(__YEAR__, 2, CAST(1 + id % 27 AS int)), '重大事故隐患', '主斜井支护失效', id % 8 <> 0
FROM mine_commissioner WHERE created_by = 'bench' AND id % 4 = 0
  AND NOT EXISTS (SELECT 1 FROM mine_interim_finding f JOIN mine_commissioner c ON c.id = f.commissioner_id WHERE c.created_by = 'bench');
-- @@
INSERT INTO mine_fact (kind, agency_id, scope_path, mine_id, occurred_on, title, accident_level, accident_kind, liability,
                       duties_fulfilled, created_at, created_by)
SELECT 'ACCIDENT', 0, scope_path, id, make_date(__YEAR__, 4, CAST(1 + id % 28 AS int)), '基准事故',
       CASE WHEN id % 97 = 0 THEN 'LARGER' ELSE 'ORDINARY' END, CASE WHEN id % 2 = 0 THEN 'ROOF' ELSE 'GAS' END, id % 3 <> 0, FALSE,
       now(), 'bench'
FROM mine_mine WHERE created_by = 'bench' AND (id % 97 = 0 OR id % 53 = 0)
  AND NOT EXISTS (SELECT 1 FROM mine_fact WHERE created_by = 'bench');
-- @@
INSERT INTO mine_fact (kind, agency_id, scope_path, commissioner_id, occurred_on, title, obeyed, completed, created_at, created_by)
SELECT CASE WHEN id % 101 = 0 THEN 'INTEGRITY' ELSE 'TASK' END, 0, scope_path, id, make_date(__YEAR__, 5, CAST(1 + id % 28 AS int)), '基准事项',
       CASE WHEN id % 101 = 0 THEN NULL ELSE TRUE END, CASE WHEN id % 101 = 0 THEN NULL ELSE id % 22 <> 0 END, now(), 'bench-own'
FROM mine_commissioner WHERE created_by = 'bench' AND (id % 11 = 0 OR id % 101 = 0)
  AND NOT EXISTS (SELECT 1 FROM mine_fact WHERE created_by = 'bench-own');
-- @@
ANALYZE mine_check;
