-- Issue 14 (CMP-01, CMP-02, CAP-08, PUB-09): public complaints and tips, staff entries for the 12345 hotline and
-- letters, and questions about published entries (纠错/咨询) share cmp_submission and its tracking code.
ALTER TABLE cmp_submission DROP CONSTRAINT cmp_submission_status_check;
ALTER TABLE cmp_submission ADD CONSTRAINT cmp_submission_status_check
    CHECK (status IN ('SUBMITTED', 'ACCEPTED', 'ANSWERED', 'DECLINED'));
ALTER TABLE cmp_submission ALTER COLUMN tracking_code TYPE VARCHAR(24);
ALTER TABLE cmp_submission
    ADD COLUMN received_by          VARCHAR(100),   -- staff who typed a hotline call or a letter
    ADD COLUMN owner_unit_id        BIGINT,         -- the unit that answers (PUB-10 for questions)
    ADD COLUMN about_ref            VARCHAR(60),    -- PUB-09: the published entry asked about ("publication:12")
    ADD COLUMN about_title          VARCHAR(200),
    ADD COLUMN decline_reason       VARCHAR(500),
    ADD COLUMN declined_at          TIMESTAMPTZ,
    ADD COLUMN declined_by          VARCHAR(100),
    ADD COLUMN handler_user_id      BIGINT REFERENCES iam_user (id),  -- CAP-08: the one officer who sees the identity
    ADD COLUMN handler_assigned_at  TIMESTAMPTZ,
    ADD COLUMN handler_assigned_by  VARCHAR(100),
    ADD COLUMN case_id              BIGINT,         -- CASE-04: the case opened on this tip
    ADD COLUMN reward_amount        NUMERIC(12, 2), -- CAP-08: reward for a tip
    ADD COLUMN reward_note          VARCHAR(500),
    ADD COLUMN reward_recorded_at   TIMESTAMPTZ,
    ADD COLUMN reward_recorded_by   VARCHAR(100),
    ADD CONSTRAINT cmp_submission_declined CHECK (status <> 'DECLINED' OR decline_reason IS NOT NULL),
    ADD CONSTRAINT cmp_submission_reward CHECK (reward_amount IS NULL OR reward_amount >= 0);
CREATE INDEX cmp_submission_handler ON cmp_submission (handler_user_id) WHERE handler_user_id IS NOT NULL;

-- photos attached to a public complaint, stored through cn.anjian.files (sniffed, size-limited)
CREATE TABLE cmp_submission_file (
    submission_id BIGINT       NOT NULL REFERENCES cmp_submission (id),
    file_id       BIGINT       NOT NULL,
    name          VARCHAR(200) NOT NULL,
    PRIMARY KEY (submission_id, file_id)
);
