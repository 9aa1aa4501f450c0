-- Province-scale data for the global-search benchmark (bench/search.sh), on top of bench/cases/generate.sql
-- (cases and enterprises): 5,000 enforcement officers in the agencies of every city and county, one case
-- number (doc_number CASE_NUMBER) per bench case and another document number for every second case.
-- Plain SQL, deterministic; idempotent (skips what is there).
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET work_mem = '256MB';

-- 5,000 officers: names from the demo's syllables, spread over the emergency-management agencies
INSERT INTO per_person (name, gender, id_card, birth_date, phone, agency_id, jurisdiction_id, scope_path, created_at, updated_at)
SELECT (ARRAY['王','李','张','刘','陈','杨','赵','黄','周','吴','徐','孙','胡','朱','高','林','何','郭','马','罗'])[1 + g % 20]
         || (ARRAY['伟','芳','娜','敏','静','丽','强','磊','军','洋','勇','艳','杰','娟','涛','明','超','秀','霞','平'])[1 + (g / 20) % 20]
         || CASE WHEN g % 3 = 0 THEN (ARRAY['华','玉','兰','萍','红','建','国','志','文','斌'])[1 + (g / 400) % 10] ELSE '' END,
       CASE WHEN g % 2 = 0 THEN 'MALE' ELSE 'FEMALE' END,
       'B' || lpad(g::text, 17, '0'), DATE '1970-01-01' + (g % 9000), '139' || lpad(g::text, 8, '0'),
       a.id, a.jurisdiction_id, a.scope_path, now(), now()
FROM generate_series(1, 5000) g
JOIN (SELECT row_number() OVER (ORDER BY id) - 1 AS n, id, jurisdiction_id, scope_path FROM org_agency
      WHERE kind = 'EMERGENCY_MANAGEMENT' AND status = 'ACTIVE') a
  ON a.n = g % (SELECT count(*) FROM org_agency WHERE kind = 'EMERGENCY_MANAGEMENT' AND status = 'ACTIVE')
WHERE NOT EXISTS (SELECT 1 FROM per_person WHERE id_card = 'B' || lpad('1', 17, '0'));
INSERT INTO off_officer (person_id, agency_id, scope_path, post_status, post_since, created_at, name, cert_number)
SELECT p.id, p.agency_id, p.scope_path, 'ON_POST', DATE '2020-01-01', now(), p.name, '1400' || lpad(p.id::text, 8, '0')
FROM per_person p WHERE p.id_card LIKE 'B%' AND NOT EXISTS (SELECT 1 FROM off_officer o WHERE o.person_id = p.id);

-- document numbers: each bench case's number, and a transfer / no-penalty / coercive number for every second case
INSERT INTO doc_number (type_code, agency_id, scope_path, year, n, text, subject_type, subject_id, issued_at, issued_by)
SELECT 'CASE_NUMBER', c.agency_id, c.scope_path, 3000 + (c.id % 1000)::int, c.id::int, c.case_number, 'case', c.id::text,
       c.opened_at, 'bench'
FROM enf_case c WHERE c.opened_by = 'bench'
  AND NOT EXISTS (SELECT 1 FROM doc_number d WHERE d.issued_by = 'bench' AND d.type_code = 'CASE_NUMBER');
INSERT INTO doc_number (type_code, agency_id, scope_path, year, n, text, subject_type, subject_id, issued_at, issued_by)
SELECT t.code, c.agency_id, c.scope_path, 3000 + (c.id % 1000)::int, c.id::int,
       replace(c.case_number, '案〔', t.short || '〔'), 'case', c.id::text, c.opened_at + interval '30 days', 'bench'
FROM enf_case c
CROSS JOIN LATERAL (SELECT (ARRAY['CASE_TRANSFER','NO_PENALTY_DECISION','COERCIVE_DECISION'])[1 + (c.id % 3)::int] AS code,
                           (ARRAY['移','不罚','强措'])[1 + (c.id % 3)::int] AS short) t
WHERE c.opened_by = 'bench' AND c.id % 2 = 0
  AND NOT EXISTS (SELECT 1 FROM doc_number d WHERE d.issued_by = 'bench' AND d.type_code <> 'CASE_NUMBER');

VACUUM ANALYZE per_person;
VACUUM ANALYZE off_officer;
VACUUM ANALYZE doc_number;
SELECT (SELECT count(*) FROM enf_case) AS cases, (SELECT count(*) FROM ent_enterprise) AS enterprises,
       (SELECT count(*) FROM off_officer) AS officers, (SELECT count(*) FROM doc_number) AS document_numbers;
-- does pg_trgm see Chinese characters in this database's locale? (C locale: no trigrams for them)
SELECT datcollate, datctype FROM pg_database WHERE datname = current_database();
SELECT show_trgm('泽州煤业') AS trigrams_of_chinese, show_trgm('abc123') AS trigrams_of_ascii;
