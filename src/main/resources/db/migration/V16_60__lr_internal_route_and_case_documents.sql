-- LR-14: an entrusted enforcement institution's fine on an organisation (≤ the setting's limit) reviewed by the
-- bureau's internal legal unit with the director's consent (a workflow step); the review waits in CONSENT_REQUESTED.
ALTER TABLE lr_review ADD COLUMN route VARCHAR(30) NOT NULL DEFAULT 'STANDARD';
ALTER TABLE lr_review ADD COLUMN undertaking_unit_id BIGINT;
ALTER TABLE lr_review ADD COLUMN consent_flow_id BIGINT;
ALTER TABLE lr_review ADD COLUMN consent_by VARCHAR(64);
ALTER TABLE lr_review ADD COLUMN consent_at TIMESTAMPTZ;
ALTER TABLE lr_review ADD COLUMN consent_opinion TEXT;
CREATE INDEX lr_review_consent_flow ON lr_review (consent_flow_id) WHERE consent_flow_id IS NOT NULL;
DROP INDEX lr_review_one_open;
CREATE UNIQUE INDEX lr_review_one_open ON lr_review (case_id)
    WHERE status IN ('SUPPLEMENT_REQUESTED', 'CONSENT_REQUESTED', 'UNDER_REVIEW', 'AWAITING_APPROVAL', 'DIRECTOR_REVIEW');

-- LR-05: a material may be a document already generated for the case (its case-document id; file_id is its file)
ALTER TABLE lr_material ADD COLUMN document_id BIGINT;

-- LR-15: a legal adviser's written opinion may come with its signed file (filed in the case's record file)
ALTER TABLE lr_meeting ADD COLUMN file_id BIGINT;
