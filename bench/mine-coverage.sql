-- Province-scale synthetic data for bench/mine-coverage.sh (issue 17): 2,750 mines spread over the province's counties,
-- 9,000 commissioners, an approved plan pairing each mine with 2–4 commissioners, one year of checks (3 remote + 1
-- on-site per mine and week ≈ 572,000 checks) with ≈ 1,000,000 answers (on-site checks answer the mandatory template
-- items and the sites). Rows are marked created_by/recorded_by = 'bench'; running it twice adds nothing.
-- psql variables: -v mines=2750 -v commissioners=9000 (smaller for a smoke run); the coal mines of each county's
-- plan form groups of 3 (MC-08) in the plan's JSON, as the group pivot of the coverage view reads them.
\if :{?mines}
\else
  \set mines 2750
\endif
\if :{?commissioners}
\else
  \set commissioners 9000
\endif
SELECT set_config('bench.mines', :'mines', false) AS m, set_config('bench.commissioners', :'commissioners', false) AS c \gset bench_
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
         '一采区' || E'\n' || '二采区', '通风系统' || E'\n' || '排水系统' || E'\n' || '供电系统', now(), 'bench'
  FROM generate_series(1, current_setting('bench.mines')::int) g
  JOIN bench_county c ON c.n = 1 + g % (SELECT count(*) FROM bench_county);
  INSERT INTO mine_commissioner (version, person_id, name, agency_id, level, department_jurisdiction_id, scope_path, employment,
                                 conditions_met, home_latitude, home_longitude, availability, created_at, created_by)
  SELECT 0, -g, '基准专员' || g, 0, 'COUNTY', c.id, c.path, 'IN_BUDGET', TRUE, 36, 112, 'AVAILABLE', now(), 'bench'
  FROM generate_series(1, current_setting('bench.commissioners')::int) g JOIN bench_county c ON c.n = 1 + g % (SELECT count(*) FROM bench_county);
  INSERT INTO mine_plan (version, jurisdiction_id, scope_path, plan_year, status, created_at, created_by)
  SELECT 0, c.id, c.path, 2026, 'APPROVED', now(), 'bench' FROM bench_county c;
  INSERT INTO mine_plan_assignment (plan_id, mine_id, commissioner_id)
  SELECT DISTINCT p.id, m.id, mc.id
  FROM mine_mine m JOIN mine_plan p ON p.jurisdiction_id = m.department_jurisdiction_id AND p.created_by = 'bench'
  CROSS JOIN LATERAL (SELECT id FROM mine_commissioner x WHERE x.department_jurisdiction_id = m.department_jurisdiction_id
                        AND x.created_by = 'bench' ORDER BY (x.id + m.id) % 97 LIMIT 3) mc
  WHERE m.created_by = 'bench';
END $$;
-- (the enterprise and person ids are negative placeholders: the bench reads mines, not enterprises)

INSERT INTO mine_check (id, version, mine_id, commissioner_id, scope_path, mode, remote_means, unannounced, night, started_at,
    finished_at, check_day, iso_week, geofence_meters, recorded_offline, status, checklist_version_id, note, missed_mandatory,
    missed_spot, hazards, request_hash, received_at, recorded_by, latitude, longitude, distance_meters)
SELECT gen_random_uuid(), 0, m.id, a.commissioner_id, m.scope_path,
       CASE WHEN r.n < 3 THEN 'REMOTE' ELSE 'ONSITE' END, CASE WHEN r.n < 3 THEN 'VIDEO' END, FALSE, FALSE,
       (d.day + r.n + time '10:00') AT TIME ZONE 'Asia/Shanghai', (d.day + r.n + time '11:00') AT TIME ZONE 'Asia/Shanghai',
       d.day + r.n, to_char(d.day, 'IYYY"-W"IW'), 1000, FALSE, 'ACCEPTED',
       (SELECT id FROM mine_checklist_version v WHERE v.revision = 1 AND v.kind_group = CASE WHEN m.kind = 'COAL' THEN 'COAL' ELSE 'NON_COAL' END),
       '', 0, 0, 0, repeat('0', 64), now(), 'bench', CASE WHEN r.n = 3 THEN m.latitude END, CASE WHEN r.n = 3 THEN m.longitude END,
       CASE WHEN r.n = 3 THEN 50 END
FROM mine_mine m
-- one grouped pass: a per-row subquery on the assignments (no index leads with mine_id) took > 14 min
JOIN (SELECT mine_id, min(commissioner_id) AS commissioner_id FROM mine_plan_assignment GROUP BY mine_id) a ON a.mine_id = m.id
CROSS JOIN generate_series(DATE '2025-12-01', DATE '2026-11-30', interval '1 week') AS d0 (ts)
CROSS JOIN LATERAL (SELECT CAST(d0.ts AS DATE) AS day) d
CROSS JOIN generate_series(0, 3) AS r (n)
WHERE m.created_by = 'bench' AND NOT EXISTS (SELECT 1 FROM mine_check WHERE recorded_by = 'bench');

-- one site item per mine site, then ≈ 7 answers per on-site check (5 sites + 2 mandatory items) ≈ 1,000,000 rows
INSERT INTO mine_checklist_item (source, kind_group, mine_id, section, text, mandatory, site_or_system, position, created_at, created_by)
SELECT 'SITE', CASE WHEN m.kind = 'COAL' THEN 'COAL' ELSE 'NON_COAL' END, m.id, '作业场所与系统', s.name || '：现场检查情况', FALSE,
       s.name, s.n, now(), 'bench'
FROM mine_mine m CROSS JOIN LATERAL unnest(string_to_array(m.working_sites || E'\n' || m.systems, E'\n')) WITH ORDINALITY AS s (name, n)
WHERE m.created_by = 'bench'
ON CONFLICT (mine_id, site_or_system) WHERE source = 'SITE' DO NOTHING;

-- two equi-joins in a UNION ALL: one join with OR between them cannot hash and loops over every item for every check
WITH c AS (SELECT id, mine_id, check_day, checklist_version_id FROM mine_check c
           WHERE c.recorded_by = 'bench' AND c.mode = 'ONSITE' AND NOT EXISTS (SELECT 1 FROM mine_check_answer a WHERE a.check_id = c.id)),
     x AS (SELECT c.id AS check_id, i.id AS item_id, i.section, i.text, i.mandatory, i.site_or_system
           FROM c JOIN mine_checklist_item i ON i.source = 'SITE' AND i.mine_id = c.mine_id
           WHERE (i.position + extract(week FROM c.check_day)::int) % 4 <> 0
           UNION ALL
           SELECT c.id, i.id, i.section, i.text, i.mandatory, i.site_or_system
           FROM c JOIN mine_checklist_item i ON i.source = 'TEMPLATE' AND i.version_id = c.checklist_version_id
           WHERE i.position <= 2)
INSERT INTO mine_check_answer (check_id, item_id, position, section, text, mandatory, site_or_system, outcome, note, photo_file_ids, major_hazard)
SELECT check_id, item_id, row_number() OVER (PARTITION BY check_id ORDER BY item_id) - 1, section, text, mandatory, site_or_system,
       'COMPLIANT', '', '', FALSE
FROM x
ON CONFLICT DO NOTHING;

WITH cm AS (SELECT p.id AS plan_id, m.id AS mine_id, (row_number() OVER (PARTITION BY p.id ORDER BY m.id) - 1) / 3 AS grp,
                   (SELECT min(a.commissioner_id) FROM mine_plan_assignment a WHERE a.plan_id = p.id AND a.mine_id = m.id) AS c
            FROM mine_plan p JOIN mine_mine m ON m.department_jurisdiction_id = p.jurisdiction_id
            WHERE p.created_by = 'bench' AND p.outcome = '' AND m.created_by = 'bench' AND m.kind = 'COAL'),
     g AS (SELECT plan_id, grp, json_agg(mine_id ORDER BY mine_id) AS mine_ids, min(c) AS leader FROM cm GROUP BY plan_id, grp),
     j AS (SELECT plan_id, json_build_object('assignments', '[]'::json, 'groups', json_agg(json_build_object('mineIds', mine_ids,
                  'memberIds', '[]'::json, 'leaderId', leader, 'duties', '{}'::json) ORDER BY grp), 'unstaffed', '[]'::json,
                  'score', '')::text AS outcome FROM g GROUP BY plan_id)
UPDATE mine_plan p SET outcome = j.outcome FROM j WHERE p.id = j.plan_id;
ANALYZE mine_mine;
ANALYZE mine_check;
ANALYZE mine_check_answer;
