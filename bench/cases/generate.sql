-- Province-scale data for the case-list benchmark (bench/cases-list.sh): :cases cases over five years
-- in every city and county of Shanxi, ~5 full-process records each (rec_record), enterprises as parties.
-- Plain SQL (generate_series); deterministic (setseed). Run once on a throw-away database:
--   psql -v cases=1000000 -f bench/cases/generate.sql
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET work_mem = '256MB';
SET maintenance_work_mem = '512MB';
SELECT setseed(0.42);

-- one emergency-management agency per active province, city and county (the demo already has some)
INSERT INTO org_agency (jurisdiction_id, scope_path, kind, name)
SELECT j.id, j.path, 'EMERGENCY_MANAGEMENT', j.name || '应急管理局' FROM org_jurisdiction j
WHERE j.level <= 3 AND j.status = 'ACTIVE' AND NOT EXISTS (
  SELECT 1 FROM org_agency a WHERE a.jurisdiction_id = j.id AND a.kind = 'EMERGENCY_MANAGEMENT' AND a.status = 'ACTIVE');

-- Who opens cases: the province 3 %, the 11 cities 12 %, the counties 85 % (each county weighted 1..4,
-- so some counties are busier than others). 10,000 slots, each an agency, in proportion.
CREATE TEMP TABLE b_agency AS
SELECT a.id, a.scope_path, a.jurisdiction_id, j.level, j.name,
       CASE j.level WHEN 1 THEN 3.0
                    WHEN 2 THEN 12.0 / count(*) FILTER (WHERE j.level = 2) OVER ()
                    ELSE 85.0 * (1 + (j.id * 7919) % 4) / sum(CASE WHEN j.level = 3 THEN 1 + (j.id * 7919) % 4 END) OVER ()
       END AS pct
FROM org_agency a JOIN org_jurisdiction j ON j.id = a.jurisdiction_id
WHERE a.kind = 'EMERGENCY_MANAGEMENT' AND a.status = 'ACTIVE' AND j.level <= 3;
CREATE TEMP TABLE b_slot AS
SELECT s AS slot, x.id AS agency_id, x.scope_path, x.name
FROM (SELECT *, sum(pct) OVER (ORDER BY id) AS hi, sum(pct) OVER (ORDER BY id) - pct AS lo FROM b_agency) x
JOIN generate_series(0, 9999) s ON s >= round(x.lo * 100) AND s < round(x.hi * 100);
CREATE INDEX ON b_slot (slot);
ANALYZE b_slot;
SELECT level, count(*) AS agencies, round(sum(pct), 1) AS pct FROM b_agency GROUP BY level ORDER BY level;

-- 60,000 enterprises, in the counties (names from a few syllable lists, so a party search finds some)
CREATE TEMP TABLE b_county AS
SELECT row_number() OVER (ORDER BY j.id) - 1 AS n, j.id, j.path, j.name FROM org_jurisdiction j
WHERE j.level = 3 AND j.status = 'ACTIVE';
INSERT INTO ent_enterprise (name, credit_code, kind, industry, address, jurisdiction_id, scope_path, risk_grade, status,
                            created_at, updated_at)
SELECT c.name || (ARRAY['宏达','鑫源','华盛','永泰','恒通','晋丰','瑞祥','金鼎','兴旺','天利','通达','盛源','福源','嘉禾','隆昌','德润','泰安','国泰','长城','新星'])[1 + g % 20]
         || (ARRAY['煤业','化工','冶炼','建材','矿业','烟花','物流','机械','能源','钢铁'])[1 + (g / 20) % 10] || '有限公司' || g,
       '91149' || lpad(g::text, 13, '0'), 'LEGAL_PERSON',
       (ARRAY['COAL_MINE','NON_COAL_MINE','HAZARDOUS_CHEMICALS','METALLURGY_INDUSTRY_TRADE','FIREWORKS','OTHER'])[1 + g % 6],
       c.name || '工业园区' || (g % 50) || '号', c.id, c.path, (ARRAY['A','B','C','D'])[1 + g % 4], 'OPERATING', now(), now()
FROM generate_series(1, 60000) g JOIN b_county c ON c.n = g % (SELECT count(*) FROM b_county)
-- (idempotent: a second run after a failure does not add them again)
WHERE NOT EXISTS (SELECT 1 FROM ent_enterprise WHERE credit_code = '91149' || lpad('1', 13, '0'));
CREATE TEMP TABLE b_ent AS
SELECT row_number() OVER (PARTITION BY e.jurisdiction_id ORDER BY e.id) - 1 AS k, e.id, e.name, e.jurisdiction_id,
       count(*) OVER (PARTITION BY e.jurisdiction_id) AS per_county
FROM ent_enterprise e WHERE e.credit_code LIKE '91149%';
CREATE INDEX ON b_ent (jurisdiction_id, k);
ANALYZE b_ent;

-- for each agency, the counties in its scope (a county agency: itself), to pick the parties' county
CREATE TEMP TABLE b_agency_county AS
SELECT a.id AS agency_id, row_number() OVER (PARTITION BY a.id ORDER BY c.id) - 1 AS k, c.id AS county_id
FROM b_agency a JOIN b_county c ON c.path LIKE a.scope_path || '%';
CREATE TEMP TABLE b_agency_cnt AS SELECT agency_id, count(*) AS cnt FROM b_agency_county GROUP BY agency_id;
CREATE TEMP TABLE b_county_cnt AS SELECT jurisdiction_id, count(*) AS cnt FROM b_ent GROUP BY jurisdiction_id;

-- the cases: uniform over five years; kinds, sources and parties by realistic shares; stages by age
-- (old cases are archived, recent ones spread over the stages; a few old ones left open = overdue);
-- 85 % of the parties are enterprises of a county in the agency's scope, 15 % citizens
-- (random() is drawn once per case in the inner SELECT: in a join condition it would be drawn per pair)
CREATE TEMP TABLE b_case AS
SELECT r.g, s.agency_id, s.scope_path, s.name AS agency_name, r.opened_at, r.rk, r.rs, r.rp, r.rst
FROM (SELECT g, floor(random() * 10000)::int AS slot, now() - (random() * interval '1826 days') AS opened_at,
             random() AS rk, random() AS rs, random() AS rp, random() AS rst
      FROM generate_series(1, :cases) g) r
JOIN b_slot s ON s.slot = r.slot;
SELECT count(*) AS cases_drawn, count(DISTINCT g) AS distinct_cases FROM b_case;
CREATE TEMP TABLE b_case_party AS
SELECT c.g, e.id AS enterprise_id, e.name AS enterprise_name
FROM b_case c
JOIN b_agency_cnt an ON an.agency_id = c.agency_id
JOIN b_agency_county ac ON ac.agency_id = c.agency_id AND ac.k = c.g % an.cnt
JOIN b_county_cnt cc ON cc.jurisdiction_id = ac.county_id
JOIN b_ent e ON e.jurisdiction_id = ac.county_id AND e.k = (c.g / 7) % cc.cnt
WHERE c.rp < 0.85;
CREATE INDEX ON b_case_party (g);
INSERT INTO enf_case (case_number, agency_id, scope_path, kind, source, basis_title, basis_number, basis_date, enterprise_id,
                      party_name, party_kind, title, place, stage, opened_at, opened_by, due_at, closed_at, archived_at)
SELECT '压测' || left(c.agency_name, 6) || '案〔' || extract(year FROM c.opened_at AT TIME ZONE 'Asia/Shanghai') || '〕' || c.g || '号',
       c.agency_id, c.scope_path, x.kind, x.source, '依据文件', '晋应急〔' || c.g || '〕号', (c.opened_at - interval '3 days')::date,
       p.enterprise_id, COALESCE(p.enterprise_name, (ARRAY['张','王','李','赵','刘','陈','杨','黄','周','吴'])[1 + c.g % 10]
                     || (ARRAY['伟','芳','娜','敏','静','丽','强','磊','军','洋'])[1 + (c.g / 10) % 10]),
       CASE WHEN p.enterprise_id IS NULL THEN 'CITIZEN' ELSE 'LEGAL_PERSON' END,
       x.kind_label || '：' || COALESCE(p.enterprise_name, '个人'), COALESCE(p.enterprise_name, c.agency_name) || '现场',
       x.stage, c.opened_at, 'bench', c.opened_at + interval '90 days',
       CASE WHEN x.stage IN ('CLOSURE', 'ARCHIVED') THEN c.opened_at + interval '60 days' END,
       CASE WHEN x.stage = 'ARCHIVED' THEN c.opened_at + interval '80 days' END
FROM b_case c
LEFT JOIN b_case_party p ON p.g = c.g
CROSS JOIN LATERAL (SELECT
    CASE WHEN c.rk < 0.60 THEN 'INSPECTION' WHEN c.rk < 0.90 THEN 'PENALTY' WHEN c.rk < 0.97 THEN 'COERCIVE' ELSE 'LICENCE' END AS kind,
    CASE WHEN c.rk < 0.60 THEN '监督检查' WHEN c.rk < 0.90 THEN '行政处罚' WHEN c.rk < 0.97 THEN '行政强制' ELSE '行政许可' END AS kind_label,
    CASE WHEN c.rs < 0.45 THEN 'ANNUAL_PLAN' WHEN c.rs < 0.70 THEN 'RANDOM_DRAW' WHEN c.rs < 0.85 THEN 'COMPLAINT'
         WHEN c.rs < 0.95 THEN 'ASSIGNMENT' ELSE 'SPECIAL_CAMPAIGN' END AS source,
    CASE WHEN now() - c.opened_at > interval '365 days' THEN
              CASE WHEN c.rst < 0.85 THEN 'ARCHIVED' WHEN c.rst < 0.95 THEN 'CLOSURE' WHEN c.rst < 0.99 THEN 'EXECUTION' ELSE 'INVESTIGATION' END
         WHEN now() - c.opened_at > interval '90 days' THEN
              CASE WHEN c.rst < 0.45 THEN 'ARCHIVED' WHEN c.rst < 0.70 THEN 'CLOSURE' WHEN c.rst < 0.85 THEN 'EXECUTION'
                   WHEN c.rst < 0.93 THEN 'SERVICE' ELSE 'DECISION' END
         ELSE CASE WHEN c.rst < 0.25 THEN 'INITIATION' WHEN c.rst < 0.60 THEN 'INVESTIGATION' WHEN c.rst < 0.75 THEN 'DECISION'
                   WHEN c.rst < 0.85 THEN 'SERVICE' WHEN c.rst < 0.95 THEN 'EXECUTION' ELSE 'CLOSURE' END
    END AS stage) x;

-- ~5 full-process records per case (2..8), text and AV, in the case's stages — when the recording
-- module's schema is there (feat/recording, table rec_record)
DO $$
BEGIN
  IF to_regclass('rec_record') IS NOT NULL THEN
    INSERT INTO rec_record (case_id, scope_path, stage, category, kind, title, file_id, captured_start, created_at, created_by)
    SELECT c.id, c.scope_path,
           (ARRAY['INITIATION','INVESTIGATION','INVESTIGATION','DECISION','SERVICE','EXECUTION','CLOSURE','CLOSURE'])[1 + k],
           CASE WHEN k % 3 = 1 THEN 'AV' ELSE 'TEXT' END,
           CASE WHEN k % 3 = 1 THEN (ARRAY['PHOTO','VIDEO','AUDIO'])[1 + c.id % 3]
                ELSE (ARRAY['BASIS_DOCUMENT','INVESTIGATION_DOCUMENT','DECISION','SERVICE_RECEIPT','OTHER'])[1 + k % 5] END,
           '记录 ' || k, 1, c.opened_at + k * interval '1 day', c.opened_at + k * interval '1 day', 'bench'
    FROM enf_case c CROSS JOIN LATERAL generate_series(0, 1 + (c.id % 7)::int) k
    WHERE c.opened_by = 'bench';
    EXECUTE 'ANALYZE rec_record';
  END IF;
END $$;

VACUUM ANALYZE enf_case;
VACUUM ANALYZE ent_enterprise;
SELECT count(*) AS cases, count(*) FILTER (WHERE enterprise_id IS NULL) AS citizen_parties,
       count(*) FILTER (WHERE closed_at IS NULL AND due_at < now()) AS overdue FROM enf_case;
SELECT CASE WHEN to_regclass('rec_record') IS NULL THEN 'no rec_record table (recording not merged)'
            ELSE 'rec_record rows: ' || (SELECT reltuples::bigint FROM pg_class WHERE oid = to_regclass('rec_record')) END AS records;
