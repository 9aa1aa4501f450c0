-- Issue 20 item 7, the enterprise list at province scale (60,000): its default order (name, then id) with the scope in
-- the index, so a page's ids come from the index alone (Enterprises.search) instead of sorting every enterprise in scope.
CREATE INDEX IF NOT EXISTS ent_enterprise_name_id ON ent_enterprise (name, id) INCLUDE (scope_path);
