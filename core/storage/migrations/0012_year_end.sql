-- Schema 12: the year end. A school year rolled over to the next (once), the tickets still in the wallets
-- carried over at the value they were bought at, children promoted one class; refunds of surplus tickets
-- (valued lot by lot) and the refund orders that hand them to the public accountant. All append-only.

-- Where a child stands with the commune's schools: 'leaving' (the family said so: the child leaves at
-- the end of the year, or a move) and 'left' (after the roll-over: a CM2 pupil gone to collège, or a
-- leaver). A child who left is no longer promoted and is proposed for a refund of the household's tickets.
ALTER TABLE child ADD COLUMN schooling TEXT NOT NULL DEFAULT 'attending'
    CHECK (schooling IN ('attending', 'leaving', 'left'));

-- A roll-over: from a school year to the next, once (running it twice is refused by these UNIQUEs).
-- percent_hundredths: the tariff change applied (250 = +2.5 %). summary: what it did, as JSON (the
-- carry-over report's totals; the lines are the carry_in movements of the roll-over).
CREATE TABLE year_rollover (
    id                 INTEGER PRIMARY KEY,
    uuid               TEXT NOT NULL UNIQUE,
    origin_site        TEXT NOT NULL,
    from_year_id       INTEGER NOT NULL UNIQUE REFERENCES school_year (id),
    to_year_id         INTEGER NOT NULL UNIQUE REFERENCES school_year (id),
    percent_hundredths INTEGER NOT NULL,
    at                 TEXT NOT NULL,
    user_name          TEXT NOT NULL,
    summary            TEXT NOT NULL,
    CHECK (from_year_id <> to_year_id)
) STRICT;

-- A refund of surplus tickets of one activity to a household: numbered (SO1-RB-2026-000001), valued from
-- its lines (one per lot the tickets leave, most recently bought first), paid by transfer to the payer's
-- IBAN by the public accountant (once ordered: refund_order), or in cash from the open till where the
-- régie allows it.
CREATE TABLE refund (
    id              INTEGER PRIMARY KEY,
    uuid            TEXT NOT NULL UNIQUE,
    origin_site     TEXT NOT NULL,
    number          TEXT NOT NULL UNIQUE,
    series          TEXT NOT NULL,
    sequence        INTEGER NOT NULL,
    household_id    INTEGER NOT NULL REFERENCES household (id),
    activity_id     INTEGER NOT NULL REFERENCES activity (id),
    payer_name      TEXT NOT NULL,
    method          TEXT NOT NULL CHECK (method IN ('transfer', 'cash')),
    iban            TEXT NOT NULL DEFAULT '',
    bic             TEXT NOT NULL DEFAULT '',
    till_session_id INTEGER REFERENCES till_session (id),
    reason          TEXT NOT NULL DEFAULT '',
    tickets         INTEGER NOT NULL CHECK (tickets > 0),
    amount_cents    INTEGER NOT NULL CHECK (amount_cents >= 0),
    requested_at    TEXT NOT NULL,
    clerk           TEXT NOT NULL,
    UNIQUE (series, sequence),
    CHECK ((method = 'transfer') = (length(iban) >= 15)),
    CHECK ((method = 'cash') = (till_session_id IS NOT NULL))
) STRICT;
CREATE INDEX refund_household ON refund (household_id, id);
CREATE INDEX refund_requested ON refund (requested_at);
CREATE TABLE refund_line (
    id               INTEGER PRIMARY KEY,
    uuid             TEXT NOT NULL UNIQUE,
    origin_site      TEXT NOT NULL,
    refund_id        INTEGER NOT NULL REFERENCES refund (id),
    lot_id           INTEGER NOT NULL REFERENCES wallet_movement (id),
    quantity         INTEGER NOT NULL CHECK (quantity > 0),
    unit_price_cents INTEGER NOT NULL CHECK (unit_price_cents >= 0),
    total_cents      INTEGER NOT NULL CHECK (total_cents = quantity * unit_price_cents)
) STRICT;
CREATE INDEX refund_line_refund ON refund_line (refund_id);
-- Cash refunds leave the till: a refund in cash is made in an open session.
CREATE TRIGGER refund_in_open_till BEFORE INSERT ON refund
WHEN NEW.method = 'cash' AND EXISTS (SELECT 1 FROM till_count c WHERE c.session_id = NEW.till_session_id)
BEGIN SELECT RAISE(ABORT, 'a cash refund is paid from an open till session'); END;

-- A refund order (the refund report, issued): the transfers of a period handed to the public accountant,
-- numbered (SO1-OR-2027-000001); a refund is ordered once.
CREATE TABLE refund_order (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    origin_site TEXT NOT NULL,
    number      TEXT NOT NULL UNIQUE,
    first_day   TEXT NOT NULL,
    last_day    TEXT NOT NULL,
    issued_at   TEXT NOT NULL,
    issued_by   TEXT NOT NULL,
    refunds     INTEGER NOT NULL CHECK (refunds > 0),
    total_cents INTEGER NOT NULL CHECK (total_cents >= 0),
    CHECK (first_day <= last_day)
) STRICT;
CREATE TABLE refund_order_item (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    origin_site TEXT NOT NULL,
    order_id    INTEGER NOT NULL REFERENCES refund_order (id),
    refund_id   INTEGER NOT NULL UNIQUE REFERENCES refund (id)
) STRICT;
CREATE INDEX refund_order_item_order ON refund_order_item (order_id);
CREATE TRIGGER refund_order_item_is_transfer BEFORE INSERT ON refund_order_item
WHEN NOT EXISTS (SELECT 1 FROM refund r WHERE r.id = NEW.refund_id AND r.method = 'transfer')
BEGIN SELECT RAISE(ABORT, 'only transfers are ordered to the public accountant'); END;

CREATE TRIGGER year_rollover_no_update BEFORE UPDATE ON year_rollover BEGIN SELECT RAISE(ABORT, 'a roll-over is final'); END;
CREATE TRIGGER year_rollover_no_delete BEFORE DELETE ON year_rollover BEGIN SELECT RAISE(ABORT, 'a roll-over is final'); END;
CREATE TRIGGER refund_no_update BEFORE UPDATE ON refund BEGIN SELECT RAISE(ABORT, 'refunds are append-only'); END;
CREATE TRIGGER refund_no_delete BEFORE DELETE ON refund BEGIN SELECT RAISE(ABORT, 'refunds are append-only'); END;
CREATE TRIGGER refund_line_no_update BEFORE UPDATE ON refund_line BEGIN SELECT RAISE(ABORT, 'refunds are append-only'); END;
CREATE TRIGGER refund_line_no_delete BEFORE DELETE ON refund_line BEGIN SELECT RAISE(ABORT, 'refunds are append-only'); END;
CREATE TRIGGER refund_order_no_update BEFORE UPDATE ON refund_order BEGIN SELECT RAISE(ABORT, 'refund orders are append-only'); END;
CREATE TRIGGER refund_order_no_delete BEFORE DELETE ON refund_order BEGIN SELECT RAISE(ABORT, 'refund orders are append-only'); END;
CREATE TRIGGER refund_order_item_no_update BEFORE UPDATE ON refund_order_item BEGIN SELECT RAISE(ABORT, 'refund orders are append-only'); END;
CREATE TRIGGER refund_order_item_no_delete BEFORE DELETE ON refund_order_item BEGIN SELECT RAISE(ABORT, 'refund orders are append-only'); END;

-- The ledger's new kinds (the way 0003 says a new kind comes in). A carry-over moves what is left of a lot
-- into a new lot of the next school year at the same price: carry_out takes it from the old lot, carry_in
-- is the new lot, which names the lot its tickets were first bought in (origin_lot_id: bookings take the
-- oldest tickets first and refunds the most recent, by that first purchase). A refund takes its tickets
-- from a lot, one movement per refund line.
ALTER TABLE wallet_movement ADD COLUMN rollover_id INTEGER REFERENCES year_rollover (id);
ALTER TABLE wallet_movement ADD COLUMN origin_lot_id INTEGER REFERENCES wallet_movement (id);
ALTER TABLE wallet_movement ADD COLUMN refund_line_id INTEGER REFERENCES refund_line (id);
CREATE INDEX wallet_movement_rollover ON wallet_movement (rollover_id) WHERE rollover_id IS NOT NULL;
CREATE UNIQUE INDEX wallet_movement_refund_line ON wallet_movement (refund_line_id) WHERE refund_line_id IS NOT NULL;
INSERT INTO movement_kind (code, direction, is_lot, source, per_day) VALUES
    ('carry_out', -1, 0, 'rollover_id', 0),
    ('carry_in', 1, 1, 'rollover_id', 0),
    ('refund', -1, 0, 'refund_line_id', 0);
DROP TRIGGER wallet_movement_rules;
CREATE TRIGGER wallet_movement_rules BEFORE INSERT ON wallet_movement
BEGIN
    SELECT RAISE(ABORT, 'ticket ledger: unknown kind of movement')
    WHERE NOT EXISTS (SELECT 1 FROM movement_kind WHERE code = NEW.kind);
    SELECT RAISE(ABORT, 'ticket ledger: the sign of the quantity does not match the kind')
    FROM movement_kind k WHERE k.code = NEW.kind AND k.direction * NEW.quantity < 0;
    SELECT RAISE(ABORT, 'ticket ledger: a lot takes from no lot; any other movement names its lot')
    FROM movement_kind k WHERE k.code = NEW.kind AND (k.is_lot = 1) <> (NEW.lot_id IS NULL);
    SELECT RAISE(ABORT, 'ticket ledger: the movement must name exactly the document of its kind')
    FROM movement_kind k WHERE k.code = NEW.kind
      AND ((NEW.invoice_line_id IS NOT NULL) <> (k.source = 'invoice_line_id')
        OR (NEW.credit_note_line_id IS NOT NULL) <> (k.source = 'credit_note_line_id')
        OR (NEW.booking_id IS NOT NULL) <> (k.source = 'booking_id')
        OR (NEW.rollover_id IS NOT NULL) <> (k.source = 'rollover_id')
        OR (NEW.refund_line_id IS NOT NULL) <> (k.source = 'refund_line_id'));
    SELECT RAISE(ABORT, 'ticket ledger: only a booking names a child and a day')
    FROM movement_kind k WHERE k.code = NEW.kind AND (k.per_day = 1) <> (NEW.child_id IS NOT NULL);
    SELECT RAISE(ABORT, 'ticket ledger: the lot is not a lot of this household, activity and price')
    WHERE NEW.lot_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM wallet_movement l JOIN movement_kind lk ON lk.code = l.kind
        WHERE l.id = NEW.lot_id AND lk.is_lot = 1 AND l.household_id = NEW.household_id
          AND l.activity_id = NEW.activity_id AND l.unit_price_cents = NEW.unit_price_cents);
    SELECT RAISE(ABORT, 'ticket ledger: the lot has not that many tickets left')
    WHERE NEW.lot_id IS NOT NULL AND NEW.quantity < 0 AND
          (SELECT sum(quantity) FROM wallet_movement WHERE id = NEW.lot_id OR lot_id = NEW.lot_id) + NEW.quantity < 0;
    SELECT RAISE(ABORT, 'ticket ledger: a give-back names the movement it reverses; nothing else does')
    FROM movement_kind k WHERE k.code = NEW.kind AND (k.is_lot = 0 AND k.direction = 1) <> (NEW.reverses_id IS NOT NULL);
    SELECT RAISE(ABORT, 'ticket ledger: more is given back than the reversed movement took')
    WHERE NEW.reverses_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM wallet_movement r WHERE r.id = NEW.reverses_id AND r.lot_id = NEW.lot_id AND r.quantity < 0
          AND NEW.quantity + coalesce((SELECT sum(quantity) FROM wallet_movement
                                       WHERE reverses_id = NEW.reverses_id), 0) <= -r.quantity);
    SELECT RAISE(ABORT, 'ticket ledger: a lot must match the invoice line it was bought on')
    WHERE NEW.invoice_line_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM invoice_line l JOIN invoice i ON i.id = l.invoice_id
        WHERE l.id = NEW.invoice_line_id AND i.household_id = NEW.household_id
          AND l.activity_id = NEW.activity_id AND l.unit_price_cents = NEW.unit_price_cents
          AND NEW.quantity <= l.quantity);
    SELECT RAISE(ABORT, 'ticket ledger: a credit-note movement must match its credit-note line and lot')
    WHERE NEW.credit_note_line_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM credit_note_line c JOIN wallet_movement lot ON lot.id = NEW.lot_id
        WHERE c.id = NEW.credit_note_line_id AND lot.invoice_line_id = c.invoice_line_id
          AND c.quantity = -NEW.quantity AND c.unit_price_cents = NEW.unit_price_cents);
    SELECT RAISE(ABORT, 'ticket ledger: a booking movement must match its booking')
    WHERE NEW.booking_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM booking b WHERE b.id = NEW.booking_id AND b.household_id = NEW.household_id
          AND b.child_id = NEW.child_id AND b.activity_id = NEW.activity_id AND b.service_day = NEW.service_day);
    SELECT RAISE(ABORT, 'ticket ledger: only a carried-in lot names the lot it continues, of its household, activity and price')
    WHERE (NEW.kind = 'carry_in') <> (NEW.origin_lot_id IS NOT NULL) OR (NEW.origin_lot_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM wallet_movement o JOIN movement_kind ok ON ok.code = o.kind
        WHERE o.id = NEW.origin_lot_id AND ok.is_lot = 1 AND o.household_id = NEW.household_id
          AND o.activity_id = NEW.activity_id AND o.unit_price_cents = NEW.unit_price_cents));
    SELECT RAISE(ABORT, 'ticket ledger: a refund movement must match its refund line')
    WHERE NEW.refund_line_id IS NOT NULL AND NOT EXISTS (
        SELECT 1 FROM refund_line rl JOIN refund r ON r.id = rl.refund_id
        WHERE rl.id = NEW.refund_line_id AND rl.lot_id = NEW.lot_id AND rl.quantity = -NEW.quantity
          AND rl.unit_price_cents = NEW.unit_price_cents AND r.household_id = NEW.household_id
          AND r.activity_id = NEW.activity_id);
END;

-- Whether the régie's founding act allows refunds in cash from the till (otherwise: transfers only).
INSERT OR IGNORE INTO commune_setting (key, value) VALUES ('cash_refunds_allowed', '0');
