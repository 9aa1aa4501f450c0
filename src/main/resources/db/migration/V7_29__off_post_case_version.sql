-- off_post_case becomes a Spring Data JDBC aggregate (PostCase) with optimistic locking.
ALTER TABLE off_post_case ADD COLUMN version INT NOT NULL DEFAULT 0;
