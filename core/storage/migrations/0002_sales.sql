-- Schema 2: selling tickets. Activities, school years, tariffs (configuration, mutable, versioned);
-- invoices, credit notes, payments and the ticket ledger (append-only: triggers refuse UPDATE and
-- DELETE; corrections are new rows). Money is integer cents.

CREATE TABLE activity (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    code        TEXT NOT NULL UNIQUE,
    name        TEXT NOT NULL CHECK (length(name) > 0),
    ticket_unit TEXT NOT NULL DEFAULT '', -- what one ticket buys: "repas", "séance"
    active      INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    position    INTEGER NOT NULL DEFAULT 0,
    created_at  TEXT NOT NULL,
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1
);
INSERT INTO activity (uuid, code, name, ticket_unit, position, created_at, updated_at) VALUES
    ('0190c000-0000-7000-8000-000000000001', 'cantine', 'Cantine', 'repas', 1, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190c000-0000-7000-8000-000000000002', 'garderie_matin', 'Garderie du matin', 'séance', 2, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190c000-0000-7000-8000-000000000003', 'garderie_soir', 'Garderie du soir', 'séance', 3, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z'),
    ('0190c000-0000-7000-8000-000000000004', 'etude', 'Étude surveillée', 'séance', 4, '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');

CREATE TABLE school_year (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    label            TEXT NOT NULL UNIQUE, -- "2026-2027"
    start_date       TEXT NOT NULL,
    end_date         TEXT NOT NULL,
    booking_opens_on TEXT NOT NULL,
    created_at       TEXT NOT NULL,
    updated_at       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1,
    CHECK (start_date < end_date)
);
INSERT INTO school_year (uuid, label, start_date, end_date, booking_opens_on, created_at, updated_at) VALUES
    ('0190c000-0000-7000-8000-000000000101', '2026-2027', '2026-09-01', '2027-07-03', '2026-08-21',
     '2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.000Z');

-- QF brackets of a school year, in increasing order; the last one has no upper bound.
CREATE TABLE qf_bracket (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    school_year_id INTEGER NOT NULL REFERENCES school_year (id),
    position       INTEGER NOT NULL,
    label          TEXT NOT NULL,
    qf_max         INTEGER, -- inclusive upper bound; NULL for the last bracket
    UNIQUE (school_year_id, position)
);
INSERT INTO qf_bracket (uuid, school_year_id, position, label, qf_max) VALUES
    ('0190c000-0000-7000-8000-000000000201', 1, 1, 'QF ≤ 600', 600),
    ('0190c000-0000-7000-8000-000000000202', 1, 2, 'QF 601 à 1000', 1000),
    ('0190c000-0000-7000-8000-000000000203', 1, 3, 'QF > 1000', NULL);

-- Unit price of a ticket: per school year x activity x bracket for residents; bracket NULL is the
-- single non-resident price.
CREATE TABLE tariff (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    school_year_id   INTEGER NOT NULL REFERENCES school_year (id),
    activity_id      INTEGER NOT NULL REFERENCES activity (id),
    bracket_id       INTEGER REFERENCES qf_bracket (id),
    unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
    updated_at       TEXT NOT NULL,
    version          INTEGER NOT NULL DEFAULT 1
);
CREATE UNIQUE INDEX tariff_key ON tariff (school_year_id, activity_id, coalesce(bracket_id, 0));
-- Saint-Omer-like prices 2026-2027 (cantine à 1 € for the first bracket).
INSERT INTO tariff (uuid, school_year_id, activity_id, bracket_id, unit_price_cents, updated_at) VALUES
    ('0190c000-0000-7000-8000-000000000301', 1, 1, 1, 100, '2026-01-01T00:00:00.000Z'),
    ('0190c000-0000-7000-8000-000000000302', 1, 1, 2, 285, '2026-01-01T00:00:00.000Z'),
    ('0190c000-0000-7000-8000-000000000303', 1, 1, 3, 415, '2026-01-01T00:00:00.000Z'),
    ('0190c000-0000-7000-8000-000000000304', 1, 1, NULL, 480, '2026-01-01T00:00:00.000Z'),
    ('0190c000-0000-7000-8000-000000000305', 1, 2, 1, 80, '2026-01-01T00:00:00.000Z'),
    ('0190c000-0000-7000-8000-000000000306', 1, 2, 2, 120, '2026-01-01T00:00:00.000Z'),
    ('0190c000-0000-7000-8000-000000000307', 1, 2, 3, 160, '2026-01-01T00:00:00.000Z'),
    ('0190c000-0000-7000-8000-000000000308', 1, 2, NULL, 200, '2026-01-01T00:00:00.000Z'),
    ('0190c000-0000-7000-8000-000000000309', 1, 3, 1, 100, '2026-01-01T00:00:00.000Z'),
    ('0190c000-0000-7000-8000-000000000310', 1, 3, 2, 150, '2026-01-01T00:00:00.000Z'),
    ('0190c000-0000-7000-8000-000000000311', 1, 3, 3, 200, '2026-01-01T00:00:00.000Z'),
    ('0190c000-0000-7000-8000-000000000312', 1, 3, NULL, 250, '2026-01-01T00:00:00.000Z'),
    ('0190c000-0000-7000-8000-000000000313', 1, 4, 1, 100, '2026-01-01T00:00:00.000Z'),
    ('0190c000-0000-7000-8000-000000000314', 1, 4, 2, 150, '2026-01-01T00:00:00.000Z'),
    ('0190c000-0000-7000-8000-000000000315', 1, 4, 3, 200, '2026-01-01T00:00:00.000Z'),
    ('0190c000-0000-7000-8000-000000000316', 1, 4, NULL, 250, '2026-01-01T00:00:00.000Z');

INSERT INTO commune_setting (key, value) VALUES
    ('regie_name', 'Régie de recettes des affaires scolaires'),
    ('commune_address', 'Hôtel de Ville, place Victor-Hugo, 62500 Saint-Omer'),
    ('commune_phone', '03 21 12 83 06'),
    ('commune_email', 'affaires-scolaires@ville-saint-omer.fr');

-- Document numbers: one unbroken sequence per series ("SO1-2026" for invoices, "SO1-AV-2026" for
-- credit notes, "SO1-RC-2026" for receipts), incremented in the transaction that writes the document.
CREATE TABLE number_series (
    series      TEXT PRIMARY KEY,
    last_number INTEGER NOT NULL CHECK (last_number >= 0)
) WITHOUT ROWID;

CREATE TABLE invoice (
    id             INTEGER PRIMARY KEY,
    uuid           TEXT NOT NULL UNIQUE,
    origin_site    TEXT NOT NULL,
    number         TEXT NOT NULL UNIQUE,
    series         TEXT NOT NULL,
    sequence       INTEGER NOT NULL,
    household_id   INTEGER NOT NULL REFERENCES household (id),
    school_year_id INTEGER NOT NULL REFERENCES school_year (id),
    issued_at      TEXT NOT NULL,
    payer_name     TEXT NOT NULL,
    payer_address  TEXT NOT NULL DEFAULT '',
    bracket_label  TEXT NOT NULL DEFAULT '',
    total_cents    INTEGER NOT NULL CHECK (total_cents > 0),
    clerk          TEXT NOT NULL,
    UNIQUE (series, sequence)
);
CREATE INDEX invoice_household ON invoice (household_id, id);

CREATE TABLE invoice_line (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    invoice_id       INTEGER NOT NULL REFERENCES invoice (id),
    activity_id      INTEGER NOT NULL REFERENCES activity (id),
    description      TEXT NOT NULL,
    quantity         INTEGER NOT NULL CHECK (quantity > 0 AND quantity <= 500),
    unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
    total_cents      INTEGER NOT NULL CHECK (total_cents = quantity * unit_price_cents)
);
CREATE INDEX invoice_line_invoice ON invoice_line (invoice_id);

CREATE TABLE credit_note (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    origin_site TEXT NOT NULL,
    number      TEXT NOT NULL UNIQUE,
    series      TEXT NOT NULL,
    sequence    INTEGER NOT NULL,
    invoice_id  INTEGER NOT NULL REFERENCES invoice (id),
    issued_at   TEXT NOT NULL,
    reason      TEXT NOT NULL CHECK (length(reason) > 0),
    total_cents INTEGER NOT NULL CHECK (total_cents > 0),
    clerk       TEXT NOT NULL,
    UNIQUE (series, sequence)
);
CREATE INDEX credit_note_invoice ON credit_note (invoice_id);

CREATE TABLE credit_note_line (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    credit_note_id   INTEGER NOT NULL REFERENCES credit_note (id),
    invoice_line_id  INTEGER NOT NULL REFERENCES invoice_line (id),
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents INTEGER NOT NULL,
    total_cents      INTEGER NOT NULL CHECK (total_cents = quantity * unit_price_cents)
);
CREATE INDEX credit_note_line_line ON credit_note_line (invoice_line_id);

-- One row per means of payment; a split payment is several rows with the same receipt number.
CREATE TABLE payment (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    origin_site      TEXT NOT NULL,
    receipt_number   TEXT NOT NULL,
    invoice_id       INTEGER NOT NULL REFERENCES invoice (id),
    method           TEXT NOT NULL CHECK (method IN ('cash', 'cheque', 'card', 'online')),
    amount_cents     INTEGER NOT NULL CHECK (amount_cents > 0),
    tendered_cents   INTEGER NOT NULL DEFAULT 0,
    change_cents     INTEGER NOT NULL DEFAULT 0 CHECK (change_cents >= 0),
    cheque_number    TEXT NOT NULL DEFAULT '',
    cheque_bank      TEXT NOT NULL DEFAULT '',
    cheque_drawer    TEXT NOT NULL DEFAULT '',
    card_reference   TEXT NOT NULL DEFAULT '',
    paid_at          TEXT NOT NULL,
    clerk            TEXT NOT NULL,
    CHECK (method <> 'cheque' OR length(cheque_number) > 0),
    CHECK (method <> 'card' OR length(card_reference) > 0)
);
CREATE INDEX payment_invoice ON payment (invoice_id);
CREATE INDEX payment_receipt ON payment (receipt_number);

-- The ticket ledger. A purchase row is a lot (it remembers its unit price); rows that take tickets
-- out of a lot (credit note, and later bookings, carry-over, refunds) point to it with lot_id.
-- A balance is the sum of quantities.
CREATE TABLE wallet_movement (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    origin_site      TEXT NOT NULL,
    household_id     INTEGER NOT NULL REFERENCES household (id),
    activity_id      INTEGER NOT NULL REFERENCES activity (id),
    kind             TEXT NOT NULL CHECK (kind IN ('purchase', 'credit_note', 'booking', 'cancellation',
                                                   'carry_over', 'refund')),
    quantity         INTEGER NOT NULL CHECK (quantity <> 0),
    unit_price_cents INTEGER NOT NULL,
    lot_id           INTEGER REFERENCES wallet_movement (id),
    invoice_id       INTEGER REFERENCES invoice (id),
    credit_note_id   INTEGER REFERENCES credit_note (id),
    at               TEXT NOT NULL,
    clerk            TEXT NOT NULL,
    CHECK ((kind = 'purchase') = (lot_id IS NULL))
);
CREATE INDEX wallet_movement_household ON wallet_movement (household_id, activity_id, id);
CREATE INDEX wallet_movement_lot ON wallet_movement (lot_id);
CREATE INDEX wallet_movement_invoice ON wallet_movement (invoice_id);

CREATE TRIGGER invoice_no_update BEFORE UPDATE ON invoice BEGIN SELECT RAISE(ABORT, 'invoices are append-only'); END;
CREATE TRIGGER invoice_no_delete BEFORE DELETE ON invoice BEGIN SELECT RAISE(ABORT, 'invoices are append-only'); END;
CREATE TRIGGER invoice_line_no_update BEFORE UPDATE ON invoice_line BEGIN SELECT RAISE(ABORT, 'invoices are append-only'); END;
CREATE TRIGGER invoice_line_no_delete BEFORE DELETE ON invoice_line BEGIN SELECT RAISE(ABORT, 'invoices are append-only'); END;
CREATE TRIGGER credit_note_no_update BEFORE UPDATE ON credit_note BEGIN SELECT RAISE(ABORT, 'credit notes are append-only'); END;
CREATE TRIGGER credit_note_no_delete BEFORE DELETE ON credit_note BEGIN SELECT RAISE(ABORT, 'credit notes are append-only'); END;
CREATE TRIGGER credit_note_line_no_update BEFORE UPDATE ON credit_note_line BEGIN SELECT RAISE(ABORT, 'credit notes are append-only'); END;
CREATE TRIGGER credit_note_line_no_delete BEFORE DELETE ON credit_note_line BEGIN SELECT RAISE(ABORT, 'credit notes are append-only'); END;
CREATE TRIGGER payment_no_update BEFORE UPDATE ON payment BEGIN SELECT RAISE(ABORT, 'payments are append-only'); END;
CREATE TRIGGER payment_no_delete BEFORE DELETE ON payment BEGIN SELECT RAISE(ABORT, 'payments are append-only'); END;
CREATE TRIGGER wallet_movement_no_update BEFORE UPDATE ON wallet_movement BEGIN SELECT RAISE(ABORT, 'the ticket ledger is append-only'); END;
CREATE TRIGGER wallet_movement_no_delete BEFORE DELETE ON wallet_movement BEGIN SELECT RAISE(ABORT, 'the ticket ledger is append-only'); END;

-- This counter's code, the prefix of its document series (one series per counter, as counters may
-- work offline). Set when the counter is installed; the demo and a new database use SO1.
INSERT INTO meta (key, value) VALUES ('counter_code', 'SO1');

-- Every print or PDF of a document: the first is the original, every later one says DUPLICATA.
CREATE TABLE document_print (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    origin_site TEXT NOT NULL,
    kind        TEXT NOT NULL CHECK (kind IN ('invoice', 'receipt', 'credit_note')),
    number      TEXT NOT NULL,
    duplicate   INTEGER NOT NULL CHECK (duplicate IN (0, 1)),
    printed_at  TEXT NOT NULL,
    clerk       TEXT NOT NULL
);
CREATE INDEX document_print_number ON document_print (kind, number);
CREATE TRIGGER document_print_no_update BEFORE UPDATE ON document_print BEGIN SELECT RAISE(ABORT, 'the print log is append-only'); END;
CREATE TRIGGER document_print_no_delete BEFORE DELETE ON document_print BEGIN SELECT RAISE(ABORT, 'the print log is append-only'); END;
