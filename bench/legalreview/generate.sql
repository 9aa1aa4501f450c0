-- Data for the legal-review benchmark (bench/legal-review.sh): :reviews open reviews across the province's
-- emergency-management agencies (province, 11 cities, every county), each on its own case in the DECISION stage,
-- written as ReviewSubmissions.submit writes them (see the demo's rows): lr_review, 2–4 materials, the timeline,
-- and for a complete submission (80 %) the LR-11 deadline (10 working days, cal_deadline) and the running
-- legal-review flow (wf_flow, step 0 PENDING at the legal unit, step 1 WAITING for the deputy); for an incomplete
-- one (20 %) the supplement deadline (5 working days) and no flow. Plain SQL, deterministic (setseed).
--   psql -v reviews=10000 -f bench/legalreview/generate.sql
\set ON_ERROR_STOP on
SET synchronous_commit = off;
SET work_mem = '128MB';
SELECT setseed(0.10);

-- one emergency-management agency per active province, city and county (the demo has five)
INSERT INTO org_agency (jurisdiction_id, scope_path, kind, name)
SELECT j.id, j.path, 'EMERGENCY_MANAGEMENT', j.name || '应急管理局' FROM org_jurisdiction j
WHERE j.level <= 3 AND j.status = 'ACTIVE' AND NOT EXISTS (
  SELECT 1 FROM org_agency a WHERE a.jurisdiction_id = j.id AND a.kind = 'EMERGENCY_MANAGEMENT' AND a.status = 'ACTIVE');

CREATE TEMP TABLE b_agency AS
SELECT row_number() OVER (ORDER BY a.id) - 1 AS n, a.id, a.scope_path, a.jurisdiction_id, a.name, j.level
FROM org_agency a JOIN org_jurisdiction j ON j.id = a.jurisdiction_id
WHERE a.kind = 'EMERGENCY_MANAGEMENT' AND a.status = 'ACTIVE' AND j.level <= 3;

-- who submits: one officer of the demo (the initiator id of the flow; names are as the service writes them)
CREATE TEMP TABLE b_officer AS SELECT id, username, display_name FROM iam_user WHERE username = 'zz_officer';
-- the demo's material files (ids only: the inbox does not read them)
CREATE TEMP TABLE b_file AS SELECT min(file_id) AS file_id FROM lr_material;

-- the reviews to create: agency round-robin over all agencies (so every county has some), submitted over the
-- last 30 days, 80 % complete (UNDER_REVIEW), 20 % returned for supplement
CREATE TEMP TABLE b_rev AS
SELECT g, a.id AS agency_id, a.scope_path, a.jurisdiction_id, a.name AS agency_name,
       date_trunc('milliseconds', now() - random() * interval '30 days') AS at, random() AS rk, random() AS rc,
       (100 + floor(random() * 4000) * 100)::numeric(14, 2) AS fine
FROM generate_series(1, :reviews) g JOIN b_agency a ON a.n = g % (SELECT count(*) FROM b_agency);

-- their cases (opened_by 'bench-lr', so a second run finds them)
INSERT INTO enf_case (case_number, agency_id, scope_path, kind, source, basis_title, basis_number, basis_date, party_name,
                      party_kind, title, place, stage, opened_at, opened_by, due_at)
SELECT '压测法审' || left(r.agency_name, 6) || '案〔2026〕' || r.g || '号', r.agency_id, r.scope_path,
       CASE WHEN r.rk < 0.8 THEN 'PENALTY' WHEN r.rk < 0.95 THEN 'COERCIVE' ELSE 'LICENCE' END, 'ANNUAL_PLAN', '依据文件',
       '晋应急〔' || r.g || '〕号', (r.at - interval '60 days')::date, '压测当事人' || r.g, 'CITIZEN',
       '压测法审案件' || r.g || '：' || (ARRAY['违规动火作业','超层越界开采','未落实安全监护','危化品违规储存','安全设施未验收'])[1 + r.g % 5],
       r.agency_name || '辖区', 'DECISION', r.at - interval '60 days', 'bench-lr', r.at + interval '30 days'
FROM b_rev r;
CREATE TEMP TABLE b_case AS
SELECT (regexp_match(case_number, '〕([0-9]+)号$'))[1]::int AS g, id, case_number, title FROM enf_case WHERE opened_by = 'bench-lr';
CREATE INDEX ON b_case (g);

INSERT INTO lr_review (version, case_id, case_number, case_title, agency_id, jurisdiction_id, scope_path, status, round,
                       case_kind, party_kind, fine_yuan, confiscation_yuan, measures, major, rule_set_version, rule_date, reasons,
                       form_summary, form_basis, form_officers, form_proposal, signed_unit_head, signed_deputy,
                       submitted_at, submitted_by, received_at)
SELECT 2, c.id, c.case_number, c.title, r.agency_id, r.jurisdiction_id, r.scope_path,
       CASE WHEN r.rc < 0.8 THEN 'UNDER_REVIEW' ELSE 'SUPPLEMENT_REQUESTED' END, 1,
       CASE WHEN r.rk < 0.8 THEN 'PENALTY' WHEN r.rk < 0.95 THEN 'COERCIVE' ELSE 'LICENCE' END, 'CITIZEN',
       CASE WHEN r.rk < 0.8 THEN r.fine END, NULL,
       CASE WHEN r.rk < 0.8 THEN 'SUSPEND_PRODUCTION' WHEN r.rk < 0.95 THEN 'SEAL_PREMISES' ELSE 'LICENCE_HEARING' END, TRUE,
       (SELECT rule_set_version FROM lr_review ORDER BY id LIMIT 1), r.at::date,
       CASE WHEN r.rk < 0.8 THEN 'SUSPEND_PRODUCTION：行政处罚：责令停产停业整顿、责令停产停业 — 第六条（二）1'
            WHEN r.rk < 0.95 THEN 'SEAL_PREMISES：行政强制：查封违法生产、储存、使用、经营危险物品的作业场所 — 第六条（三）2'
            ELSE 'LICENCE_HEARING：行政许可：法律、法规、规章规定涉及听证事项的行政许可 — 第六条（一）2' END,
       '拟作出重大执法决定（压测数据）', '《中华人民共和国安全生产法》相关条款', '承办人员均持有山西省行政执法证', '拟作出重大执法决定（压测数据）',
       CASE WHEN r.rc < 0.8 THEN '李建国' END, CASE WHEN r.rc < 0.8 THEN '王志强' END,
       r.at, 'zz_officer', CASE WHEN r.rc < 0.8 THEN r.at END
FROM b_rev r JOIN b_case c ON c.g = r.g;
CREATE TEMP TABLE b_lr AS
SELECT l.id, l.status, l.agency_id, l.jurisdiction_id, l.scope_path, l.case_title, l.submitted_at AS at, a.name AS agency_name
FROM lr_review l JOIN b_agency a ON a.id = l.agency_id JOIN b_case c ON c.id = l.case_id;

INSERT INTO lr_material (review_id, idx, kind, file_id, title)
SELECT l.id, m.idx, m.kind, (SELECT file_id FROM b_file), m.title
FROM b_lr l CROSS JOIN (VALUES (0, 'STATEMENT', '基本情况说明及决定建议'), (1, 'INVESTIGATION_REPORT', '经分管负责人签批的调查报告'),
                               (2, 'CASE_FILE', '案卷材料'), (3, 'DRAFT_DECISION', '决定书代拟稿')) m(idx, kind, title)
WHERE l.status = 'UNDER_REVIEW' OR m.idx IN (0, 2);
INSERT INTO lr_event (review_id, idx, at, actor, what)
SELECT l.id, 0, l.at, 'zz_officer', '提交法制审核申请' FROM b_lr l
UNION ALL
SELECT l.id, 1, l.at, 'zz_officer', CASE WHEN l.status = 'UNDER_REVIEW' THEN '材料齐全，法制机构收件，审核期限起算'
    ELSE '材料不齐全，退回补充，审核期限不起算：经分管负责人签批的调查报告、决定书代拟稿、申请表须经承办机构负责人和分管负责人签字' END
FROM b_lr l;

-- the deadlines (the due is approximate: 10 / 5 working days ≈ 14 / 7 calendar days; state by that due)
INSERT INTO cal_deadline (version, subject_type, subject_id, rule_id, jurisdiction_id, scope_path, period_kind, period_amount,
                          start_at, due_date, due_at, state, was_overdue, overdue_at, created_at, title)
SELECT 1, CASE WHEN l.status = 'UNDER_REVIEW' THEN 'legal-review' ELSE 'legal-review-supplement' END, l.id::text,
       CASE WHEN l.status = 'UNDER_REVIEW' THEN 'LR-11' ELSE 'LR-05' END, l.jurisdiction_id, l.scope_path, 'WORKING_DAYS',
       CASE WHEN l.status = 'UNDER_REVIEW' THEN 10 ELSE 5 END, l.at, d.due, (d.due + 1)::timestamp AT TIME ZONE 'Asia/Shanghai',
       CASE WHEN (d.due + 1)::timestamp AT TIME ZONE 'Asia/Shanghai' <= now() THEN 'OVERDUE' ELSE 'OPEN' END,
       (d.due + 1)::timestamp AT TIME ZONE 'Asia/Shanghai' <= now(),
       CASE WHEN (d.due + 1)::timestamp AT TIME ZONE 'Asia/Shanghai' <= now() THEN (d.due + 1)::timestamp AT TIME ZONE 'Asia/Shanghai' END,
       l.at, CASE WHEN l.status = 'UNDER_REVIEW' THEN '法制审核：' ELSE '法制审核补充材料：' END || l.case_title
FROM b_lr l
CROSS JOIN LATERAL (SELECT (l.at AT TIME ZONE 'Asia/Shanghai')::date + CASE WHEN l.status = 'UNDER_REVIEW' THEN 14 ELSE 7 END AS due) d;
UPDATE lr_review r SET deadline_id = d.id,
       supplement_due = CASE WHEN r.status = 'SUPPLEMENT_REQUESTED' THEN d.due_date END
FROM cal_deadline d, b_lr l
WHERE l.id = r.id AND d.subject_id = r.id::text AND d.subject_type IN ('legal-review', 'legal-review-supplement');

-- the running flows of the complete submissions
INSERT INTO wf_flow (definition_code, definition_name, subject_type, subject_id, subject_url, title, initiating_agency_id,
                     initiating_agency_name, initiator_user_id, initiator_name, state, current_step, round, scope_path, started_at, version)
SELECT 'legal-review', '重大执法决定法制审核', 'legal-review', l.id::text, '/legal-review/' || l.id, '法制审核：' || l.case_title,
       l.agency_id, l.agency_name, o.id, o.display_name, 'RUNNING', 0, 1, l.scope_path, l.at, 1
FROM b_lr l CROSS JOIN b_officer o WHERE l.status = 'UNDER_REVIEW';
UPDATE lr_review r SET flow_id = f.id
FROM wf_flow f, b_lr l
WHERE l.id = r.id AND f.definition_code = 'legal-review' AND f.subject_type = 'legal-review' AND f.subject_id = r.id::text;
INSERT INTO wf_flow_step (flow_id, idx, step_key, name, role_code, agency_id, agency_name, jurisdiction_id, agency_scope_path,
                          allowed, rule_id, state, pending_since)
SELECT f.id, s.idx, s.step_key, s.name, s.role_code, l.agency_id, l.agency_name, l.jurisdiction_id, l.scope_path, s.allowed,
       'legal-review', s.state, CASE WHEN s.idx = 0 THEN l.at END
FROM b_lr l JOIN lr_review r ON r.id = l.id JOIN wf_flow f ON f.id = r.flow_id
CROSS JOIN (VALUES (0, 'legal-unit', '法制机构集体审核并提出意见', 'LEGAL_REVIEWER', 'APPROVE', 'PENDING'),
                   (1, 'deputy', '分管法制机构的负责人签批', 'DEPUTY_DIRECTOR', 'APPROVE,REJECT', 'WAITING')) s(idx, step_key, name, role_code, allowed, state);

ANALYZE enf_case; ANALYZE lr_review; ANALYZE lr_material; ANALYZE lr_event; ANALYZE cal_deadline; ANALYZE wf_flow; ANALYZE wf_flow_step;
SELECT status, count(*) FROM lr_review GROUP BY status ORDER BY status;
