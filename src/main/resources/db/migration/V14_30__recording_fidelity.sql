-- Issue 9, recording fidelity (seed 001 全过程记录制度, RULES.md revised 2026-12-05).

-- REC-04 (art. 14(三)): "other situations unsuitable for AV" needs the written reason approved by the unit head
-- (workflow flow rec-av-exemption). Only an ACCEPTED reason clears the REC-03 flag and the closure gate; a
-- REJECTED one may be replaced by another request. Reasons given before this migration were accepted as given.
ALTER TABLE rec_activity ADD COLUMN exemption_status VARCHAR(10)
    CHECK (exemption_status IN ('PENDING', 'ACCEPTED', 'REJECTED'));
ALTER TABLE rec_activity ADD COLUMN exemption_flow_id BIGINT;
ALTER TABLE rec_activity ADD COLUMN exemption_decided_by VARCHAR(100);
ALTER TABLE rec_activity ADD COLUMN exemption_decided_at TIMESTAMPTZ;
ALTER TABLE rec_activity ADD COLUMN exemption_opinion VARCHAR(500);
UPDATE rec_activity SET exemption_status = 'ACCEPTED', exemption_decided_by = exempted_by, exemption_decided_at = exempted_at
    WHERE exemption_reason IS NOT NULL;
CREATE UNIQUE INDEX rec_activity_exemption_flow ON rec_activity (exemption_flow_id) WHERE exemption_flow_id IS NOT NULL;

-- REC-03 (art. 10 names 送达): direct service is AV-mandatory. Activities of cases not yet closed follow the rule
-- from now on (flagged when ended without AV); closed cases keep the flags they were closed with.
UPDATE rec_activity a SET av_required = TRUE
    WHERE a.kind = 'SERVICE' AND NOT a.av_required
      AND NOT EXISTS (SELECT 1 FROM rec_case_file f WHERE f.case_id = a.case_id AND f.closed_at IS NOT NULL);

-- REC-13 (art. 13(一)): whether the party was told before the AV recording started; required for new AV records,
-- null for text records and for AV records filed before the question was asked (flagged like a "no").
ALTER TABLE rec_record ADD COLUMN party_informed BOOLEAN;
-- REC-02: a record filed (uploaded or generated) for a stage the case had already left is marked late (补充归档).
ALTER TABLE rec_record ADD COLUMN filed_late BOOLEAN NOT NULL DEFAULT FALSE;
-- REC-02: the kind of the issued decision on its record (a granted licence requires the certificate copy, art. 8(一)5).
ALTER TABLE rec_record ADD COLUMN decision_kind VARCHAR(30);

-- REC-02: art. 8 in full. also_kind: another text kind that meets the row too (art. 8(一)3 "专家审查或现场核查的有关资料");
-- applies_when: the row applies only where the step it records took place —
--   HEARING_HELD (a HEARING activity on file), DECISION_ISSUED (a decision on file), LICENCE_GRANTED (准予许可).
-- Not required as rows, because no step of the system tells whether they happened (they remain uploadable kinds):
-- expert appraisal opinions (鉴定意见) and collective-discussion records (集体讨论记录, a major decision's; legal review
-- will add its own row when it exists).
ALTER TABLE rec_required_text ADD COLUMN also_kind VARCHAR(30);
ALTER TABLE rec_required_text ADD COLUMN applies_when VARCHAR(20)
    CHECK (applies_when IN ('HEARING_HELD', 'DECISION_ISSUED', 'LICENCE_GRANTED'));

INSERT INTO rec_required_text (case_kind, stage, text_kind, doc_type, label, article, also_kind, applies_when) VALUES
    -- art. 8(二)1–3: what started a penalty, coercion or inspection case (the annual plan, the notice or programme of a
    -- major inspection, the complaint letter with the leader's instruction, the assignment) — the document itself, not
    -- only its number on the case
    ('INSPECTION', 'INITIATION',    'BASIS_DOCUMENT',         NULL, '执法依据文件（年度监督检查计划、执法检查通知或方案、投诉举报信件及领导批示等）', '第八条（二）1–3', NULL, NULL),
    ('PENALTY',    'INITIATION',    'BASIS_DOCUMENT',         NULL, '执法依据文件（年度监督检查计划、执法检查通知或方案、投诉举报信件及领导批示等）', '第八条（二）1–3', NULL, NULL),
    ('COERCIVE',   'INITIATION',    'BASIS_DOCUMENT',         NULL, '执法依据文件（年度监督检查计划、执法检查通知或方案、投诉举报信件及领导批示等）', '第八条（二）1–3', NULL, NULL),
    -- art. 8(二)4: investigation documents of a coercive case, internal approval forms before a decision, hearing reports
    ('COERCIVE',   'INVESTIGATION', 'INVESTIGATION_DOCUMENT', NULL, '调查取证文书（现场检查记录或询问笔录）', '第八条（二）4', NULL, NULL),
    ('PENALTY',    'DECISION',      'INTERNAL_APPROVAL',      NULL, '内部程序审批表', '第八条（二）4', NULL, NULL),
    ('COERCIVE',   'DECISION',      'INTERNAL_APPROVAL',      NULL, '内部程序审批表', '第八条（二）4', NULL, NULL),
    ('PENALTY',    'DECISION',      'HEARING_REPORT',         NULL, '听证报告', '第八条（二）4', NULL, 'HEARING_HELD'),
    ('COERCIVE',   'DECISION',      'HEARING_REPORT',         NULL, '听证报告', '第八条（二）4', NULL, 'HEARING_HELD'),
    -- art. 8(二)4 送达回执: an inspection that issued a decision (e.g. a rectification order) serves it
    ('INSPECTION', 'SERVICE',       'SERVICE_RECEIPT',        NULL, '处理决定的送达回执', '第八条（二）4', NULL, 'DECISION_ISSUED'),
    -- art. 8(一) licences: acceptance (or non-acceptance / correction) notice, the application's materials (art. 9(三)),
    -- hearing notices and record, expert review or site verification material, the level-by-level signed review
    -- opinions, the approval document or certificate copy
    ('LICENCE',    'INITIATION',    'ACCEPTANCE_NOTICE',      NULL, '行政许可申请受理通知书（或不予受理通知书、补正告知书）', '第八条（一）1', NULL, NULL),
    ('LICENCE',    'INITIATION',    'PARTY_MATERIAL',         NULL, '申请人提交的申请材料及证件复印件', '第九条（三）', NULL, NULL),
    ('LICENCE',    'INVESTIGATION', 'EXPERT_OPINION',         NULL, '组织专家审查或现场核查的有关资料', '第八条（一）3', 'INVESTIGATION_DOCUMENT', NULL),
    ('LICENCE',    'DECISION',      'HEARING_REPORT',         NULL, '听证告知书、听证通知书及听证笔录', '第八条（一）2', NULL, 'HEARING_HELD'),
    ('LICENCE',    'DECISION',      'INTERNAL_APPROVAL',      NULL, '承办人、承办机构负责人、局负责人逐级签字的审查意见', '第八条（一）4', NULL, NULL),
    ('LICENCE',    'DECISION',      'LICENCE_COPY',           NULL, '行政许可批准文件或证书复印件', '第八条（一）5', NULL, 'LICENCE_GRANTED');
