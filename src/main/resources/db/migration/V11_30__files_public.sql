-- Issue 14 item 2: a stored file may be read by anyone (no login) while a module holds it public — publicity's
-- legal bases and discretion benchmarks attached to a published item. One row per holder ("publicity/before-item/12"),
-- so a file attached to two items stays public until both let it go. Owned by cn.anjian.files.
CREATE TABLE file_public (
    file_id BIGINT       NOT NULL REFERENCES file_object (id),
    holder  VARCHAR(100) NOT NULL,
    since   TIMESTAMPTZ  NOT NULL,
    PRIMARY KEY (file_id, holder)
);
