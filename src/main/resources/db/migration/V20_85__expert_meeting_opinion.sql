-- EXP-17 (seed 002 art. 14): the joint opinion of a held meeting (会商意见 / 会议纪要): the experts' opinions and the
-- conclusion, issued once as a numbered .docx through documents (gapless per agency and year).
ALTER TABLE exp_meeting ADD COLUMN opinions VARCHAR(4000), ADD COLUMN conclusion VARCHAR(2000),
    ADD COLUMN opinion_number VARCHAR(200), ADD COLUMN opinion_file_id BIGINT;
INSERT INTO doc_type (code, name, format_pattern, sort_order) VALUES
    ('EXPERT_MEETING_OPINION', '专家会商意见', '{agencyShort}应急会商〔{year}〕{n}号', 410);
