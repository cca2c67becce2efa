-- Central schema 2: the changes the counters push. Each counter's change log (its site id and sequence)
-- arrives once: (site_id, site_seq) is unique, so a push interrupted at any point and replayed adds nothing.
-- Each change carries the row as it was when pushed (JSON; null once deleted) and, for a family file, the
-- state the pushing counter had last agreed with the central database: the base of the three-way merge. txid is the pushing
-- transaction's id: a counter pulls only changes of transactions older than every transaction still running
-- (pg_snapshot_xmin), so a push that commits late is never skipped by a cursor (core/sync/Sync.cpp).
CREATE TABLE change (
    id         bigserial PRIMARY KEY,
    site_id    uuid NOT NULL REFERENCES counter (site_id),
    site_seq   bigint NOT NULL,
    table_name text NOT NULL,
    row_key    text NOT NULL,
    op         text NOT NULL CHECK (op IN ('insert', 'update', 'delete')),
    data       jsonb,
    base       jsonb, -- a family file's change: the state it was made from (the pushing counter's last sync)
    txid       xid8 NOT NULL DEFAULT pg_current_xact_id(),
    pushed_at  timestamptz NOT NULL DEFAULT now(),
    UNIQUE (site_id, site_seq)
);
CREATE INDEX change_pull ON change (txid, id);

-- Every travelling row as it stands: the latest state pushed (what the portal reads, and what a new counter
-- pulls whole).
CREATE TABLE row_state (
    table_name  text NOT NULL,
    row_key     text NOT NULL,
    data        jsonb,
    site_id     uuid NOT NULL REFERENCES counter (site_id),
    site_seq    bigint NOT NULL,
    updated_at  timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (table_name, row_key)
);

-- How far each counter's push has come (its change log's sequence): what it says when asked.
ALTER TABLE counter ADD COLUMN pushed_seq bigint NOT NULL DEFAULT 0;
ALTER TABLE counter ADD COLUMN last_push_at timestamptz;
