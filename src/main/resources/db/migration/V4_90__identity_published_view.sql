-- Published read model of identity's users (docs/conventions.md, "Table boundaries"): other modules store
-- the acting user's login name and show the person's name (staff see colleagues' names, never login names).
CREATE VIEW iam_user_view AS
    SELECT u.id, u.username, u.display_name, u.agency_id, u.scope_path
    FROM iam_user u;
