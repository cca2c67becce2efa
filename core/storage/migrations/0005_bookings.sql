-- Schema 5: bookings.

-- Booking deadlines per activity: 'deadline_days' before the service day, at 'deadline_time', in the
-- commune's time (canteen: the day before at 10:00; care: the same day at 7:00).
ALTER TABLE activity ADD COLUMN booking_deadline_days INTEGER NOT NULL DEFAULT 1
    CHECK (booking_deadline_days BETWEEN 0 AND 30);
ALTER TABLE activity ADD COLUMN booking_deadline_time TEXT NOT NULL DEFAULT '10:00'
    CHECK (booking_deadline_time GLOB '[0-2][0-9]:[0-5][0-9]');
UPDATE activity SET booking_deadline_days = 0, booking_deadline_time = '07:00'
WHERE code IN ('garderie_matin', 'garderie_soir');

-- One booking: a child, an activity, a service day, charged to a household; its status follows the day
-- (booked, then present / absent / excused, or cancelled before the deadline). At most one live booking
-- per child, activity and day.
CREATE TABLE booking (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE,
    origin_site  TEXT NOT NULL,
    household_id INTEGER NOT NULL REFERENCES household (id),
    child_id     INTEGER NOT NULL REFERENCES child (id),
    activity_id  INTEGER NOT NULL REFERENCES activity (id),
    service_day  TEXT NOT NULL,
    status       TEXT NOT NULL DEFAULT 'booked'
                 CHECK (status IN ('booked', 'cancelled', 'present', 'absent', 'excused')),
    clerk        TEXT NOT NULL,
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL,
    version      INTEGER NOT NULL DEFAULT 1
) STRICT;
CREATE UNIQUE INDEX booking_one_a_day ON booking (child_id, activity_id, service_day) WHERE status <> 'cancelled';
CREATE INDEX booking_household_day ON booking (household_id, service_day);
CREATE INDEX booking_day ON booking (service_day, activity_id);
-- A booking is never removed (cancelling is a status) and keeps what it is for: another day, child or
-- activity is another booking; a cancelled booking stays cancelled (its ticket went back to the wallet).
CREATE TRIGGER booking_no_delete BEFORE DELETE ON booking
BEGIN SELECT RAISE(ABORT, 'bookings are never deleted: they are cancelled'); END;
CREATE TRIGGER booking_fixed BEFORE UPDATE ON booking
WHEN NEW.uuid IS NOT OLD.uuid OR NEW.household_id IS NOT OLD.household_id OR NEW.child_id IS NOT OLD.child_id
  OR NEW.activity_id IS NOT OLD.activity_id OR NEW.service_day IS NOT OLD.service_day
  OR (OLD.status = 'cancelled' AND NEW.status <> 'cancelled')
BEGIN SELECT RAISE(ABORT, 'a booking keeps its child, activity and day, and a cancelled booking stays cancelled'); END;

-- A booking takes one ticket from a lot; a cancellation before the deadline, or an excused absence, gives
-- it back to that lot. The kinds are rows; their source column is added, and the rules trigger re-created
-- with it (the way 0003 says a new kind comes in).
ALTER TABLE wallet_movement ADD COLUMN booking_id INTEGER REFERENCES booking (id);
CREATE INDEX wallet_movement_booking ON wallet_movement (booking_id) WHERE booking_id IS NOT NULL;
INSERT INTO movement_kind (code, direction, is_lot, source, per_day) VALUES
    ('booking', -1, 0, 'booking_id', 1),
    ('cancellation', 1, 0, 'booking_id', 1),
    ('excused', 1, 0, 'booking_id', 1);
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
        OR (NEW.booking_id IS NOT NULL) <> (k.source = 'booking_id'));
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
END;
