-- Issue 20 item 7: a county's or a city's enterprises in the default order (name, then id) from the scope's range of one
-- index (a few hundred entries) instead of a walk of every enterprise's name (V24_16 serves the province).
CREATE INDEX IF NOT EXISTS ent_enterprise_scope_name ON ent_enterprise (scope_path text_pattern_ops, name, id);
