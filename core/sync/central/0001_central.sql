-- Central schema 1: the identity of the central database and the counters that synchronise with it.
-- The central database belongs to one commune (central_meta 'commune'): a counter of another commune is
-- refused. Each counter registers once with its site id (the uuid of its SQLite file) and its code, unique
-- across the commune's counters: the code prefixes its document numbers, so two counters never share one.
CREATE TABLE central_meta (
    key   text PRIMARY KEY,
    value text NOT NULL
);

CREATE TABLE counter (
    site_id       uuid PRIMARY KEY,
    code          text NOT NULL UNIQUE CHECK (code ~ '^[A-Z0-9]{2,6}$'),
    name          text NOT NULL,
    registered_at timestamptz NOT NULL DEFAULT now(),
    registered_by text NOT NULL
);
