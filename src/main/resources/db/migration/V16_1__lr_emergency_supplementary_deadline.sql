-- LR-04: when the approving head requires a supplementary review of an emergency measure, its submission is
-- tracked as a calendar deadline (met when the review is submitted).
ALTER TABLE lr_emergency ADD COLUMN deadline_id BIGINT;
