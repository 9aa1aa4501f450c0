-- Issue 19 (STAT-09 at province scale: a county's table ≤ 300 ms with 10 users): the figures whose records are one row
-- per fact (every figure but the distinct-person, per-course, per-case and stock ones) are kept as monthly cells per
-- jurisdiction path: the value of a figure for a subtree and a period is the sum of its cells. A cell is recomputed from
-- the figure's own records SQL (the drill-down's) for its path when that path's revision moved at the records' owner
-- (enf_/off_/cmp_stat_revision_view); rep_stat_seen keeps the revision the cells were computed from. A full rebuild (empty
-- cells, or a province user's request) recomputes all. This module's own registers (publicity activities, normative
-- documents: a few index pages for a county) stay live.
CREATE TABLE rep_stat_cell (
    figure     VARCHAR(80)  NOT NULL,
    scope_path VARCHAR(400) NOT NULL,
    month      DATE         NOT NULL,
    value      NUMERIC      NOT NULL,
    PRIMARY KEY (scope_path, figure, month)
);
-- a subtree and a period, read from the index alone
CREATE INDEX rep_stat_cell_read ON rep_stat_cell (scope_path text_pattern_ops, month) INCLUDE (figure, value);

-- the distinct-count figures (officers trained, courses, certificate holders): their members per place, month and figure;
-- a stock's (holders on a period's last day) only for the month ends asked for so far (rep_stat_stock_month)
CREATE TABLE rep_stat_member (
    figure     VARCHAR(80)  NOT NULL,
    scope_path VARCHAR(400) NOT NULL,
    month      DATE         NOT NULL,
    member     TEXT         NOT NULL,
    stock      BOOLEAN      NOT NULL,
    PRIMARY KEY (scope_path, figure, month, member)
);
CREATE INDEX rep_stat_member_read ON rep_stat_member (scope_path text_pattern_ops, month) INCLUDE (figure, member, stock);

CREATE TABLE rep_stat_stock_month (
    month DATE PRIMARY KEY
);

CREATE TABLE rep_stat_seen (
    source     VARCHAR(8)   NOT NULL,
    scope_path VARCHAR(400) NOT NULL,
    slot       SMALLINT     NOT NULL,
    revision   BIGINT       NOT NULL,
    PRIMARY KEY (source, scope_path, slot)
);

CREATE TABLE rep_stat_cell_state (
    id       INT PRIMARY KEY CHECK (id = 1),
    built_at TIMESTAMPTZ NOT NULL
);
