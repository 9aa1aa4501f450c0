-- Issue 14 performance: the public list's totals per publishing agency and kind (live notices only), kept by statement
-- triggers with transition tables (a bulk load of a million rows is one grouped upsert), so a list page filtered by
-- agency and/or kind reads a handful of rows instead of counting up to 10,001 index entries per request.
CREATE TABLE pub_publication_count (
    owner_agency_id BIGINT      NOT NULL,
    kind            VARCHAR(40) NOT NULL,
    live            BIGINT      NOT NULL,
    PRIMARY KEY (owner_agency_id, kind)
);
INSERT INTO pub_publication_count (owner_agency_id, kind, live)
SELECT owner_agency_id, kind, count(*) FROM pub_publication WHERE withdrawn_at IS NULL GROUP BY 1, 2;

CREATE FUNCTION pub_publication_count_ins() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO pub_publication_count AS c (owner_agency_id, kind, live)
    SELECT owner_agency_id, kind, count(*) FROM new_rows WHERE withdrawn_at IS NULL GROUP BY 1, 2
    ON CONFLICT (owner_agency_id, kind) DO UPDATE SET live = c.live + EXCLUDED.live;
    RETURN NULL;
END $$;

CREATE FUNCTION pub_publication_count_upd() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO pub_publication_count AS c (owner_agency_id, kind, live)
    SELECT owner_agency_id, kind, sum(d) FROM (
        SELECT owner_agency_id, kind, -1 AS d FROM old_rows WHERE withdrawn_at IS NULL
        UNION ALL
        SELECT owner_agency_id, kind, 1 FROM new_rows WHERE withdrawn_at IS NULL) t
    GROUP BY 1, 2
    ON CONFLICT (owner_agency_id, kind) DO UPDATE SET live = c.live + EXCLUDED.live;
    RETURN NULL;
END $$;

CREATE FUNCTION pub_publication_count_del() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE pub_publication_count c SET live = c.live - d.n
    FROM (SELECT owner_agency_id, kind, count(*) AS n FROM old_rows WHERE withdrawn_at IS NULL GROUP BY 1, 2) d
    WHERE c.owner_agency_id = d.owner_agency_id AND c.kind = d.kind;
    RETURN NULL;
END $$;

CREATE TRIGGER pub_publication_count_ins AFTER INSERT ON pub_publication REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION pub_publication_count_ins();
CREATE TRIGGER pub_publication_count_upd AFTER UPDATE ON pub_publication REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION pub_publication_count_upd();
CREATE TRIGGER pub_publication_count_del AFTER DELETE ON pub_publication REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION pub_publication_count_del();
