-- Issue 14 (PUB-01): each agency's public portal shows its supervision channels (phone, e-mail, address, the
-- 12345 hotline) and, in the footer, the sponsoring body (主办单位) and its contact. Kept by the agency in the back
-- office; an agency without a row shows the province's defaults. Owned by cn.anjian.publicity.
CREATE TABLE pub_portal_channel (
    agency_id     BIGINT PRIMARY KEY REFERENCES org_agency (id),
    phone         VARCHAR(40),
    email         VARCHAR(100),
    address       VARCHAR(200),
    hotline       VARCHAR(20)  NOT NULL DEFAULT '12345',
    sponsor       VARCHAR(100),            -- 主办单位 (blank: the agency's own name)
    contact       VARCHAR(200),            -- footer contact line
    updated_at    TIMESTAMPTZ  NOT NULL,
    updated_by    VARCHAR(100) NOT NULL,
    version       INT          NOT NULL DEFAULT 0
);
