-- Issue 10 (performance): the legal unit's inbox in list order. A province- or city-wide inbox (10,000 open reviews in
-- the province) read the whole table and sorted it for every page (seq scan of lr_review, ~2,300 pages); walking these
-- in order stops after the page. Narrow scopes (a county) keep lr_review_scope; the list plans per scope
-- (ReviewQueries: force_custom_plan), so the planner sees the prefix and picks between them.
CREATE INDEX lr_review_submitted ON lr_review (submitted_at DESC, id DESC);
CREATE INDEX lr_review_case_number ON lr_review (case_number, id);
