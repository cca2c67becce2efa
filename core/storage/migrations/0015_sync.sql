-- Schema 15: what the sync keeps on the counter (core/sync/Sync.cpp). Both tables are this counter's own.

-- Each versioned or configuration row as this counter and the central database last agreed on it (pushed or
-- pulled), in the sync's JSON form (references by uuid): the base of the field-by-field merge. A field that
-- differs from the base here was changed here; one that differs in what is pulled was changed elsewhere.
CREATE TABLE sync_base (
    table_name TEXT NOT NULL,
    row_key    TEXT NOT NULL,
    data       TEXT NOT NULL,
    PRIMARY KEY (table_name, row_key)
) WITHOUT ROWID;

-- The same field changed here and on another counter: the row keeps this counter's value until a clerk
-- chooses; both values, who changed the other one and when are kept, and the choice. Or (kind 'booking') a day
-- this counter had booked for a child that another counter booked first: cancelled here, its ticket given
-- back, and the clerk told.
CREATE TABLE sync_conflict (
    id           INTEGER PRIMARY KEY,
    kind         TEXT NOT NULL DEFAULT 'field' CHECK (kind IN ('field', 'booking')),
    table_name   TEXT NOT NULL,
    row_key      TEXT NOT NULL,
    field        TEXT NOT NULL,
    local_value  TEXT,
    remote_value TEXT,
    remote_site  TEXT NOT NULL,
    remote_at    TEXT NOT NULL,
    detected_at  TEXT NOT NULL,
    resolved_at  TEXT,
    resolved_by  TEXT,
    chosen       TEXT CHECK (chosen IN ('local', 'remote'))
) STRICT;
CREATE INDEX sync_conflict_open ON sync_conflict (table_name, row_key) WHERE resolved_at IS NULL;

-- A clerk's choice on a conflict, sent to every counter (append-only, travelling): each sets the field to
-- the chosen value and closes its own conflict on it, so that all counters end with the same file.
CREATE TABLE sync_resolution (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    origin_site TEXT NOT NULL,
    table_name  TEXT NOT NULL,
    row_key     TEXT NOT NULL,
    field       TEXT NOT NULL,
    value       TEXT,
    chosen_by   TEXT NOT NULL,
    chosen_at   TEXT NOT NULL
) STRICT;
CREATE TRIGGER sync_resolution_fixed BEFORE UPDATE ON sync_resolution
BEGIN SELECT RAISE(ABORT, 'a choice once made is kept: make a new one'); END;
CREATE TRIGGER sync_resolution_no_delete BEFORE DELETE ON sync_resolution
BEGIN SELECT RAISE(ABORT, 'a choice once made is kept'); END;
