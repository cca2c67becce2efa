-- Schema 9: tickets owed, and children present without a booking.
-- What a booking costs in tickets (1; a child present without a booking: 1 plus the activity's surcharge) and
-- how many of them the wallet did not have: owed, shown as such, and taken from the next tickets bought
-- (BookingService::settleOwed, in the payment's transaction) while the booking stands. Always: the tickets
-- taken for a booking plus what it owes make what it costs (verify: bookings.tickets). What a booking owes
-- is set at its creation and only goes down.
ALTER TABLE booking ADD COLUMN tickets_due INTEGER NOT NULL DEFAULT 1 CHECK (tickets_due BETWEEN 1 AND 6);
ALTER TABLE booking ADD COLUMN tickets_owed INTEGER NOT NULL DEFAULT 0 CHECK (tickets_owed BETWEEN 0 AND 6);
ALTER TABLE booking ADD COLUMN walk_in INTEGER NOT NULL DEFAULT 0 CHECK (walk_in IN (0, 1));
CREATE INDEX booking_owed ON booking (household_id, activity_id, service_day) WHERE tickets_owed > 0;

-- The surcharge of a child present without a booking, in tickets of the activity (0: none).
ALTER TABLE activity ADD COLUMN walk_in_surcharge INTEGER NOT NULL DEFAULT 0 CHECK (walk_in_surcharge BETWEEN 0 AND 5);

-- The surcharge's tickets are taken from a lot for the booking, like its first ticket.
INSERT INTO movement_kind (code, direction, is_lot, source, per_day) VALUES ('surcharge', -1, 0, 'booking_id', 1);

DROP TRIGGER booking_fixed;
CREATE TRIGGER booking_fixed BEFORE UPDATE ON booking
WHEN NEW.uuid IS NOT OLD.uuid OR NEW.household_id IS NOT OLD.household_id OR NEW.child_id IS NOT OLD.child_id
  OR NEW.activity_id IS NOT OLD.activity_id OR NEW.service_day IS NOT OLD.service_day
  OR NEW.tickets_due IS NOT OLD.tickets_due OR NEW.walk_in IS NOT OLD.walk_in
  OR NEW.tickets_owed > OLD.tickets_owed OR NEW.tickets_owed > NEW.tickets_due
  OR (OLD.status IN ('cancelled', 'excused') AND NEW.status <> OLD.status)
  OR (OLD.status <> 'booked' AND NEW.status = 'cancelled')
BEGIN SELECT RAISE(ABORT, 'a booking keeps its child, activity, day and cost; what it owes only goes down; cancelled or excused, it stays so'); END;
CREATE TRIGGER booking_owed_at_most_due BEFORE INSERT ON booking
WHEN NEW.tickets_owed > NEW.tickets_due
BEGIN SELECT RAISE(ABORT, 'a booking owes at most what it costs'); END;
