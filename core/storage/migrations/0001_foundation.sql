-- Schema 1: the family file. Rules: every row that may travel to the central database has a
-- uuid (v7), the site that created it and its creation instant; mutable rows carry a version.
-- Instants are ISO-8601 UTC text; calendar dates are 'YYYY-MM-DD'.

CREATE TABLE meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

-- Commune-wide configuration, edited by the administrator and shared by every counter.
CREATE TABLE commune_setting (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
INSERT INTO commune_setting (key, value) VALUES
    ('commune_name', 'Saint-Omer'),
    ('commune_postal_codes', '62500'),
    ('rules_version', '2026-1'),
    ('terms_version', '2026-1');

-- Diet options: non-religious only (CNIL). The list is configurable; codes never change.
CREATE TABLE diet_option (
    code     TEXT PRIMARY KEY,
    label    TEXT NOT NULL,
    active   INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    position INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;
INSERT INTO diet_option (code, label, position) VALUES
    ('no_pork', 'Sans porc', 1),
    ('no_meat', 'Sans viande', 2),
    ('vegetarian', 'Végétarien', 3);

CREATE TABLE school (
    id         INTEGER PRIMARY KEY,
    uuid       TEXT NOT NULL UNIQUE,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('maternelle', 'elementaire', 'primaire')),
    address    TEXT NOT NULL DEFAULT '',
    active     INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    created_at TEXT NOT NULL
);

CREATE TABLE household (
    id                INTEGER PRIMARY KEY,
    uuid              TEXT NOT NULL UNIQUE,
    origin_site       TEXT NOT NULL,
    file_number       INTEGER NOT NULL UNIQUE,
    name              TEXT NOT NULL CHECK (length(name) > 0),
    email             TEXT NOT NULL DEFAULT '',
    postal_code       TEXT NOT NULL DEFAULT '',
    resident          INTEGER NOT NULL CHECK (resident IN (0, 1)),
    terms_version     TEXT,
    terms_accepted_at TEXT,
    rules_version     TEXT,
    rules_accepted_at TEXT,
    status            TEXT NOT NULL DEFAULT 'draft'
                      CHECK (status IN ('draft', 'submitted', 'validated', 'returned')),
    return_reason     TEXT NOT NULL DEFAULT '',
    created_at        TEXT NOT NULL,
    updated_at        TEXT NOT NULL,
    version           INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE guardian (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    origin_site     TEXT NOT NULL,
    household_id    INTEGER NOT NULL REFERENCES household (id),
    civility        TEXT NOT NULL DEFAULT '' CHECK (civility IN ('', 'Mme', 'M.')),
    last_name       TEXT NOT NULL CHECK (length(last_name) > 0),
    first_name      TEXT NOT NULL CHECK (length(first_name) > 0),
    address_line1   TEXT NOT NULL DEFAULT '',
    address_line2   TEXT NOT NULL DEFAULT '',
    postal_code     TEXT NOT NULL DEFAULT '',
    city            TEXT NOT NULL DEFAULT '',
    phone_mobile    TEXT NOT NULL DEFAULT '',
    phone_home      TEXT NOT NULL DEFAULT '',
    phone_work      TEXT NOT NULL DEFAULT '',
    email           TEXT NOT NULL DEFAULT '',
    relationship    TEXT NOT NULL DEFAULT '',
    caf_number      TEXT NOT NULL DEFAULT '',
    quotient        INTEGER CHECK (quotient IS NULL OR quotient >= 0),
    quotient_proof_date TEXT,
    is_payer        INTEGER NOT NULL DEFAULT 0 CHECK (is_payer IN (0, 1)),
    created_at      TEXT NOT NULL,
    updated_at      TEXT NOT NULL,
    version         INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX guardian_household ON guardian (household_id);
-- Exactly one payer per household: at most one here, at least one checked by the service.
CREATE UNIQUE INDEX guardian_one_payer ON guardian (household_id) WHERE is_payer = 1;

CREATE TABLE child (
    id            INTEGER PRIMARY KEY,
    uuid          TEXT NOT NULL UNIQUE,
    origin_site   TEXT NOT NULL,
    last_name     TEXT NOT NULL CHECK (length(last_name) > 0),
    first_name    TEXT NOT NULL CHECK (length(first_name) > 0),
    birth_date    TEXT NOT NULL,
    sex           TEXT NOT NULL CHECK (sex IN ('F', 'M')),
    ine           TEXT,
    school_id     INTEGER REFERENCES school (id),
    class_level   TEXT NOT NULL DEFAULT ''
                  CHECK (class_level IN ('', 'TPS', 'PS', 'MS', 'GS', 'CP', 'CE1', 'CE2', 'CM1', 'CM2')),
    class_label   TEXT NOT NULL DEFAULT '',
    allergies     TEXT NOT NULL DEFAULT '',
    has_pai       INTEGER NOT NULL DEFAULT 0 CHECK (has_pai IN (0, 1)),
    pai_details   TEXT NOT NULL DEFAULT '',
    may_leave_alone INTEGER NOT NULL DEFAULT 0 CHECK (may_leave_alone IN (0, 1)),
    created_at    TEXT NOT NULL,
    updated_at    TEXT NOT NULL,
    version       INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX child_ine ON child (ine) WHERE ine IS NOT NULL;

-- A child belongs to one household, or two in shared custody, each with its own payer.
CREATE TABLE household_child (
    household_id INTEGER NOT NULL REFERENCES household (id),
    child_id     INTEGER NOT NULL REFERENCES child (id),
    uuid         TEXT NOT NULL UNIQUE,
    created_at   TEXT NOT NULL,
    PRIMARY KEY (household_id, child_id)
) WITHOUT ROWID;
CREATE INDEX household_child_child ON household_child (child_id);

CREATE TABLE child_diet (
    child_id  INTEGER NOT NULL REFERENCES child (id),
    diet_code TEXT NOT NULL REFERENCES diet_option (code),
    PRIMARY KEY (child_id, diet_code)
) WITHOUT ROWID;

-- Adults allowed to pick the child up (identity checked at pick-up).
CREATE TABLE trusted_person (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    origin_site  TEXT NOT NULL,
    child_id     INTEGER NOT NULL REFERENCES child (id),
    last_name    TEXT NOT NULL CHECK (length(last_name) > 0),
    first_name   TEXT NOT NULL CHECK (length(first_name) > 0),
    phone        TEXT NOT NULL DEFAULT '',
    relationship TEXT NOT NULL DEFAULT '',
    position     INTEGER NOT NULL,
    created_at   TEXT NOT NULL
);
CREATE INDEX trusted_person_child ON trusted_person (child_id, position);

-- People to call, in call order: a guardian of the child or a third party.
CREATE TABLE emergency_contact (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    origin_site  TEXT NOT NULL,
    child_id     INTEGER NOT NULL REFERENCES child (id),
    guardian_id  INTEGER REFERENCES guardian (id),
    last_name    TEXT NOT NULL DEFAULT '',
    first_name   TEXT NOT NULL DEFAULT '',
    phone        TEXT NOT NULL DEFAULT '',
    relationship TEXT NOT NULL DEFAULT '',
    call_order   INTEGER NOT NULL,
    created_at   TEXT NOT NULL,
    CHECK (guardian_id IS NOT NULL OR (length(last_name) > 0 AND length(phone) > 0))
);
CREATE INDEX emergency_contact_child ON emergency_contact (child_id, call_order);

-- History of every change to a family file: who, when, what (old -> new). Append-only.
CREATE TABLE audit_entry (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    origin_site  TEXT NOT NULL,
    household_id INTEGER NOT NULL REFERENCES household (id),
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    entity       TEXT NOT NULL,
    entity_label TEXT NOT NULL DEFAULT '',
    field        TEXT NOT NULL,
    old_value    TEXT NOT NULL DEFAULT '',
    new_value    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_entry_household ON audit_entry (household_id, id);
CREATE TRIGGER audit_entry_no_update BEFORE UPDATE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;
CREATE TRIGGER audit_entry_no_delete BEFORE DELETE ON audit_entry
BEGIN
    SELECT RAISE(ABORT, 'audit entries are append-only');
END;

-- Search index: one row per household (rowid = household.id). 'words' holds the folded words of
-- every name, phone, email, file number and INE of the file; the other columns are what a
-- result line shows, so that a search reads nothing else.
CREATE VIRTUAL TABLE household_search USING fts5 (
    words,
    file_number UNINDEXED,
    title UNINDEXED,
    guardians UNINDEXED,
    children UNINDEXED,
    status UNINDEXED,
    tokenize = 'unicode61 remove_diacritics 0',
    prefix = '1 2 3'
);

-- Display order of search results (folded household name, then file number), kept apart from the
-- FTS table so that the first 50 of thousands of matches are read from an index, not sorted.
CREATE TABLE household_sort (
    id       INTEGER PRIMARY KEY REFERENCES household (id),
    sort_key TEXT NOT NULL
);
CREATE INDEX household_sort_key ON household_sort (sort_key);
