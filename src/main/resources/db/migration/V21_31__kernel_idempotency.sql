-- One Idempotency-Key mechanism for every phone API (recording's uploads, the mines' checks): the table recording
-- created at V14_1 becomes the shared kernel's (cn.anjian.kernel.Idempotency); rows, keys and behaviour are kept.
ALTER TABLE rec_idempotency RENAME TO kernel_idempotency;
ALTER TABLE kernel_idempotency ALTER COLUMN record_id DROP NOT NULL;
