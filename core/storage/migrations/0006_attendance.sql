-- Schema 6: attendance, the kitchen, places.

-- The kitchen counts the activities that are meals (the canteen).
ALTER TABLE activity ADD COLUMN counts_meals INTEGER NOT NULL DEFAULT 0 CHECK (counts_meals IN (0, 1));
UPDATE activity SET counts_meals = 1 WHERE code = 'cantine';

-- Optional places per school and activity, a day (the canteen's seats, the care room's size).
CREATE TABLE activity_capacity (
    id          INTEGER PRIMARY KEY,
    uuid        TEXT NOT NULL UNIQUE,
    school_id   INTEGER NOT NULL REFERENCES school (id),
    activity_id INTEGER NOT NULL REFERENCES activity (id),
    places      INTEGER NOT NULL CHECK (places >= 0),
    updated_at  TEXT NOT NULL,
    version     INTEGER NOT NULL DEFAULT 1,
    UNIQUE (school_id, activity_id)
) STRICT;

-- Why an absence is excused ("certificat médical"), recorded with the ticket it gives back.
ALTER TABLE booking ADD COLUMN note TEXT NOT NULL DEFAULT '';

-- Attendance settles a booking: a cancelled booking or an excused absence stays so (its ticket went back to
-- the wallet), and only a booking still 'booked' is cancelled (once attendance is taken, the day happened).
DROP TRIGGER booking_fixed;
CREATE TRIGGER booking_fixed BEFORE UPDATE ON booking
WHEN NEW.uuid IS NOT OLD.uuid OR NEW.household_id IS NOT OLD.household_id OR NEW.child_id IS NOT OLD.child_id
  OR NEW.activity_id IS NOT OLD.activity_id OR NEW.service_day IS NOT OLD.service_day
  OR (OLD.status IN ('cancelled', 'excused') AND NEW.status <> OLD.status)
  OR (OLD.status <> 'booked' AND NEW.status = 'cancelled')
BEGIN SELECT RAISE(ABORT, 'a booking keeps its child, activity and day; cancelled or excused, it stays so'); END;
