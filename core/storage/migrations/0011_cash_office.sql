-- Schema 11: the cash office (régie). A till session per counter, opened by a régisseur with a float and
-- closed with a cash count; every payment belongs to the open session of its counter. Daily, monthly and
-- yearly closures (Z) with a perpetual grand total; cheque deposit slips; and the hash-chained journal of
-- every financial event (core/cashoffice/Journal.cpp documents its byte format). All append-only: a
-- session is "open" while it has no count.

CREATE TABLE till_session (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    origin_site  TEXT NOT NULL,
    counter_code TEXT NOT NULL,
    opened_at    TEXT NOT NULL,
    opened_by    TEXT NOT NULL,
    float_cents  INTEGER NOT NULL CHECK (float_cents >= 0)
) STRICT;

-- The count that closes a session: once per session, final. count_detail lists "denomination in cents:how
-- many" for every denomination counted (50000:0,20000:1,…,1:3); the difference must be explained.
CREATE TABLE till_count (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    origin_site      TEXT NOT NULL,
    session_id       INTEGER NOT NULL UNIQUE REFERENCES till_session (id),
    closed_at        TEXT NOT NULL,
    closed_by        TEXT NOT NULL,
    count_detail     TEXT NOT NULL,
    counted_cents    INTEGER NOT NULL CHECK (counted_cents >= 0),
    expected_cents   INTEGER NOT NULL,
    difference_cents INTEGER NOT NULL CHECK (difference_cents = counted_cents - expected_cents),
    comment          TEXT NOT NULL DEFAULT '' CHECK (difference_cents = 0 OR length(trim(comment)) > 0)
) STRICT;

-- One open session per counter at a time.
CREATE TRIGGER till_session_one_open BEFORE INSERT ON till_session
WHEN EXISTS (SELECT 1 FROM till_session s WHERE s.counter_code = NEW.counter_code
             AND NOT EXISTS (SELECT 1 FROM till_count c WHERE c.session_id = s.id))
BEGIN SELECT RAISE(ABORT, 'the till of this counter is already open'); END;

-- Every payment taken from now on belongs to an open session (receipts before schema 11 have none: the
-- journal's genesis entry covers them).
ALTER TABLE receipt ADD COLUMN till_session_id INTEGER REFERENCES till_session (id);
CREATE INDEX receipt_till_session ON receipt (till_session_id) WHERE till_session_id IS NOT NULL;
CREATE TRIGGER receipt_in_open_till BEFORE INSERT ON receipt
WHEN NEW.till_session_id IS NULL
  OR EXISTS (SELECT 1 FROM till_count c WHERE c.session_id = NEW.till_session_id)
BEGIN SELECT RAISE(ABORT, 'a payment is taken in an open till session'); END;

-- Closures: a day (period '2026-12-01'), a month ('2026-12') or a year ('2026') of a counter. The figures
-- are those of the Z report; grand totals are perpetual (never reset); chain_head is the hash of the
-- journal's last entry before the closure, printed on the report. detail: the report's tables as JSON.
CREATE TABLE closure (
    id                     INTEGER PRIMARY KEY,
    uuid                   TEXT NOT NULL UNIQUE,
    origin_site            TEXT NOT NULL,
    counter_code           TEXT NOT NULL,
    number                 TEXT NOT NULL UNIQUE,
    kind                   TEXT NOT NULL CHECK (kind IN ('day', 'month', 'year')),
    period                 TEXT NOT NULL,
    closed_at              TEXT NOT NULL,
    closed_by              TEXT NOT NULL,
    invoices               INTEGER NOT NULL,
    invoiced_cents         INTEGER NOT NULL,
    credit_notes           INTEGER NOT NULL,
    credited_cents         INTEGER NOT NULL,
    receipts               INTEGER NOT NULL,
    takings_cents          INTEGER NOT NULL,
    cash_cents             INTEGER NOT NULL,
    cheque_cents           INTEGER NOT NULL,
    card_cents             INTEGER NOT NULL,
    counted_cents          INTEGER NOT NULL,
    difference_cents       INTEGER NOT NULL,
    grand_total_sales_cents   INTEGER NOT NULL,
    grand_total_takings_cents INTEGER NOT NULL,
    chain_head             TEXT NOT NULL,
    detail                 TEXT NOT NULL,
    UNIQUE (counter_code, kind, period),
    CHECK (takings_cents = cash_cents + cheque_cents + card_cents)
) STRICT;

-- Cheque deposit slips (bordereaux de remise): numbered, each cheque on one slip only.
CREATE TABLE deposit_slip (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    origin_site  TEXT NOT NULL,
    number       TEXT NOT NULL UNIQUE,
    issued_at    TEXT NOT NULL,
    issued_by    TEXT NOT NULL,
    cheques      INTEGER NOT NULL CHECK (cheques > 0),
    total_cents  INTEGER NOT NULL CHECK (total_cents > 0)
) STRICT;
CREATE TABLE deposit_slip_cheque (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    origin_site TEXT NOT NULL,
    slip_id    INTEGER NOT NULL REFERENCES deposit_slip (id),
    payment_id INTEGER NOT NULL UNIQUE REFERENCES payment (id)
) STRICT;
CREATE INDEX deposit_slip_cheque_slip ON deposit_slip_cheque (slip_id);
CREATE TRIGGER deposit_slip_cheque_is_cheque BEFORE INSERT ON deposit_slip_cheque
WHEN NOT EXISTS (SELECT 1 FROM payment p WHERE p.id = NEW.payment_id AND p.method = 'cheque')
BEGIN SELECT RAISE(ABORT, 'only cheques go on a deposit slip'); END;

-- The journal: one entry per financial event, each chained to the one before on the same site (seq 0 is
-- the genesis entry). payload: the canonical text of the rows the event records; hash: SHA-256 of the
-- previous hash and the entry (Journal.cpp). Nothing here is ever changed.
CREATE TABLE journal_entry (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    origin_site  TEXT NOT NULL,
    seq          INTEGER NOT NULL CHECK (seq >= 0),
    at           TEXT NOT NULL,
    user_name    TEXT NOT NULL,
    event        TEXT NOT NULL,
    record_table TEXT NOT NULL DEFAULT '',
    record_id    INTEGER,
    payload      TEXT NOT NULL,
    prev_hash    TEXT NOT NULL CHECK (length(prev_hash) = 64),
    hash         TEXT NOT NULL CHECK (length(hash) = 64),
    UNIQUE (origin_site, seq)
) STRICT;
CREATE INDEX journal_entry_record ON journal_entry (record_table, origin_site, record_id) WHERE record_id IS NOT NULL;

CREATE TRIGGER till_session_no_update BEFORE UPDATE ON till_session BEGIN SELECT RAISE(ABORT, 'till sessions are append-only'); END;
CREATE TRIGGER till_session_no_delete BEFORE DELETE ON till_session BEGIN SELECT RAISE(ABORT, 'till sessions are append-only'); END;
CREATE TRIGGER till_count_no_update BEFORE UPDATE ON till_count BEGIN SELECT RAISE(ABORT, 'a till count is final'); END;
CREATE TRIGGER till_count_no_delete BEFORE DELETE ON till_count BEGIN SELECT RAISE(ABORT, 'a till count is final'); END;
CREATE TRIGGER closure_no_update BEFORE UPDATE ON closure BEGIN SELECT RAISE(ABORT, 'a closure is final'); END;
CREATE TRIGGER closure_no_delete BEFORE DELETE ON closure BEGIN SELECT RAISE(ABORT, 'a closure is final'); END;
CREATE TRIGGER deposit_slip_no_update BEFORE UPDATE ON deposit_slip BEGIN SELECT RAISE(ABORT, 'deposit slips are append-only'); END;
CREATE TRIGGER deposit_slip_no_delete BEFORE DELETE ON deposit_slip BEGIN SELECT RAISE(ABORT, 'deposit slips are append-only'); END;
CREATE TRIGGER deposit_slip_cheque_no_update BEFORE UPDATE ON deposit_slip_cheque BEGIN SELECT RAISE(ABORT, 'deposit slips are append-only'); END;
CREATE TRIGGER deposit_slip_cheque_no_delete BEFORE DELETE ON deposit_slip_cheque BEGIN SELECT RAISE(ABORT, 'deposit slips are append-only'); END;
CREATE TRIGGER journal_entry_no_update BEFORE UPDATE ON journal_entry BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;
CREATE TRIGGER journal_entry_no_delete BEFORE DELETE ON journal_entry BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END;

-- The régie's ceiling (encaisse maximale), in cents: the counter warns when the cash held exceeds it.
INSERT OR IGNORE INTO commune_setting (key, value) VALUES ('cash_ceiling_cents', '300000');
