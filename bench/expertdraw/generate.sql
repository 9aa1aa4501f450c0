-- Expert-draw benchmark data (issue 15): :experts experts in the pool of zz_officer's agency (泽州), spread over the ten
-- fields and their sub-specialties, :conflicts declared conflicts with the agency's enterprises, and a year of
-- dispatches (rotation counts and last-dispatch dates). Idempotent per name prefix 'bench'.
WITH agency AS (SELECT u.agency_id, a.scope_path FROM iam_user u JOIN org_agency a ON a.id = u.agency_id WHERE u.username = 'zz_officer'),
     subs AS (SELECT s.code, s.field_code, row_number() OVER (ORDER BY s.field_code, s.ord) - 1 AS k, count(*) OVER () AS n
              FROM exp_sub_specialty s)
INSERT INTO exp_expert (version, agency_id, scope_path, name, id_card, phone, title, level, employer_name, field_code, status,
                        created_at, created_by)
SELECT 0, a.agency_id, a.scope_path, 'bench专家' || g, 'B' || lpad(g::text, 17, '0'), '13900000000', '高级工程师',
       CASE WHEN g % 3 = 0 THEN 'INTERMEDIATE' ELSE 'SENIOR' END, '压测单位', s.field_code, 'ACTIVE', now(), 'bench'
FROM agency a CROSS JOIN generate_series(1, :experts) g
JOIN subs s ON s.k = g % s.n;
INSERT INTO exp_expert_sub (expert_id, sub_code)
SELECT e.id, s.code FROM exp_expert e
JOIN LATERAL (SELECT code FROM exp_sub_specialty WHERE field_code = e.field_code ORDER BY (e.id + ord) % 7 LIMIT 1) s ON true
WHERE e.created_by = 'bench' AND NOT EXISTS (SELECT 1 FROM exp_expert_sub x WHERE x.expert_id = e.id);
INSERT INTO exp_conflict (expert_id, enterprise_id, relation, from_date, to_date, created_at, created_by)
SELECT e.id, t.id, '压测利害关系', current_date - 700, NULL, now(), 'bench'
FROM (SELECT id, row_number() OVER (ORDER BY random()) AS r FROM exp_expert WHERE created_by = 'bench') e
JOIN (SELECT v.id, row_number() OVER (ORDER BY v.id) - 1 AS k, count(*) OVER () AS n FROM ent_enterprise_view v
      JOIN iam_user u ON u.username = 'zz_officer' JOIN org_agency a ON a.id = u.agency_id
      WHERE v.scope_path LIKE a.scope_path || '%') t ON t.k = e.r % t.n
WHERE e.r <= :conflicts;
INSERT INTO exp_dispatch (expert_id, enterprise_id, dispatched_on, status, task)
SELECT e.id, NULL, current_date - ((e.id * 37 + k * 101) % 360)::int, 'COMPLETED', '压测派遣'
FROM exp_expert e CROSS JOIN generate_series(0, 2) k
WHERE e.created_by = 'bench' AND e.id % 4 > k;
ANALYZE exp_expert; ANALYZE exp_expert_sub; ANALYZE exp_conflict; ANALYZE exp_dispatch;
