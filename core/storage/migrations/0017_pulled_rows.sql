-- Schema 17: what another counter settled, written here as it was settled there (core/sync/Sync.cpp).
--
-- A booking settled differently on two offline counters (mergeBooking). Every
-- counter keeps the status furthest along the day: cancelled > excused > present > absent > booked. This
-- counter's own changes keep every rule of schema 9; a status pulled from another counter (checked there) may
-- move a booking this counter had marked present or absent on to cancelled or excused, so that all counters
-- agree. A booking still keeps its child, activity, day and cost, and what it owes only goes down.
DROP TRIGGER booking_fixed;
CREATE TRIGGER booking_fixed BEFORE UPDATE ON booking
WHEN NEW.uuid IS NOT OLD.uuid OR NEW.household_id IS NOT OLD.household_id OR NEW.child_id IS NOT OLD.child_id
  OR NEW.activity_id IS NOT OLD.activity_id OR NEW.service_day IS NOT OLD.service_day
  OR NEW.tickets_due IS NOT OLD.tickets_due OR NEW.walk_in IS NOT OLD.walk_in
  OR NEW.tickets_owed > OLD.tickets_owed OR NEW.tickets_owed > NEW.tickets_due
  OR (OLD.status = 'cancelled' AND NEW.status <> OLD.status)
  OR (NOT EXISTS (SELECT 1 FROM meta WHERE key = 'sync_applying')
      AND ((OLD.status = 'excused' AND NEW.status <> OLD.status)
        OR (OLD.status <> 'booked' AND NEW.status = 'cancelled')))
BEGIN SELECT RAISE(ABORT, 'a booking keeps its child, activity, day and cost; what it owes only goes down; cancelled or excused, it stays so'); END;

-- A new counter's first pull writes the town table by table (Sync::pullSnapshot): another counter's till
-- sessions all arrive before their counts. One open till per counter is that counter's rule, checked there.
DROP TRIGGER till_session_one_open;
CREATE TRIGGER till_session_one_open BEFORE INSERT ON till_session
WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = 'sync_applying')
  AND EXISTS (SELECT 1 FROM till_session s WHERE s.counter_code = NEW.counter_code
              AND NOT EXISTS (SELECT 1 FROM till_count c WHERE c.session_id = s.id))
BEGIN SELECT RAISE(ABORT, 'the till of this counter is already open'); END;
