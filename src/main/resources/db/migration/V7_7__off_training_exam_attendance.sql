-- OFF-01: the exam of a training is recorded with its date and score (the exam of a PUBLIC_LAW training is the
-- 山西省行政执法统一考试); OFF-09: LAW_UPDATE trainings (公共法律知识更新培训考试); OFF-06: attendance at the training.
ALTER TABLE off_training ADD COLUMN exam_date DATE;
ALTER TABLE off_training ADD COLUMN exam_score NUMERIC(4, 1) CHECK (exam_score >= 0 AND exam_score <= 100);
ALTER TABLE off_training ADD COLUMN attendance VARCHAR(12) NOT NULL DEFAULT 'PRESENT'
    CHECK (attendance IN ('PRESENT', 'LATE', 'LEFT_EARLY', 'ABSENT', 'NOT_ATTENDED'));
ALTER TABLE off_training DROP CONSTRAINT off_training_kind_check;
ALTER TABLE off_training ADD CONSTRAINT off_training_kind_check
    CHECK (kind IN ('PRE_JOB', 'REFRESHER', 'ROTATION', 'PUBLIC_LAW', 'LAW_UPDATE'));
UPDATE off_training SET exam_date = end_date WHERE exam_result <> 'NONE';
