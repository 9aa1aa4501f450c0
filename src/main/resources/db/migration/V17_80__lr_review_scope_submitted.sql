-- Issue 20 item 7, the legal reviews' inbox of a county at province scale: its reviews' ids and submission times from
-- the index alone (a few hundred entries, then the top rows sorted), instead of walking lr_review_submitted in the
-- province's order and dropping every other county's review on the way.
CREATE INDEX IF NOT EXISTS lr_review_scope_submitted ON lr_review (scope_path text_pattern_ops, submitted_at, id);
